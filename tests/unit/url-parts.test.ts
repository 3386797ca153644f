import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { locales } from '../../src/data/locale.ts';
import { protocolById } from '../../src/data/protocols.ts';
import { exampleUrl, urlParts } from '../../src/data/url-parts.ts';
import { exampleValue } from '../../src/reference/url-parts.ts';

/** The six parts of the course notes' example, with the values the WHATWG URL parser gives them. */
const required = {
  scheme: { segment: 'https://', value: 'https:' },
  host: { segment: 'www.exemplu.com', value: 'www.exemplu.com' },
  port: { segment: ':8080', value: '8080' },
  path: { segment: '/cale/pagina.html', value: '/cale/pagina.html' },
  query: { segment: '?cheie=valoare', value: '?cheie=valoare' },
  fragment: { segment: '#sectiune', value: '#sectiune' },
};

describe('URL parts data', () => {
  test('every part is present, in the order it appears in a URL, with a unique anchor', () => {
    assert.deepEqual(
      urlParts.map((p) => p.id),
      Object.keys(required),
    );
    assert.equal(new Set(urlParts.map((p) => p.id)).size, urlParts.length);
  });

  test('the parts, put back together, are the example URL', () => {
    assert.equal(urlParts.map((p) => p.segment).join(''), exampleUrl);
    assert.equal(exampleUrl, 'https://www.exemplu.com:8080/cale/pagina.html?cheie=valoare#sectiune');
  });

  test('each part maps to the URL property that holds it', () => {
    for (const part of urlParts) {
      const expected = required[part.id];
      assert.equal(part.segment, expected.segment, part.id);
      assert.equal(exampleValue(part), expected.value, `${part.id}: URL.${part.urlProperty}`);
      assert.ok(part.segment.includes(exampleValue(part)), `${part.id}: the segment holds the value`);
    }
  });

  test('the default ports are those of the protocols page, and the text says so in both languages', () => {
    const port = urlParts.find((p) => p.id === 'port');
    assert.deepEqual(port?.defaultPortsOf, ['http', 'https']);
    const defaults = (port?.defaultPortsOf ?? []).map((id) => protocolById(id).ports[0]?.number);
    assert.deepEqual(defaults, [80, 443]);
    for (const locale of locales) {
      for (const number of defaults) assert.match(port?.description[locale] ?? '', new RegExp(`\\b${number}\\b`), locale);
    }
  });

  test('every text exists in both languages, non-empty and translated', () => {
    const texts = urlParts.flatMap((p) => [p.name, p.description, ...(p.correction ? [p.correction] : [])]);
    for (const text of texts) {
      for (const locale of locales) assert.ok(text[locale].trim().length > 0, `empty ${locale} text`);
      assert.notEqual(text.ro, text.en, `untranslated text: ${text.en}`);
    }
  });
});

describe('URL examples print what their comments promise', () => {
  for (const name of ['parse-url.ts', 'endpoint.ts']) {
    test(name, () => {
      const file = fileURLToPath(new URL(`../../src/examples/urls/${name}`, import.meta.url));
      // Every `console.log(...); // "value"` line announces its output as a JSON string.
      const promised = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trimStart().startsWith('console.log('))
        .map((line) => JSON.parse(line.slice(line.lastIndexOf('// ') + 3)) as string);
      const run = spawnSync(process.execPath, [file], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(run.stdout.trimEnd().split('\n'), promised);
    });
  }
});
