import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  headerAnchor,
  headers,
  requestHeaders,
  requestSide,
  responseHeaders,
  responseSide,
} from '../../src/data/headers.ts';
import { locales } from '../../src/data/locale.ts';
import { requestHeadersPage, responseHeaderUrl } from '../../src/reference/response-headers.ts';
import { duplicates, pageAnchors } from '../lib/page-anchors.ts';
import { locales as siteLocales } from '../lib/site.ts';

/** The 17 request headers of the course notes, with the notes' example values. */
const requestHeadersFromNotes: Record<string, string> = {
  Host: 'api.example.com',
  'User-Agent': 'python-requests/2.31.0',
  Accept: 'application/json, text/plain, */*',
  'Accept-Encoding': 'gzip, deflate, br',
  'Accept-Language': 'ro-RO, ro;q=0.9, en-US;q=0.8, en;q=0.7',
  Authorization: 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...',
  'Content-Type': 'application/json',
  'Content-Length': '87',
  Referer: 'https://dashboard.example.com/users',
  Origin: 'https://dashboard.example.com',
  Connection: 'keep-alive',
  Cookie: 'sessionid=abc123xyz; csrftoken=kf8sd92j3lkd9f',
  'Cache-Control': 'no-cache',
  Pragma: 'no-cache',
  'X-Requested-With': 'XMLHttpRequest',
  'X-Forwarded-For': '192.168.0.105',
  DNT: '1',
};

/** The 19 response headers of the course notes (Location comes from their list, without a value). */
const responseHeadersFromNotes: Record<string, string | undefined> = {
  Date: 'Fri, 21 Nov 2025 12:05:48 GMT',
  Server: 'nginx/1.20.2',
  'Content-Type': 'application/json; charset=utf-8',
  'Content-Length': '256',
  Connection: 'keep-alive',
  'Cache-Control': 'max-age=3600, public',
  'Content-Encoding': 'gzip',
  Vary: 'Accept-Encoding, Origin',
  ETag: 'W/"5f1a3b4d-8e"',
  'Last-Modified': 'Fri, 21 Nov 2025 11:00:00 GMT',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains; preload',
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'X-XSS-Protection': '1; mode=block',
  'Access-Control-Allow-Origin': 'https://dashboard.example.com',
  'Access-Control-Allow-Credentials': 'true',
  'Access-Control-Expose-Headers': 'Content-Length, X-Kong-Upstream-Latency, X-Kong-Proxy-Latency',
  'Set-Cookie': 'sessionid=abc123xyz; Path=/; HttpOnly; Secure; SameSite=Lax',
  Location: undefined,
};

/** Names on the Fetch standard's forbidden request-header list (https://fetch.spec.whatwg.org/#forbidden-request-header). */
const forbiddenRequestHeaders = new Set([
  'Accept-Charset', 'Accept-Encoding', 'Access-Control-Request-Headers', 'Access-Control-Request-Method',
  'Connection', 'Content-Length', 'Cookie', 'Cookie2', 'Date', 'DNT', 'Expect', 'Host', 'Keep-Alive',
  'Origin', 'Referer', 'Set-Cookie', 'TE', 'Trailer', 'Transfer-Encoding', 'Upgrade', 'Via',
]);

const byName = (name: string) => headers.find((h) => h.name === name);

