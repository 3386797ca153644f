/**
 * Where the pages place sandboxes, read from their `<Sandbox id="..." />`
 * elements: every sandbox used exists, every sandbox is used, and both
 * locales of a page place the same ones in the same order. Every sandbox runs
 * in Node through the same transpiler, fetch wrapper, demo API, console and
 * formatter as in the reader's browser, in both locales' versions of its
 * code, and prints exactly its expected output.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { unpairedVariants } from '../../src/examples/localize.ts';
import { runInNode } from '../lib/run-sandbox.ts';
import {
  expectedOutput,
  locales,
  pagesWithSandboxes,
  sandboxCode,
  sandboxElements,
  sandboxesOnPage,
  sandboxIds,
  sandboxSource,
} from '../lib/sandboxes.ts';
import { pageSlugs } from '../lib/site.ts';

/** Where the pages place sandboxes, read from their `<Sandbox id="..." />` elements: `ro` → page → ids. */
const placed = Object.fromEntries(
  locales.map((locale) => [locale, new Map(pageSlugs.map((slug) => [slug, sandboxesOnPage(slug, locale)]))]),
) as Record<(typeof locales)[number], Map<string, string[]>>;

const pageName = (slug: string, locale: string) => `the ${locale} page ${slug || 'index'}`;

describe('sandboxes', () => {
  test('the pages are read for their <Sandbox> elements, not for code or comments that show one', () => {
    const mdx = [
      "import Sandbox from '~/components/sandbox/Sandbox.astro';",
      '<Sandbox id="first" />',
      '```mdx',
      '<Sandbox id="in-a-code-block" />',
      '```',
      '{/* <Sandbox id="in-a-comment" /> */}',
      'Write `<Sandbox id="in-inline-code" />` to place one.',
      "<Sandbox title=\"t\" id='second'/>",
    ].join('\n');
    assert.deepEqual(sandboxElements(mdx), ['first', 'second']);
    assert.ok(pagesWithSandboxes().length > 0, 'no page places a sandbox: is the reader broken?');
  });

  test('every sandbox a page uses exists in src/sandboxes/', () => {
    for (const locale of locales) {
      for (const [slug, ids] of placed[locale]) {
        for (const id of ids) assert.ok(sandboxIds.includes(id), `${pageName(slug, locale)} uses <Sandbox id="${id}" />, which has no src/sandboxes/${id}/`);
      }
    }
  });

  test('every sandbox folder is used by a page, in each locale', () => {
    for (const locale of locales) {
      const used = new Set([...placed[locale].values()].flat());
      for (const id of sandboxIds) assert.ok(used.has(id), `src/sandboxes/${id}/ is used by no ${locale} page`);
    }
  });

  test('each page places the same sandboxes in the same order in both locales, each at most once', () => {
    for (const slug of pageSlugs) {
      const [first, ...others] = locales;
      for (const locale of others) {
        assert.deepEqual(placed[locale].get(slug), placed[first].get(slug), `${pageName(slug, locale)} differs from ${pageName(slug, first)}`);
      }
      const ids = placed[first].get(slug) ?? [];
      // Tests and readers find a sandbox on its page by its id.
      assert.equal(new Set(ids).size, ids.length, `${pageName(slug, first)} places a sandbox twice`);
    }
  });

  for (const id of sandboxIds) {
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
