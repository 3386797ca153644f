/**
 * The sandbox's bounds (runner/limits.ts), in Node through the same console,
 * formatter and run lifecycle as the browser's worker: huge or hostile values
 * print within the limits and say what was left out; a run lasts until its
 * timers and requests are over; the output panel keeps the newest entries
 * within its bounds.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { limits, trimOutput } from '../../src/components/sandbox/runner/limits.ts';
import { toOutputEntry } from '../../src/components/sandbox/runner/output.ts';
import type { OutputEntry } from '../../src/components/sandbox/runner/protocol.ts';
import { runInNode } from '../lib/run-sandbox.ts';

const outputs = async (code: string) => (await runInNode(code)).entries.map(toOutputEntry);

describe('sandbox output limits', () => {
  test('a 50 MB string is cut to the entry limit and counts what was cut', async () => {
    const [entry] = await outputs("console.log('x'.repeat(50_000_000));");
    assert.equal(entry?.kind, 'text');
    if (entry?.kind !== 'text') return;
    assert.equal(entry.text.length, limits.stringChars);
    assert.equal(entry.cut, 50_000_000 - limits.stringChars);
  });

  test('ten big strings in one call share one budget', async () => {
    const [entry] = await outputs("const s = 'y'.repeat(1_000_000); console.log(s, s, s, s, s, s, s, s, s, s);");
    assert.ok(entry?.kind === 'text' && entry.text.length <= limits.entryChars);
    assert.ok(entry.kind === 'text' && entry.cut >= 10_000_000 - limits.entryChars);
  });

  test('a nested long string says how much is left, as Node does', async () => {
    const { text } = await runInNode(`console.log(['z'.repeat(${limits.stringChars + 5})]);`);
    assert.equal(text.length, limits.stringChars + "[\n  ''... 5 more characters\n]".length);
    assert.match(text.slice(-40), /'\.\.\. 5 more characters\n\]$/);
  });

  test('a 100 000-row table shows the first rows and columns and counts the rest', async () => {
    const [entry] = await outputs(
      "console.table(Array.from({ length: 100_000 }, (_, i) => Object.fromEntries(Array.from({ length: 15 }, (_, c) => ['c' + c, i]))));",
    );
    assert.equal(entry?.kind, 'table');
    if (entry?.kind !== 'table') return;
    assert.equal(entry.rows.length, limits.tableRows);
    assert.equal(entry.moreRows, 100_000 - limits.tableRows);
    assert.equal(entry.head.length, limits.tableColumns + 1);
    assert.equal(entry.moreColumns, 15 - limits.tableColumns);
  });

  test('console.table with column names that are not strings prints their text', async () => {
    const [entry] = await outputs('console.table([{ a: 1 }], [{}] as never);');
    assert.deepEqual(entry?.kind === 'table' && entry.head, ['(index)', '[object Object]']);
  });

  test('100 000 nested groups indent no deeper than the group limit', async () => {
    const entries = await outputs("for (let i = 0; i < 100_000; i++) console.group('level ' + i);\nconsole.log('deep');");
    const last = entries.at(-1);
    assert.ok(last?.kind === 'text');
    assert.equal(last.text, `${'  '.repeat(limits.groupDepth)}deep`);
  });

  test('a 100 MiB typed array previews its first items only', async () => {
    const { text } = await runInNode('console.log(new Uint8Array(100 * 1024 * 1024));');
    assert.match(text, /^Uint8Array\(104857600\) \[/);
    assert.match(text, new RegExp(`\\.\\.\\. ${104857600 - limits.previewItems} more items`));
  });

  test('a wide and deep value stops at the node budget', async () => {
    const [entry] = await outputs(
      'const row = Array.from({ length: 100 }, (_, i) => i);\nconsole.log(Array.from({ length: 100 }, () => Array.from({ length: 100 }, () => row)));',
    );
    assert.ok(entry?.kind === 'text' && entry.text.length <= limits.entryChars);
  });

  test('getters are shown, never called; a throwing proxy is reported, not thrown', async () => {
    const { text } = await runInNode(
      [
        "console.log({ get boom() { throw new Error('called'); }, plain: 1 });",
        "console.log(new Proxy({}, { ownKeys() { throw new Error('trap'); } }));",
        "console.log('still running');",
      ].join('\n'),
    );
    assert.equal(text, "{ boom: [Getter], plain: 1 }\n[unreadable: trap]\nstill running");
  });

  test('an error whose name is a symbol prints as text', async () => {
    const { text } = await runInNode("const e = new Error('m'); Object.defineProperty(e, 'name', { value: Symbol('odd') }); console.log(e);");
    assert.match(text, /^Symbol\(odd\): m/);
  });
});

describe('sandbox run lifecycle', () => {
  test('a run lasts until its timers are over, and a timer that throws is reported', async () => {
    const { text } = await runInNode(
      [
        "setTimeout(() => console.log('later'), 30);",
        "setTimeout(() => { throw new RangeError('in a timer'); }, 10);",
        "const id = setInterval(() => { console.log('tick'); }, 5);",
        'setTimeout(() => clearInterval(id), 22);',
        "console.log('top');",
      ].join('\n'),
    );
    const lines = text.split('\n');
    assert.equal(lines[0], 'top');
    assert.ok(lines.includes('Uncaught RangeError: in a timer'), text);
    // At least one tick: on a loaded machine the clearing timer may come before a second one.
    assert.ok(lines.includes('tick'), text);
    assert.equal(lines.at(-1), 'later');
  });

  test('a request started without await is waited for', async () => {
    const { text } = await runInNode(
      "fetch('https://api.example.com/users').then((r) => { console.log(r.status); return r.json(); }).then((body) => console.log(typeof body));",
    );
    assert.match(text, /^\d{3}\nobject$/);
  });
});

describe('output panel bounds', () => {
  const text = (chars: number): OutputEntry => ({ kind: 'text', level: 'log', text: 'x'.repeat(chars), cut: 0 });

  test('keeps the newest entries within the entry count', () => {
    const entries = Array.from({ length: limits.outputEntries + 7 }, () => text(1));
    const { kept, dropped } = trimOutput(entries);
    assert.equal(kept.length, limits.outputEntries);
    assert.equal(dropped, 7);
  });

  test('keeps the newest entries within the character budget', () => {
    const entries = Array.from({ length: 100 }, () => text(limits.entryChars));
    const { kept, dropped } = trimOutput(entries);
    assert.equal(kept.length, limits.outputChars / limits.entryChars);
    assert.equal(dropped, 100 - kept.length);
  });

  test('keeps the newest tables within the cell budget, and always the last entry', () => {
    const table: OutputEntry = { kind: 'table', head: Array(11).fill('h'), rows: Array.from({ length: 50 }, () => Array(11).fill('1')), moreRows: 0, moreColumns: 0 };
    const { kept } = trimOutput(Array.from({ length: 20 }, () => table));
    assert.equal(kept.length, Math.floor(limits.outputCells / (11 * 51)));
    assert.equal(trimOutput([text(limits.outputChars * 2)]).kept.length, 1);
  });
});
