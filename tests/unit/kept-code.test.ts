/**
 * Kept edits and share links: what survives in storage, and what a link from
 * anyone can and cannot make the page do. Links are input: cut, altered,
 * foreign or hostile (a deflate bomb) ones each give a clear problem, never
 * an exception and never code that was not in the link.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deflateSync, strToU8 } from 'fflate';
import type { KeyValueStorage } from '../../src/components/practice/progress-store.ts';
import { keptCode, keptCodeKey, maxKeptCode, parseKeptCode } from '../../src/components/sandbox/kept-code.ts';
import { maxShareLink, maxSharedCode, readShareFragment, shareFragment, shareFragmentPrefix } from '../../src/components/sandbox/share-link.ts';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const throwing: KeyValueStorage = {
  getItem() {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem() {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem() {
    throw new DOMException('blocked', 'SecurityError');
  },
};

const payload = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe('kept code', () => {
  test('is kept per language and sandbox, and forgotten', () => {
    const storage = memoryStorage();
    const ro = keptCode('ro', 'fetch-get', () => storage);
    const en = keptCode('en', 'fetch-get', () => storage);
    assert.equal(ro.load(), undefined);
    assert.equal(ro.save('console.log("ăîșț")'), true);
    assert.equal(ro.load(), 'console.log("ăîșț")');
    assert.equal(en.load(), undefined, 'the English page keeps its own copy');
    assert.deepEqual([...storage.data.keys()], [keptCodeKey('ro', 'fetch-get')]);
    assert.equal(ro.forget(), true);
    assert.equal(ro.load(), undefined);
  });

  test('storage that throws or is missing: nothing kept, nothing thrown', () => {
    for (const storage of [() => throwing, () => undefined]) {
      const store = keptCode('en', 'x', storage);
      assert.equal(store.load(), undefined);
      assert.equal(store.save('code'), false);
      assert.equal(store.forget(), false);
    }
  });

  test('values that are not ours are ignored', () => {
    for (const raw of ['', 'not json', 'null', '"code"', '{"version":2,"code":"x"}', '{"version":1,"code":5}', '{"version":1}', '[1]']) {
      assert.equal(parseKeptCode(raw), undefined, raw);
    }
    assert.equal(parseKeptCode(JSON.stringify({ version: 1, code: 'x'.repeat(maxKeptCode + 1) })), undefined);
    assert.equal(parseKeptCode(JSON.stringify({ version: 1, code: 'ok' })), 'ok');
  });

  test('code longer than the limit is not kept', () => {
    const storage = memoryStorage();
    assert.equal(keptCode('en', 'x', () => storage).save('x'.repeat(maxKeptCode + 1)), false);
    assert.equal(storage.data.size, 0);
  });
});

describe('share links', () => {
  test('round-trip any text, Romanian letters and emoji included', () => {
    for (const code of ['console.log(1)', 'const ș = "țară";\n// 🚀\n\tfetch("https://api.example.com/users")', ' ', 'x'.repeat(maxSharedCode)]) {
      const fragment = shareFragment('crud-create', code);
      assert.ok(fragment.startsWith(shareFragmentPrefix('crud-create')));
      assert.match(fragment.slice(shareFragmentPrefix('crud-create').length), /^[A-Za-z0-9_-]+$/, 'URL-safe, no padding');
      assert.deepEqual(readShareFragment(fragment), { id: 'crud-create', code });
    }
  });

  test('are short for the programs of this site', () => {
    const program = 'const res = await fetch("https://api.example.com/users/1");\nconsole.log(res.status, await res.json());\n'.repeat(20);
    assert.ok(shareFragment('a', program).length < 300, 'repetitive code compresses well');
  });

  test('other fragments are not share links', () => {
    for (const hash of ['', '#', '#content-type', '#share', '#sharex=a:b']) assert.equal(readShareFragment(hash), undefined, hash);
  });

  test('cut or altered links are malformed', () => {
    const fragment = shareFragment('fetch-get', 'const answer = 42;\nconsole.log(answer);\n'.repeat(5));
    const cases = [
      '#share=fetch-get',
      '#share=fetch-get:',
      fragment.slice(0, -6),
      fragment.slice(0, fragment.length / 2),
      `${fragment}!`,
      `${fragment.slice(0, -3)}%20`,
      `#share=fetch-get:${payload(strToU8('plain text, not deflate'))}`,
    ];
    for (const hash of cases) assert.deepEqual(readShareFragment(hash), { id: 'fetch-get', problem: 'malformed' }, hash);
  });

  test('bytes that are not UTF-8 are malformed', () => {
    const hash = `#share=a:${payload(deflateSync(new Uint8Array([0x63, 0xff, 0xfe, 0x41])))}`;
    assert.deepEqual(readShareFragment(hash), { id: 'a', problem: 'malformed' });
  });

  test('a deflate bomb is refused without inflating it all', () => {
    const bomb = deflateSync(new Uint8Array(20_000_000), { level: 9 });
    const hash = `#share=a:${payload(bomb)}`;
    assert.ok(hash.length < maxShareLink, 'the bomb fits in a link');
    const started = performance.now();
    assert.deepEqual(readShareFragment(hash), { id: 'a', problem: 'oversized' });
    // Not a timing assertion on the product, a guard that the stream stops early: inflating 20 MB would allocate it.
    assert.ok(performance.now() - started < 5_000);
  });

  test('code past the limit and links past the length limit are oversized', () => {
    const tooMuch = `#share=a:${payload(deflateSync(strToU8('y'.repeat(maxSharedCode + 1))))}`;
    assert.deepEqual(readShareFragment(tooMuch), { id: 'a', problem: 'oversized' });
    const tooLong = `#share=a:${'A'.repeat(maxShareLink)}`;
    assert.deepEqual(readShareFragment(tooLong), { id: 'a', problem: 'oversized' });
  });
});
