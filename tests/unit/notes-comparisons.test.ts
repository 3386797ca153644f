/**
 * The "Compared with the course notes" notes of the request, response and CRUD pages and of
 * their data: where the notes are wrong the text says so, where they are only imprecise it says
 * "more precisely", and nowhere does it call the notes' words slips.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { headers } from '../../src/data/headers.ts';
import { httpMethods } from '../../src/data/http-methods.ts';
import { type Localized, locales } from '../../src/data/locale.ts';
import { requestOptions } from '../../src/data/request-options.ts';
import { responseAttributes } from '../../src/data/response-attributes.ts';

const slip = /\bslips?\b|scăp(are|ări)/i;

const corrections: { entry: string; text: Localized }[] = [
  ...headers.flatMap((h) => (h.correction ? [{ entry: h.name, text: h.correction }] : [])),
  ...httpMethods.flatMap((m) => (m.correction ? [{ entry: m.method, text: m.correction }] : [])),
  ...requestOptions.flatMap((o) => (o.correction ? [{ entry: o.name, text: o.correction }] : [])),
  ...responseAttributes.flatMap((a) => (a.correction ? [{ entry: a.name, text: a.correction }] : [])),
];

describe('comparisons with the course notes', () => {
  test('no entry calls the notes\' words slips, in either language', () => {
    assert.ok(corrections.length > 0);
    for (const { entry, text } of corrections) {
      for (const locale of locales) assert.doesNotMatch(text[locale], slip, `${entry} (${locale})`);
    }
  });

  test('an imprecision is "more precisely" in both languages, or in neither', () => {
    for (const { entry, text } of corrections) {
      assert.equal(/Mai exact/.test(text.ro), /More precisely/.test(text.en), entry);
    }
  });

  for (const slug of ['request', 'response', 'crud']) {
    test(`${slug}: the page's notes do not speak of slips, in either language`, () => {
      for (const prefix of ['', 'en/']) {
        const page = readFileSync(new URL(`../../src/content/docs/${prefix}${slug}.mdx`, import.meta.url), 'utf8');
        assert.doesNotMatch(page, slip, `${prefix}${slug}.mdx`);
      }
    });
  }
});
