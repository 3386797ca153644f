/**
 * The explorable form of console values (runner/tree.ts), through the same
 * console and formatter as the browser's worker: each value a line, its
 * properties one level deeper, labels as Node writes them on one line; the
 * text the output panel prints stays Node's; huge values stay within the
 * tree's bounds and count what was left out.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { limits } from '../../src/components/sandbox/runner/limits.ts';
import { toOutputEntry } from '../../src/components/sandbox/runner/output.ts';
import type { OutputEntry } from '../../src/components/sandbox/runner/protocol.ts';
import { runInNode } from '../lib/run-sandbox.ts';

const entries = async (code: string): Promise<OutputEntry[]> => (await runInNode(code)).entries.map(toOutputEntry);
const treeOf = async (code: string) => {
  const [entry] = await entries(code);
  assert.equal(entry?.kind, 'text');
  return entry?.kind === 'text' ? entry.tree : undefined;
};

describe('explorable console values', () => {
  test('an object opens into its properties, nested values one level deeper, as one-line Node text', async () => {
    const tree = await treeOf("console.log('user:', { id: 1, name: 'Ana', tags: ['a', 'b'], 'zip code': '700', seen: new Set([1]), roles: new Map([['admin', true]]) });");
    assert.deepEqual(tree, {
      left: 0,
      lines: [
        [0, "{ id: 1, name: 'Ana', tags: [ 'a', 'b' ], 'zip code': '700', seen: Set(1) { 1 }, roles: Map(1) { 'admin' => true } }"],
        [1, 'id: 1'],
        [1, "name: 'Ana'"],
        [1, "tags: [ 'a', 'b' ]"],
        [2, "0: 'a'"],
        [2, "1: 'b'"],
        [1, "'zip code': '700'"],
        [1, 'seen: Set(1) { 1 }'],
        [2, '1'],
        [1, "roles: Map(1) { 'admin' => true }"],
        [2, "'admin' => true"],
      ],
    });
  });

  test('the printed text stays what Node prints, tree or not', async () => {
    const [entry] = await entries("console.log('user:', { id: 1, tags: ['a'] });");
    assert.equal(entry?.kind === 'text' && entry.text, "user: { id: 1, tags: [ 'a' ] }");
  });

  test('values that do not open have no tree: strings, numbers, empty objects and arrays, errors, dates', async () => {
    for (const code of ["console.log('text', 42, true, null, undefined);", 'console.log({}, []);', "console.log(new Error('boom'));", 'console.log(new Date(0));']) {
      assert.equal(await treeOf(code), undefined, code);
    }
  });

  test('a response object from the demo API opens like any other object', async () => {
    const tree = await treeOf("const res = await fetch('https://api.example.com/users/1'); console.log(await res.json());");
    assert.ok(tree && tree.lines.length > 1, 'the body has properties');
    assert.equal(tree.lines[0]![0], 0);
    assert.ok(tree.lines.slice(1).every(([depth]) => depth >= 1));
  });

  test('Node notes what a collection did not show, as the text does', async () => {
    const tree = await treeOf('console.log(Array.from({ length: 150 }, (_, i) => i));');
    assert.equal(tree?.lines.at(-1)?.[1], '... 50 more items');
    assert.equal(tree?.lines.length, 1 + limits.previewItems + 1);
  });

  test('a huge value stays within the tree bounds, with the lines left out counted', async () => {
    const tree = await treeOf(
      "console.log(Array.from({ length: 100 }, (_, i) => Object.fromEntries(Array.from({ length: 100 }, (_, k) => ['k' + k, 'v'.repeat(300)]))));",
    );
    assert.ok(tree);
    assert.ok(tree.lines.length <= limits.treeLines);
    const chars = tree.lines.reduce((sum, [, label]) => sum + label.length, 0);
    assert.ok(chars <= limits.entryChars, `${chars} characters`);
    assert.ok(tree.left > 0, 'lines were left out and counted');
    for (const [, label] of tree.lines) assert.ok(label.length <= limits.treeLabelChars * 2 + 8);
  });

  test('a long key and a long value are each cut on their line', async () => {
    const tree = await treeOf("console.log({ ['k'.repeat(1_000)]: 'v'.repeat(1_000) });");
    const line = tree?.lines[1]?.[1] ?? '';
    assert.ok(line.length <= limits.treeLabelChars * 2 + 2, `${line.length} characters`);
    assert.match(line, /^k+…: 'v+…$/, 'an identifier key is bare, as Node writes it');
  });

  test('a circular value ends at [Circular], as in the text', async () => {
    const tree = await treeOf('const a: Record<string, unknown> = { name: "a" }; a.self = a; console.log(a);');
    assert.deepEqual(tree?.lines.slice(1), [
      [1, "name: 'a'"],
      [1, 'self: [Circular]'],
    ]);
  });
});
