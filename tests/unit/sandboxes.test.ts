/**
 * Every sandbox runs in Node through the same transpiler, fetch wrapper, demo
 * API, console and formatter as in the reader's browser, in both locales'
 * versions of its code, and prints exactly its expected output.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { unpairedVariants } from '../../src/examples/localize.ts';
import { runInNode } from '../lib/run-sandbox.ts';
import { expectedOutput, locales, sandboxCode, sandboxIds, sandboxSource } from '../lib/sandboxes.ts';

/** Where each required sandbox is placed; the pages' "Try it" sections must show all of them. */
const requiredSandboxes: Record<string, string[]> = {
  'request-response': ['query-params', 'login', 'bearer-auth', 'response-attributes', 'timeout', 'redirects'],
  crud: ['crud'],
  'status-codes': ['check-status', 'etag'],
  urls: ['url-parts', 'build-endpoint', 'relative-urls', 'percent-encoding', 'default-ports'],
};

const placedOn = (slug: string, prefix: string) =>
  [...readFileSync(new URL(`../../src/content/docs/${prefix}${slug}.mdx`, import.meta.url), 'utf8').matchAll(/<Sandbox id="([^"]+)"/g)].map(
    (m) => m[1],
  );

describe('sandboxes', () => {
  test('every required sandbox exists, and no other', () => {
    assert.deepEqual(sandboxIds, Object.values(requiredSandboxes).flat().sort());
  });

  test('each page shows its sandboxes, in the same order in both locales', () => {
    for (const [slug, ids] of Object.entries(requiredSandboxes)) {
      assert.deepEqual(placedOn(slug, ''), ids, `ro ${slug}`);
      assert.deepEqual(placedOn(slug, 'en/'), ids, `en ${slug}`);
    }
  });

  for (const id of Object.values(requiredSandboxes).flat()) {
    test(`${id}: translated lines come in ro/en pairs and the two versions differ`, () => {
      assert.deepEqual(unpairedVariants(sandboxSource(id)), []);
      assert.notEqual(sandboxCode(id, 'ro'), sandboxCode(id, 'en'));
      for (const locale of locales) assert.doesNotMatch(sandboxCode(id, locale), /\/\/ (ro|en):|\/\/ @(ro|en)$/m);
    });

    for (const locale of locales) {
      test(`${id} (${locale}) prints its expected output`, async () => {
        const expected = expectedOutput(id, locale);
        assert.ok(expected, `missing src/sandboxes/${id}/expected.${locale}.txt`);
        const { text, entries } = await runInNode(sandboxCode(id, locale));
        assert.ok(!entries.some((e) => e.kind === 'uncaught'), `uncaught error:\n${text}`);
        assert.equal(text, expected);
      });
    }
  }
});

describe('sandbox runtime', () => {
  test('an uncaught error reports its line in the TypeScript source', async () => {
    const { text } = await runInNode('const a: number = 1;\ninterface X {\n  y: string;\n}\nthrow new RangeError(`bad ${a}`);');
    assert.equal(text, 'Uncaught RangeError: bad 1\n    at index.ts:5');
  });

  test('a syntax error reports its line', async () => {
    const { text } = await runInNode('const ok = 1;\nconst = 2;');
    assert.match(text, /^Uncaught SyntaxError: .+\n {4}at index\.ts:2$/);
  });

  test('objects, collections and web types print in a readable form', async () => {
    const { text } = await runInNode(
      [
        "console.log({ a: 1, 'b-c': [1, 'x'] }, new Map([['k', true]]), new Set([1]));",
        "console.log(new URLSearchParams('a=1&a=2'), new Headers({ 'X-A': '1' }));",
        "const o: Record<string, unknown> = { name: 'o' }; o.self = o; console.log(o);",
        "console.log([undefined, null, 10n, Symbol('s'), () => 1]);",
        "console.warn('w'); console.error(new TypeError('t'));",
      ].join('\n'),
    );
    assert.equal(
      text,
      [
        "{ a: 1, 'b-c': [ 1, 'x' ] } Map(1) { 'k' => true } Set(1) { 1 }",
        "URLSearchParams { 'a' => '1', 'a' => '2' } Headers { 'x-a': '1' }",
        "{ name: 'o', self: [Circular] }",
        "[ undefined, null, 10n, Symbol(s), [Function (anonymous)] ]",
        'w',
        'TypeError: t\n    at index.ts:5',
      ].join('\n'),
    );
  });

  test('every run gets a fresh demo API: the same code prints the same output twice', async () => {
    const code = sandboxCode('crud', 'en');
    assert.equal((await runInNode(code)).text, (await runInNode(code)).text);
  });

  test('requests are recorded for the network log, with the headers the server sent', async () => {
    const { requests } = await runInNode("await fetch('https://api.example.com/login', { method: 'POST', body: '{}' });");
    assert.equal(requests.length, 1);
    assert.equal(requests[0]?.status, 415);
    assert.ok(requests[0]?.responseHeaders.some(([name]) => name === 'date'));
  });
});