describe('headers data', () => {
  test('all 17 request headers of the notes are present, with the notes\' example values', () => {
    assert.deepEqual(requestHeaders.map((h) => h.name), Object.keys(requestHeadersFromNotes));
    for (const [name, example] of Object.entries(requestHeadersFromNotes)) {
      const header = byName(name);
      assert.ok(header, `missing ${name}`);
      assert.equal(requestSide(header)?.example, example, `${name} example`);
    }
  });

  test('all 19 response headers of the notes are present, with the notes\' example values', () => {
    assert.deepEqual(
      responseHeaders.map((h) => h.name).sort(),
      Object.keys(responseHeadersFromNotes).sort(),
    );
    for (const [name, example] of Object.entries(responseHeadersFromNotes)) {
      const header = byName(name);
      assert.ok(header, `missing ${name}`);
      const side = responseSide(header);
      assert.ok(side?.example.trim(), `${name} has no example`);
      if (example !== undefined) assert.equal(side?.example, example, `${name} example`);
    }
  });

  test('a header used in both directions is one entry with direction "both"', () => {
    const names = headers.map((h) => h.name);
    assert.deepEqual(duplicates(names), [], 'a header is listed twice');
    const both = headers.filter((h) => h.direction === 'both').map((h) => h.name);
    const shared = Object.keys(requestHeadersFromNotes).filter((n) => n in responseHeadersFromNotes);
    assert.deepEqual(both.sort(), shared.sort());
    assert.deepEqual(shared.sort(), ['Cache-Control', 'Connection', 'Content-Length', 'Content-Type']);
  });

  test('every text exists in both languages, non-empty and translated', () => {
    for (const header of headers) {
      const texts = [
        header.description,
        ...(header.note ? [header.note] : []),
        ...(header.correction ? [header.correction] : []),
        ...('replacement' in header && header.replacement ? [header.replacement] : []),
      ];
      for (const text of texts) {
        for (const locale of locales) assert.ok(text[locale].trim(), `${header.name}: empty ${locale} text`);
        assert.notEqual(text.ro, text.en, `${header.name}: untranslated text ${text.en}`);
      }
    }
  });

  test('every deprecated or legacy header names its replacement', () => {
    for (const header of headers.filter((h) => h.status === 'deprecated' || h.status === 'legacy')) {
      assert.ok('replacement' in header && header.replacement, `${header.name} names no replacement`);
      for (const locale of locales) assert.match(header.replacement[locale], /`[^`]+`/, `${header.name} ${locale}`);
    }
  });

  test('statuses follow RFC 9111, MDN and the Fetch standard', () => {
    const expected: Record<string, string> = {
      Pragma: 'deprecated',
      DNT: 'deprecated',
      'X-XSS-Protection': 'deprecated',
      'X-Frame-Options': 'legacy',
      'X-Forwarded-For': 'non-standard',
      'X-Requested-With': 'non-standard',
      'X-Content-Type-Options': 'current',
    };
    for (const [name, status] of Object.entries(expected)) assert.equal(byName(name)?.status, status, name);
    const replacements: Record<string, RegExp> = {
      Pragma: /Cache-Control/,
      DNT: /Sec-GPC/,
      'X-XSS-Protection': /Content-Security-Policy/,
      'X-Frame-Options': /frame-ancestors/,
      'X-Forwarded-For': /Forwarded.*7239/,
    };
    for (const [name, pattern] of Object.entries(replacements)) {
      const header = byName(name);
      assert.ok(header && 'replacement' in header && header.replacement, `${name} replacement`);
      for (const locale of locales) assert.match(header.replacement[locale], pattern, `${name} ${locale}`);
    }
  });

  test('request headers set by the browser are exactly the forbidden ones', () => {
    for (const header of requestHeaders) {
      const forbidden = forbiddenRequestHeaders.has(header.name);
      assert.equal(requestSide(header)?.setBy === 'browser', forbidden, `${header.name}: setBy vs forbidden list`);
    }
    assert.equal(responseSide(byName('Set-Cookie')!)?.scriptAccess, 'hidden');
  });

  test('SameSite=Lax: cross-site top-level navigations with a safe method only, no cross-site POST', () => {
    const cookie = byName('Set-Cookie');
    assert.match(cookie?.description.en ?? '', /top-level navigations with a safe method/);
    assert.match(cookie?.description.ro ?? '', /navigările de nivel superior cu o metodă sigură/);
    for (const locale of locales) assert.match(cookie?.description[locale] ?? '', /`POST`/, locale);
  });

  test('Access-Control-Allow-Origin: hidden response for a simple request, no request at all after a failed preflight', () => {
    const allowOrigin = byName('Access-Control-Allow-Origin');
    assert.match(allowOrigin?.description.en ?? '', /simple request[\s\S]*hides the response[\s\S]*preflight[\s\S]*never sent/);
    assert.match(allowOrigin?.description.ro ?? '', /cerere simplă[\s\S]*ascunde răspunsul[\s\S]*preflight[\s\S]*nu mai este trimisă/);
    for (const locale of locales) assert.match(allowOrigin?.description[locale] ?? '', /\(#cors\)/, `${locale}: links the diagram`);
  });

  test('X-XSS-Protection: legacy Edge retired its filter in 2018, Chrome its auditor in 2019', () => {
    const xss = byName('X-XSS-Protection');
    for (const locale of locales) {
      const text = xss?.description[locale] ?? '';
      assert.match(text, /EdgeHTML\)[^.;]*2018/, `${locale}: EdgeHTML, 2018`);
      assert.match(text, /Chrome[^.;]*2019/, `${locale}: Chrome, 2019`);
    }
  });

  test('anchors are the lower-case header names', () => {
    for (const header of headers) assert.equal(headerAnchor(header), header.name.toLowerCase());
  });

  test('anchors are unique on the request and response pages, identical in both locales', () => {
    for (const slug of ['request', 'response']) {
      const [ro, en] = siteLocales.map((locale) => pageAnchors(slug, locale.prefix));
      assert.ok(ro && en);
      assert.deepEqual(en.all, ro.all, `${slug}: both locales carry the same anchors`);
      assert.deepEqual(duplicates(ro.all), [], `${slug}: duplicate anchors`);
    }
  });

  test('request headers (the shared ones too) have their entries on the request page, response-only ones on the response page', () => {
    const request = pageAnchors(requestHeadersPage, '');
    const response = pageAnchors('response', '');
    assert.ok(request.kinds.includes('request-headers'), `${requestHeadersPage} places request-headers`);
    assert.ok(response.kinds.includes('response-headers'), 'response places response-headers');
    for (const header of headers) {
      const [home, other] = header.direction === 'response' ? [response, request] : [request, response];
      assert.ok(home.all.includes(headerAnchor(header)), `${header.name} has no anchor`);
      assert.ok(!other.all.includes(headerAnchor(header)), `${header.name} has an entry on both pages`);
    }
  });

  test('the response headers link the shared headers to their entries on the request page, in the reader\'s language', () => {
    const shared = responseHeaders.find((h) => h.direction === 'both');
    const own = responseHeaders.find((h) => h.direction === 'response');
    assert.ok(shared && own);
    assert.equal(responseHeaderUrl(shared, 'ro'), `/request/#${headerAnchor(shared)}`);
    assert.equal(responseHeaderUrl(shared, 'en'), `/en/request/#${headerAnchor(shared)}`);
    assert.equal(responseHeaderUrl(own, 'en'), `#${headerAnchor(own)}`);
  });
});
