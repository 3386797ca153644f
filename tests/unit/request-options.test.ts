import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { locales } from '../../src/data/locale.ts';
import { optionAnchor, requestOptions } from '../../src/data/request-options.ts';
import { duplicates, pageAnchors } from '../lib/page-anchors.ts';
import { locales as siteLocales } from '../lib/site.ts';

/** The 14 options of the course notes, in their order. */
const optionsFromNotes = [
  'method',
  'url',
  'params',
  'data',
  'json',
  'headers',
  'cookies',
  'files',
  'auth',
  'timeout',
  'allow_redirects',
  'proxies',
  'verify',
  'stream',
];

describe('request options data', () => {
  test('all 14 options of the course notes are present, in order, and nothing else', () => {
    assert.deepEqual(
      requestOptions.map((o) => o.name),
      optionsFromNotes,
    );
  });

  test('every text exists in both languages, non-empty and translated', () => {
    for (const option of requestOptions) {
      const texts = [option.requests, option.fetch, ...(option.correction ? [option.correction] : [])];
      for (const text of texts) {
        for (const locale of locales) assert.ok(text[locale].trim(), `${option.name}: empty ${locale} text`);
        assert.notEqual(text.ro, text.en, `${option.name}: untranslated text ${text.en}`);
      }
    }
  });

  test('every option names its Python type, its fetch equivalent, a snippet and a source', () => {
    for (const option of requestOptions) {
      assert.ok(option.pythonType.trim(), `${option.name}: no Python type`);
      assert.ok(option.equivalent.trim(), `${option.name}: no fetch equivalent`);
      assert.ok(!option.equivalent.includes('|'), `${option.name}: a | would split the summary table cell`);
      assert.match(option.snippet, /\S/, `${option.name}: no snippet`);
      assert.ok(!option.snippet.includes('\n'), `${option.name}: snippets are one line; longer code goes in src/examples/`);
      assert.match(option.reference.url, /^https:\/\//);
    }
  });

  test('what a browser cannot do is marked so, with the Node.js way named', () => {
    for (const name of ['proxies', 'verify']) {
      const option = requestOptions.find((o) => o.name === name);
      assert.equal(option?.support.browser, 'no', `${name} in a browser`);
      assert.equal(option?.support.node, 'yes', `${name} in Node.js`);
      assert.match(option?.fetch.en ?? '', /dispatcher/);
    }
  });

  test('a lower-case method: the answers of real servers, not 405', () => {
    const method = requestOptions.find((o) => o.name === 'method');
    for (const locale of locales) {
      const text = method?.fetch[locale] ?? '';
      assert.match(text, /RFC 9110 §9\.1/, `${locale}: method names are case-sensitive`);
      assert.match(text, /\*\*400 Bad Request\*\*/, `${locale}: Node.js and nginx`);
      assert.match(text, /\*\*501 Not Implemented\*\*/, `${locale}: Apache`);
      assert.doesNotMatch(text, /405/, `${locale}: not 405`);
    }
  });

  test('verify: an Agent\'s ca replaces the built-in roots, NODE_EXTRA_CA_CERTS adds to them at startup', () => {
    const verify = requestOptions.find((o) => o.name === 'verify');
    const expected = {
      ro: [/`ca` înlocuiește rădăcinile/, /toate cererile trimise prin acel `Agent`/, /setGlobalDispatcher/, /NODE_EXTRA_CA_CERTS/, /la pornire/],
      en: [/`ca` option replaces/, /every request sent through that `Agent`/, /setGlobalDispatcher/, /NODE_EXTRA_CA_CERTS/, /at startup/],
    };
    for (const locale of locales) {
      for (const pattern of expected[locale]) assert.match(verify?.fetch[locale] ?? '', pattern, `${locale}: ${pattern}`);
      assert.doesNotMatch(verify?.fetch[locale] ?? '', /adds an authority for one request|adaugă o autoritate pentru o cerere/);
    }
  });

  test('auth: the notes\' JSON request mixes logging in with the requests that follow', () => {
    const auth = requestOptions.find((o) => o.name === 'auth');
    assert.match(auth?.correction?.en ?? '', /mixes two steps/);
    assert.match(auth?.correction?.ro ?? '', /amestecă doi pași/);
    for (const locale of locales) assert.match(auth?.correction?.[locale] ?? '', /POST \/login/);
  });

  test('data and verify say what the notes say: nothing to correct there', () => {
    for (const name of ['data', 'verify']) assert.equal(requestOptions.find((o) => o.name === name)?.correction, undefined, name);
  });

  test('anchors are option-<name> in kebab case', () => {
    assert.equal(optionAnchor({ name: 'allow_redirects' }), 'option-allow-redirects');
    for (const option of requestOptions) assert.match(optionAnchor(option), /^option-[a-z]+(-[a-z]+)*$/);
  });

  test('anchors are unique across the whole request page, in both locales', () => {
    for (const locale of siteLocales) {
      const page = pageAnchors('request', locale.prefix);
      assert.ok(page.kinds.includes('request-options'), `${locale.code} page places the options`);
      assert.deepEqual(duplicates(page.all), [], `${locale.code}: duplicate anchors`);
      for (const option of requestOptions) assert.ok(page.all.includes(optionAnchor(option)));
    }
  });
});
