import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { locales } from '../../src/data/locale.ts';
import { protocolById } from '../../src/data/protocols.ts';
import { delimitersLegend, exampleDelimiters, exampleUrl, urlParts, writtenPart } from '../../src/data/url-parts.ts';
import { exampleValue } from '../../src/reference/url-parts.ts';

/**
 * The six parts of the course notes' example as RFC 3986 delimits them (the
 * delimiters belong to no part), with the values the WHATWG URL parser gives them.
 */
const required = {
  scheme: { segment: 'https', value: 'https:' },
  host: { segment: 'www.example.com', value: 'www.example.com' },
  port: { segment: '8080', value: '8080' },
  path: { segment: '/cale/pagina.html', value: '/cale/pagina.html' },
  query: { segment: 'cheie=valoare', value: '?cheie=valoare' },
  fragment: { segment: 'sectiune', value: '#sectiune' },
};

describe('URL parts data', () => {
  test('every part is present, in the order it appears in a URL, with a unique anchor', () => {
    assert.deepEqual(
      urlParts.map((p) => p.id),
      Object.keys(required),
    );
    assert.equal(new Set(urlParts.map((p) => p.id)).size, urlParts.length);
  });

  test('the parts, put back together with their delimiters, are the example URL', () => {
    assert.equal(urlParts.map(writtenPart).join(''), exampleUrl);
    assert.equal(exampleUrl, 'https://www.example.com:8080/cale/pagina.html?cheie=valoare#sectiune');
  });

  test('each part maps to the URL property that holds it', () => {
    for (const part of urlParts) {
      const expected = required[part.id];
      assert.equal(part.segment, expected.segment, part.id);
      assert.equal(exampleValue(part), expected.value, `${part.id}: URL.${part.urlProperty}`);
      assert.ok(exampleValue(part).includes(part.segment), `${part.id}: the value holds the segment`);
    }
  });

  test('the scheme is `https`: the `:` that ends it and the `//` before the host are delimiters of no part', () => {
    const scheme = urlParts.find((p) => p.id === 'scheme');
    const host = urlParts.find((p) => p.id === 'host');
    assert.equal(scheme?.segment, 'https');
    assert.equal(scheme?.after, ':');
    assert.equal(host?.before, '//');
    assert.deepEqual(exampleDelimiters(), [':', '//', '?', '#']);
    for (const part of urlParts) {
      for (const delimiter of exampleDelimiters()) {
        const edges = [part.segment.slice(0, delimiter.length), part.segment.slice(-delimiter.length)];
        // The path's leading "/" is part of the path (RFC 3986 §3.3), not the "//" delimiter.
        assert.ok(!edges.includes(delimiter), `${part.id} starts or ends with the delimiter ${delimiter}`);
      }
    }
  });

  test('the host entry forbids the whole userinfo in http(s) URLs, user name included, citing RFC 9110 §4.2.4', () => {
    const host = urlParts.find((p) => p.id === 'host');
    for (const locale of locales) {
      const text = host?.description[locale] ?? '';
      assert.match(text, /\*userinfo\*/, locale);
      assert.match(text, /RFC 9110 §4\.2\.4/, locale);
      assert.match(text, /\]\(#userinfo\)/, `${locale}: links to the page's userinfo section`);
    }
    assert.match(host?.description.en ?? '', /whole \*userinfo\* part.*user name as well, not only the password/);
    assert.match(host?.description.ro ?? '', /întreaga parte \*userinfo\*.*și numele, nu doar parola/);
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
    const texts = [...urlParts.flatMap((p) => [p.name, p.description, ...(p.correction ? [p.correction] : [])]), delimitersLegend];
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
