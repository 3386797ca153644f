import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { locales } from '../../src/data/locale.ts';
import { attributeAnchor, responseAttributes } from '../../src/data/response-attributes.ts';
import { duplicates, pageAnchors } from '../lib/page-anchors.ts';
import { locales as siteLocales } from '../lib/site.ts';

/** The 12 attributes of requests.Response listed in the course notes, in their order. */
const attributesFromNotes = [
  'status_code',
  'reason',
  'headers',
  'text',
  'content',
  'json()',
  'url',
  'encoding',
  'cookies',
  'elapsed',
  'history',
  'request',
];

describe('response attributes data', () => {
  test('all 12 attributes of the course notes are present, in order, and nothing else', () => {
    assert.deepEqual(
      responseAttributes.map((a) => a.name),
      attributesFromNotes,
    );
  });

  test('every text exists in both languages, non-empty and translated', () => {
    for (const attribute of responseAttributes) {
      const texts = [attribute.requests, attribute.fetch, ...(attribute.correction ? [attribute.correction] : [])];
      for (const text of texts) {
        for (const locale of locales) assert.ok(text[locale].trim(), `${attribute.name}: empty ${locale} text`);
        assert.notEqual(text.ro, text.en, `${attribute.name}: untranslated text ${text.en}`);
      }
    }
  });

  test('attributes without a fetch equivalent say what to do instead', () => {
    const none = responseAttributes.filter((a) => a.match === 'none').map((a) => a.name);
    assert.deepEqual(none, ['encoding', 'elapsed', 'history', 'request']);
    const expected: Record<string, RegExp> = {
      encoding: /TextDecoder/,
      elapsed: /performance\.now\(\)/,
      history: /redirected/,
      request: /new Request/,
      cookies: /getSetCookie\(\)/,
    };
    for (const [name, pattern] of Object.entries(expected)) {
      const attribute = responseAttributes.find((a) => a.name === name);
      for (const locale of locales) assert.match(attribute?.fetch[locale] ?? '', pattern, `${name} ${locale}`);
    }
  });

  test('where the notes say otherwise about text, encoding and elapsed, the entry says so', () => {
    for (const name of ['text', 'encoding', 'elapsed']) {
      assert.ok(responseAttributes.find((a) => a.name === name)?.correction, `${name} has no correction`);
    }
  });

  test('reason is the reason phrase, „mesajul de stare” in Romanian', () => {
    const reason = responseAttributes.find((a) => a.name === 'reason');
    assert.match(reason?.requests.ro ?? '', /^Mesajul de stare \(reason phrase\)/);
    assert.match(reason?.requests.en ?? '', /reason phrase/);
  });

  test('every attribute links to both documentations and has a one-line snippet', () => {
    for (const attribute of responseAttributes) {
      assert.match(attribute.python.url, /^https:\/\/requests\.readthedocs\.io\//);
      assert.match(attribute.reference.url, /^https:\/\/developer\.mozilla\.org\//);
      assert.ok(attribute.snippet.trim() && !attribute.snippet.includes('\n'), `${attribute.name} snippet`);
      assert.ok(!attribute.equivalent.includes('|'), `${attribute.name}: a | would split the table cell`);
    }
  });

  test('anchors are attr-<name> in kebab case, unique across the whole response page in both locales', () => {
    assert.equal(attributeAnchor({ name: 'status_code' }), 'attr-status-code');
    assert.equal(attributeAnchor({ name: 'json()' }), 'attr-json');
    for (const locale of siteLocales) {
      const page = pageAnchors('response', locale.prefix);
      assert.ok(page.kinds.includes('response-attributes'));
      assert.deepEqual(duplicates(page.all), [], `${locale.code}: duplicate anchors`);
      for (const attribute of responseAttributes) assert.ok(page.all.includes(attributeAnchor(attribute)));
    }
  });
});
