/**
 * The page's check of runner messages (runner/guard.ts): it accepts every
 * message the runner really sends, collected by running every shipped
 * sandbox through the worker's own batcher, and rejects each malformed shape
 * that once broke the island.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createBatcher } from '../../src/components/sandbox/runner/batcher.ts';
import { runSandbox } from '../../src/components/sandbox/runner/execute.ts';
import { frameMessage, workerMessage } from '../../src/components/sandbox/runner/guard.ts';
import { limits } from '../../src/components/sandbox/runner/limits.ts';
import type { FrameToPage, WorkerToPage } from '../../src/components/sandbox/runner/protocol.ts';
import { locales, sandboxCode, sandboxIds } from '../lib/sandboxes.ts';

/** Runs code as the worker does and returns every message it would post to the page. */
async function messagesOf(code: string): Promise<WorkerToPage[]> {
  const messages: WorkerToPage[] = [];
  // Cloned as postMessage would: what the page receives has no prototypes and no functions.
  const batcher = createBatcher((message) => messages.push(structuredClone(message)), setTimeout);
  const started = performance.now();
  const run = runSandbox(code, {
    onEntry: batcher.emit,
    onRequest: batcher.request,
    networkFetch: async () => {
      throw new TypeError('Failed to fetch');
    },
    moduleUrl: (javascript) => `data:text/javascript;base64,${Buffer.from(javascript).toString('base64')}`,
  });
  try {
    await run.done;
  } finally {
    run.restore();
  }
  batcher.flush();
  messages.push({ type: 'done', durationMs: performance.now() - started });
  return messages;
}

const validEntry = { kind: 'text', level: 'log', text: 'hi', cut: 0 };
const validRequest = {
  method: 'GET',
  url: 'https://api.example.com/users',
  status: 200,
  statusText: 'OK',
  requestHeaders: [['accept', '*/*']],
  responseHeaders: [],
  requestBody: '',
  responseBody: '[]',
  durationMs: 1.5,
  local: true,
};
const batch = (patch: Record<string, unknown>) => ({ type: 'batch', entries: [], dropped: 0, requests: [], droppedRequests: 0, ...patch });

