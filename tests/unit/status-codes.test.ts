import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { locales } from '../../src/data/locale.ts';
import { statusClasses, statusClassIds, statusClassOf, statusCodes } from '../../src/data/status-codes.ts';

/** The 17 codes of the course notes, with the reason phrases RFC 9110 registers for them. */
const codesFromNotes: Record<number, string> = {
  100: 'Continue',
  101: 'Switching Protocols',
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

describe('status codes data', () => {
  test('codes are unique, three-digit and within 100–599', () => {
    const codes = statusCodes.map((s) => s.code);
    assert.equal(new Set(codes).size, codes.length, 'duplicate code');
    for (const code of codes) assert.ok(Number.isInteger(code) && code >= 100 && code <= 599, `${code} out of range`);
  });

  test('codes are listed in ascending order, so both locales read the same sequence', () => {
    const codes = statusCodes.map((s) => s.code);
    assert.deepEqual(codes, [...codes].sort((a, b) => a - b));
  });

  test('every code of the course notes is present, flagged and correctly named', () => {
    for (const [code, reason] of Object.entries(codesFromNotes)) {
      const entry = statusCodes.find((s) => s.code === Number(code));
      assert.ok(entry, `missing ${code}`);
      assert.equal(entry.reason, reason);
      assert.equal(entry.fromNotes, true, `${code} should be flagged fromNotes`);
    }
    const flagged = statusCodes.filter((s) => s.fromNotes).map((s) => s.code);
    assert.deepEqual(flagged, Object.keys(codesFromNotes).map(Number));
  });

  test('every entry and every class has non-empty, distinct text in both languages', () => {
    const texts = [
      ...statusCodes.flatMap((s) => [s.description, ...(s.note ? [s.note] : [])]),
      ...statusClasses.flatMap((c) => [c.name, c.summary]),
    ];
    for (const text of texts) {
      for (const locale of locales) assert.ok(text[locale].trim().length > 0, `empty ${locale} text`);
      assert.notEqual(text.ro, text.en, `untranslated text: ${text.en}`);
    }
  });

  test('every class has a description and at least one code', () => {
    assert.deepEqual(statusClasses.map((c) => c.id), [...statusClassIds]);
    for (const id of statusClassIds) {
      assert.ok(statusCodes.some((s) => statusClassOf(s.code) === id), `no code in class ${id}`);
    }
  });

  test('statusClassOf refuses numbers outside the five classes', () => {
    assert.equal(statusClassOf(404), '4xx');
    assert.throws(() => statusClassOf(99), RangeError);
    assert.throws(() => statusClassOf(600), RangeError);
  });

  test('403 lets the client try again with other credentials (RFC 9110 §15.5.4)', () => {
    const forbidden = statusCodes.find((s) => s.code === 403);
    assert.equal(forbidden?.spec.label, 'RFC 9110 §15.5.4');
    assert.match(forbidden?.description.en ?? '', /should not repeat it automatically with the same credentials, but may repeat it with new or different ones/);
    assert.match(forbidden?.description.ro ?? '', /cu altele, noi sau diferite/);
  });

  test('the 4xx summary does not say that every repeat fails: it points to 408 and 429, which may be retried', () => {
    const clientError = statusClasses.find((c) => c.id === '4xx');
    for (const locale of locales) {
      for (const code of [408, 429]) {
        assert.ok(statusCodes.some((s) => s.code === code), `${code} has an entry`);
        assert.ok(clientError?.summary[locale].includes(`](#${code})`), `${locale}: links to ${code}`);
      }
      assert.match(clientError?.summary[locale] ?? '', /Retry-After/, locale);
    }
    assert.doesNotMatch(clientError?.summary.en ?? '', /will not succeed/);
    assert.doesNotMatch(clientError?.summary.ro ?? '', /nu va reuși/);
  });

  test('every entry cites a section of an RFC', () => {
    for (const s of statusCodes) {
      assert.match(s.spec.url, /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#section-[\d.]+$/);
      assert.match(s.spec.label, /^RFC \d+ §[\d.]+$/);
    }
  });
});
