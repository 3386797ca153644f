import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Heading, Link, Table } from 'mdast';
import { httpMethods, idempotentMethods, safeMethods } from '../../src/data/http-methods.ts';
import { locales } from '../../src/data/locale.ts';
import { statusCodes } from '../../src/data/status-codes.ts';
import { httpMethodsReference, methodAnchor } from '../../src/reference/http-methods.ts';

/** The CRUD methods, with their properties as RFC 9110 §9.2 and RFC 5789 define them. */
const required = {
  POST: { safe: false, idempotent: false, success: [201, 200] },
  GET: { safe: true, idempotent: true, success: [200] },
  PUT: { safe: false, idempotent: true, success: [200, 204, 201] },
  PATCH: { safe: false, idempotent: false, success: [200, 204] },
  DELETE: { safe: false, idempotent: true, success: [204, 200] },
};

describe('HTTP methods data', () => {
  test('every CRUD method is present, once, in CRUD order', () => {
    assert.deepEqual(
      httpMethods.map((m) => m.method),
      Object.keys(required),
    );
  });

  test('anchors are the lowercase method names, unique', () => {
    const anchors = httpMethods.map(methodAnchor);
    assert.deepEqual(anchors, ['post', 'get', 'put', 'patch', 'delete']);
    assert.equal(new Set(anchors).size, anchors.length);
  });

  test('safety, idempotency and success codes follow the RFCs', () => {
    for (const m of httpMethods) {
      const expected = required[m.method];
      assert.equal(m.safe, expected.safe, `${m.method} safe`);
      assert.equal(m.idempotent, expected.idempotent, `${m.method} idempotent`);
      assert.deepEqual(
        m.success.map((s) => s.code),
        expected.success,
        m.method,
      );
      if (m.safe) assert.ok(m.idempotent, `${m.method}: a safe method is idempotent too`);
    }
  });

  test('the safe methods are those of RFC 9110 §9.2.1, TRACE included, and the CRUD flags agree with them', () => {
    assert.deepEqual([...safeMethods], ['GET', 'HEAD', 'OPTIONS', 'TRACE']);
    const safe = new Set<string>(safeMethods);
    const idempotent = new Set<string>(idempotentMethods);
    for (const m of httpMethods) {
      assert.equal(m.safe, safe.has(m.method), `${m.method} safe`);
      assert.equal(m.idempotent, idempotent.has(m.method), `${m.method} idempotent`);
    }
  });

  test('the CRUD page names every safe method where it defines safety, in both languages', () => {
    for (const prefix of ['', 'en/']) {
      const page = readFileSync(new URL(`../../src/content/docs/${prefix}crud.mdx`, import.meta.url), 'utf8');
      const definition = page.split('\n').find((line) => line.includes('§9.2.1'));
      assert.ok(definition, `${prefix}crud.mdx defines safety with RFC 9110 §9.2.1`);
      for (const method of safeMethods) assert.ok(definition.includes(`\`${method}\``), `${prefix}crud.mdx: ${method}`);
    }
  });

  test('every 2xx code a method\'s description names is in its success list (DELETE\'s 202 is explained in a note)', () => {
    for (const m of httpMethods) {
      const listed = new Set(m.success.map((s) => s.code));
      for (const locale of locales) {
        const named = [...m.description[locale].matchAll(/`(2\d\d) [A-Z]/g)].map((match) => Number(match[1]));
        assert.ok(named.length > 0, `${m.method} ${locale}: the description names its success codes`);
        for (const code of named) assert.ok(listed.has(code), `${m.method} ${locale}: ${code} is named but not listed`);
      }
    }
    const remove = httpMethods.find((m) => m.method === 'DELETE');
    for (const locale of locales) assert.match(remove?.note?.[locale] ?? '', /`202 Accepted`/);
  });

  test('every success code has an entry on the status codes page', () => {
    const known = new Set(statusCodes.map((s) => s.code));
    for (const m of httpMethods) for (const s of m.success) assert.ok(known.has(s.code), `${m.method}: ${s.code}`);
  });

  test('every text exists in both languages, non-empty and translated', () => {
    const texts = httpMethods.flatMap((m) => [
      m.crud,
      m.description,
      ...(m.note ? [m.note] : []),
      ...(m.correction ? [m.correction] : []),
      ...m.success.flatMap((s) => (s.when ? [s.when] : [])),
    ]);
    for (const text of texts) {
      for (const locale of locales) assert.ok(text[locale].trim().length > 0, `empty ${locale} text`);
      assert.notEqual(text.ro, text.en, `untranslated text: ${text.en}`);
    }
  });
});

describe('HTTP methods rendering', () => {
  const links = (node: unknown): string[] => {
    if (typeof node !== 'object' || node === null) return [];
    const own = (node as Link).type === 'link' ? [(node as Link).url] : [];
    return [...own, ...((node as { children?: unknown[] }).children ?? []).flatMap(links)];
  };

  for (const locale of locales) {
    test(`${locale}: the table comes first, then one heading per method`, () => {
      const nodes = httpMethodsReference.render(locale);
      const first = nodes[0] as Table;
      assert.equal(first.type, 'table');
      assert.equal(first.children.length, httpMethods.length + 1, 'a header row and a row per method');
      const headings = nodes.filter((n): n is Heading => 'type' in n && n.type === 'heading');
      assert.deepEqual(
        headings.map((h) => h.data?.hProperties?.id),
        httpMethods.map(methodAnchor),
      );
    });

    test(`${locale}: status codes link to their entries in the same language`, () => {
      const prefix = locale === 'en' ? '/en/status-codes/#' : '/status-codes/#';
      const statusLinks = httpMethodsReference
        .render(locale)
        .flatMap(links)
        .filter((url) => url.includes('status-codes'));
      assert.ok(statusLinks.length > 0);
      for (const url of statusLinks) assert.match(url, new RegExp(`^${prefix}\\d{3}$`));
      for (const code of [201, 200, 204]) assert.ok(statusLinks.includes(`${prefix}${code}`), `no link to ${code}`);
    });
  }
});