describe('runner message guard', () => {
  for (const id of sandboxIds) {
    for (const locale of locales) {
      test(`accepts every message of the ${id} sandbox (${locale})`, async () => {
        const messages = await messagesOf(sandboxCode(id, locale));
        assert.ok(messages.some((m) => m.type === 'batch' && m.entries.length > 0), 'the sandbox printed something');
        for (const message of messages) assert.ok(workerMessage(message), `rejected: ${JSON.stringify(message).slice(0, 300)}`);
      });
    }
  }

  test('accepts the messages of big and hostile output, each cut to the limits', async () => {
    const messages = await messagesOf(
      [
        "console.log('x'.repeat(1_000_000));",
        'console.table(Array.from({ length: 1_000 }, (_, i) => ({ id: i, a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11 })));',
        'console.table([{ a: 1 }], [{}] as never);',
        "for (let i = 0; i < 200; i++) console.group('g' + i);",
        "const e = new Error('m'); Object.defineProperty(e, 'name', { value: Symbol('odd') }); console.log(e);",
        "await fetch('https://api.example.com/anything?' + 'q'.repeat(10_000));",
        // Explorable trees at their bounds: wide, deep, long keys and long values.
        "console.log(Array.from({ length: 5_000 }, (_, i) => ({ i, v: 'v'.repeat(300), ['k'.repeat(500)]: [[[[[i]]]]] })));",
        "console.log(new Map(Array.from({ length: 300 }, (_, i) => [{ key: 'k'.repeat(1_000) }, new Set([i])])));",
      ].join('\n'),
    );
    for (const message of messages) assert.ok(workerMessage(message), `rejected: ${JSON.stringify(message).slice(0, 300)}`);
  });

  test('accepts every message the frame sends', () => {
    const frame: FrameToPage[] = [
      { type: 'frame-ready' },
      { type: 'loaded' },
      { type: 'stopped', channel: 'crud', runId: 3, reason: 'done' },
      { type: 'stopped', channel: 'crud', runId: 3, reason: 'reader' },
      { type: 'stopped', channel: 'crud', runId: 3, reason: 'time-limit' },
      { type: 'crash', channel: 'crud', runId: 3, message: 'worker error' },
    ];
    for (const message of frame) assert.deepEqual(frameMessage(message), message);
  });

  const malformed: [string, unknown][] = [
    ['not an object', 'done'],
    ['null', null],
    ['an unknown type', { type: 'entries', entries: [validEntry], dropped: 0 }],
    ['entries: null', batch({ entries: null })],
    ['an entry with a negative cut', batch({ entries: [{ ...validEntry, cut: -1 }] })],
    ['an entry whose text is an object (React error #31)', batch({ entries: [{ ...validEntry, text: { a: 1 } }] })],
    ['an entry of an unknown level', batch({ entries: [{ ...validEntry, level: 'shout' }] })],
    ['an entry of an unknown kind (a raw preview)', batch({ entries: [{ t: 'array', items: null }] })],
    ['a text over the entry limit', batch({ entries: [{ ...validEntry, text: 'x'.repeat(limits.entryChars + 1) }] })],
    ['a table head holding an object', batch({ entries: [{ kind: 'table', head: [{}], rows: [], moreRows: 0, moreColumns: 0 }] })],
    ['a table row that is not a list', batch({ entries: [{ kind: 'table', head: ['a'], rows: ['a'], moreRows: 0, moreColumns: 0 }] })],
    ['a table over the row limit', batch({ entries: [{ kind: 'table', head: ['a'], rows: Array.from({ length: limits.tableRows + 1 }, () => ['1']), moreRows: 0, moreColumns: 0 }] })],
    ['more entries than the panel keeps', batch({ entries: Array.from({ length: limits.outputEntries + 1 }, () => validEntry) })],
    ['a tree that starts nested', batch({ entries: [{ ...validEntry, tree: { lines: [[1, 'a: 1']], left: 0 } }] })],
    ['a tree that skips a level', batch({ entries: [{ ...validEntry, tree: { lines: [[0, '{}'], [2, 'a: 1']], left: 0 } }] })],
    ['a tree line that is not a pair', batch({ entries: [{ ...validEntry, tree: { lines: [[0, '{}', 'extra']], left: 0 } }] })],
    ['a tree with a label over the limit', batch({ entries: [{ ...validEntry, tree: { lines: [[0, 'x'.repeat(limits.treeLabelChars * 2 + 9)]], left: 0 } }] })],
    ['a tree over the line limit', batch({ entries: [{ ...validEntry, tree: { lines: Array.from({ length: limits.treeLines + 1 }, () => [0, 'a']), left: 0 } }] })],
    ['a tree over the character limit', batch({ entries: [{ ...validEntry, tree: { lines: Array.from({ length: 100 }, () => [0, 'x'.repeat(limits.treeLabelChars * 2)]), left: 0 } }] })],
    ['a tree without its count of lines left out', batch({ entries: [{ ...validEntry, tree: { lines: [[0, '{}']] } }] })],
    ['a fractional dropped count', batch({ dropped: 1.5 })],
    ['a request without durationMs', batch({ requests: [{ ...validRequest, durationMs: undefined }] })],
    ['a request with headers as an object', batch({ requests: [{ ...validRequest, requestHeaders: { accept: '*/*' } }] })],
    ['a request with a huge URL', batch({ requests: [{ ...validRequest, url: 'x'.repeat(limits.urlChars + 2) }] })],
    ['done without a duration', { type: 'done' }],
    ['done with NaN', { type: 'done', durationMs: Number.NaN }],
  ];
  for (const [name, message] of malformed) {
    test(`rejects ${name}`, () => assert.equal(workerMessage(message), undefined));
  }

  const malformedFrame: [string, unknown][] = [
    ['stopped for an unknown reason', { type: 'stopped', channel: 'c', runId: 1, reason: 'bored' }],
    ['stopped without a run', { type: 'stopped', channel: 'c', reason: 'done' }],
    ['a worker message posing as the frame', { type: 'done', channel: 'c', runId: 1, durationMs: 1 }],
    ['a crash without a message', { type: 'crash', channel: 'c', runId: 1 }],
  ];
  for (const [name, message] of malformedFrame) {
    test(`rejects from the frame: ${name}`, () => assert.equal(frameMessage(message), undefined));
  }
});
