import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`../../src/content/i18n/${lang}.json`, import.meta.url), 'utf8'));
const ro = read('ro');
const en = read('en');

/** Keys Starlight does not translate into Romanian itself; ro.json must provide them. */
const pagefindKeys = [
  'pagefind.clear_search',
  'pagefind.load_more',
  'pagefind.search_label',
  'pagefind.filters_label',
  'pagefind.zero_results',
  'pagefind.many_results',
  'pagefind.one_result',
  'pagefind.alt_search',
  'pagefind.search_suggestion',
  'pagefind.searching',
];

const ownKey = (key: string) => /^(reference|sandbox|download|moved|search\.kind)\./.test(key);

test('our own UI strings exist in both languages', () => {
  assert.deepEqual(Object.keys(ro).filter(ownKey).sort(), Object.keys(en).filter(ownKey).sort());
});

test('Romanian provides every Pagefind string, keeping its placeholders', () => {
  for (const key of pagefindKeys) {
    assert.ok(ro[key], `ro.json lacks ${key}`);
  }
  assert.match(ro['pagefind.many_results'] ?? '', /\[COUNT\].*\[SEARCH_TERM\]/);
  assert.match(ro['pagefind.alt_search'] ?? '', /\[SEARCH_TERM\].*\[DIFFERENT_TERM\]/);
});

test('no string is left empty or untranslated', () => {
  for (const [key, value] of Object.entries(ro)) {
    assert.ok(value.trim(), `ro ${key} is empty`);
    if (ownKey(key) && en[key]) assert.notEqual(value, en[key], `ro ${key} is the English text`);
  }
});
