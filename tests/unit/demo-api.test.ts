/**
 * The in-browser demo API (https://api.example.com), exercised in Node with
 * the same `fetch` wrapper the sandboxes use: routes, status codes, headers,
 * redirects, conditional requests, timeouts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { statusCodes } from '../../src/data/status-codes.ts';
import type { NetworkEntry } from '../../src/components/sandbox/runner/protocol.ts';
import { createSandboxFetch } from '../../src/demo-api/fetch.ts';
import { createDemoApi } from '../../src/demo-api/index.ts';
import { ianaReasonPhrases, reasonPhrase } from '../../src/demo-api/reason-phrases.ts';
import { tokenFor } from '../../src/demo-api/users.ts';

const api = 'https://api.example.com';

/** A fresh API and its fetch, as each sandbox run gets; other hosts fail as if offline. */
function setup() {
  const log: NetworkEntry[] = [];
  const fetch = createSandboxFetch({
    api: createDemoApi(),
    networkFetch: async () => {
      throw new TypeError('fetch failed (offline test)');
    },
    onRequest: (entry) => log.push(entry),
  });
  return { fetch, log };
}

const adminToken = tokenFor({ id: 1, username: 'admin', role: 'administrator' });
const userToken = tokenFor({ id: 2, username: 'ana', role: 'user' });
const json = (token?: string): HeadersInit => ({
  'Content-Type': 'application/json',
  ...(token ? { Authorization: `Bearer ${token}` } : {}),
});

describe('POST /login', () => {
  test("accepts the notes' admin/123456 with 201, the user, a token, expires_in and a session cookie", async () => {
    const { fetch, log } = setup();
    const res = await fetch(`${api}/login`, {
      method: 'POST',
      headers: json(),
      body: JSON.stringify({ username: 'admin', password: '123456' }),
    });
    assert.equal(res.status, 201);
    assert.equal(res.statusText, 'Created');
    const body = (await res.json()) as { user: unknown; token: string; expires_in: number };
    assert.deepEqual(body.user, { id: 1, username: 'admin', role: 'administrator' });
    assert.equal(body.token, adminToken);
    assert.equal(body.expires_in, 3600);
    // The script cannot read Set-Cookie (a forbidden response header), the network log can.
    assert.equal(res.headers.get('set-cookie'), null);
    const sent = new Headers(log[0]?.responseHeaders);
    assert.match(sent.get('set-cookie') ?? '', /^sessionid=.+; HttpOnly; Secure; SameSite=Lax$/);
    assert.ok(sent.get('date'), 'Date header');
    assert.equal(sent.get('cache-control'), 'no-store');
  });

  test('400 on a missing field or invalid JSON, 401 on a wrong password, 415 on form data', async () => {
    const { fetch } = setup();
    const post = (body: string, headers = json()) => fetch(`${api}/login`, { method: 'POST', headers, body });
    assert.equal((await post(JSON.stringify({ username: 'admin' }))).status, 400);
    assert.equal((await post('{not json')).status, 400);
    const wrong = await post(JSON.stringify({ username: 'admin', password: 'nope' }));
    assert.equal(wrong.status, 401);
    assert.match(wrong.headers.get('www-authenticate') ?? '', /^Bearer/);
    assert.equal((await post('username=admin&password=123456', { 'Content-Type': 'application/x-www-form-urlencoded' })).status, 415);
  });
});

describe('/users CRUD', () => {
  test('GET lists with query parameters and reads one user; 404 for a missing one', async () => {
    const { fetch } = setup();
    const list = await fetch(`${api}/users?${new URLSearchParams({ role: 'user', limit: '1', page: '2' })}`);
    assert.equal(list.status, 200);
    assert.equal(list.headers.get('x-total-count'), '2');
    assert.deepEqual(await list.json(), {
      page: 2,
      limit: 1,
      total: 2,
      users: [{ id: 3, username: 'mihai', name: 'Mihai Ionescu', email: 'mihai@example.com', role: 'user' }],
    });
    const one = await fetch(`${api}/users/2`);
    assert.equal(one.status, 200);
    assert.ok(one.headers.get('etag'));
    assert.equal(((await one.json()) as { username: string }).username, 'ana');
    assert.equal((await fetch(`${api}/users/99`)).status, 404);
    assert.equal((await fetch(`${api}/users?limit=0`)).status, 400);
  });

  test('writes need a Bearer token: 401 without one, 403 with a non-admin one', async () => {
    const { fetch } = setup();
    const body = JSON.stringify({ username: 'ion', name: 'Ion', email: 'ion@example.com' });
    const anonymous = await fetch(`${api}/users`, { method: 'POST', headers: json(), body });
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.headers.get('www-authenticate'), 'Bearer realm="api.example.com"');
    assert.equal((await fetch(`${api}/users`, { method: 'POST', headers: json('forged'), body })).status, 401);
    assert.equal((await fetch(`${api}/users`, { method: 'POST', headers: json(userToken), body })).status, 403);
    assert.equal((await fetch(`${api}/users/2`, { method: 'DELETE', headers: json(userToken) })).status, 403);
  });

  test('create → read → PUT → PATCH → DELETE → 404', async () => {
    const { fetch } = setup();
    const created = await fetch(`${api}/users`, {
      method: 'POST',
      headers: json(adminToken),
      body: JSON.stringify({ username: 'ion', name: 'Ion Vasile', email: 'ion@example.com' }),
    });
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('location'), '/users/4');
    assert.deepEqual(await created.json(), { id: 4, username: 'ion', name: 'Ion Vasile', email: 'ion@example.com', role: 'user' });

    const put = await fetch(`${api}/users/4`, {
      method: 'PUT',
      headers: json(adminToken),
      body: JSON.stringify({ username: 'ion', name: 'Ion V.', email: 'ion.v@example.com' }),
    });
    assert.equal(put.status, 200);
    assert.equal(((await put.json()) as { name: string }).name, 'Ion V.');

    const patch = await fetch(`${api}/users/4`, { method: 'PATCH', headers: json(adminToken), body: JSON.stringify({ role: 'administrator' }) });
    assert.equal(patch.status, 200);
    assert.deepEqual(await patch.json(), { id: 4, username: 'ion', name: 'Ion V.', email: 'ion.v@example.com', role: 'administrator' });

    const removed = await fetch(`${api}/users/4`, { method: 'DELETE', headers: json(adminToken) });
    assert.equal(removed.status, 204);
    assert.equal(await removed.text(), '');
    assert.equal((await fetch(`${api}/users/4`)).status, 404);
    assert.equal((await fetch(`${api}/users/4`, { method: 'DELETE', headers: json(adminToken) })).status, 404);
  });

  test('PUT to a new id creates (201 + Location); PUT replaces the whole resource', async () => {
    const { fetch } = setup();
    const res = await fetch(`${api}/users/10`, {
      method: 'PUT',
      headers: json(adminToken),
      body: JSON.stringify({ username: 'nou', name: 'Nou', email: 'nou@example.com' }),
    });
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('location'), '/users/10');
    const missing = await fetch(`${api}/users/10`, { method: 'PUT', headers: json(adminToken), body: JSON.stringify({ name: 'x' }) });
    assert.equal(missing.status, 400, 'PUT without every field is not a replacement');
  });

  test('400 on invalid JSON or fields, 415 on another Content-Type, 409 on a taken username', async () => {
    const { fetch } = setup();
    const post = (body: string, headers = json(adminToken)) => fetch(`${api}/users`, { method: 'POST', headers, body });
    assert.equal((await post('{"username": ')).status, 400);
    assert.equal((await post('[1, 2]')).status, 400);
    assert.equal((await post(JSON.stringify({ username: 'X Y', name: 'a', email: 'a@b' }))).status, 400);
    assert.equal((await post('{}', { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'text/plain' })).status, 415);
    assert.equal((await post(JSON.stringify({ username: 'ana', name: 'Ana', email: 'a@b' }))).status, 409);
    const merge = await fetch(`${api}/users/2`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ name: 'Ana P.' }),
    });
    assert.equal(merge.status, 200);
  });

  test('state is fresh for every API instance', async () => {
    const first = setup();
    await first.fetch(`${api}/users/1`, { method: 'DELETE', headers: json(adminToken) });
    assert.equal((await first.fetch(`${api}/users/1`)).status, 404);
    assert.equal((await setup().fetch(`${api}/users/1`)).status, 200);
  });

  test('405 with Allow for a method the path does not support', async () => {
    const { fetch, log } = setup();
    const res = await fetch(`${api}/users`, { method: 'DELETE' });
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(new Headers(log[0]?.responseHeaders).get('allow'), 'GET, HEAD, POST');
  });
});

describe('/status/:code', () => {
  test('answers every code from 200 to 599 with its reason phrase', async () => {
    const { fetch } = setup();
    for (let code = 200; code <= 599; code++) {
      const res = await fetch(`${api}/status/${code}`, { redirect: 'manual' });
      if (code >= 300 && code < 400 && [301, 302, 303, 307, 308].includes(code)) {
        assert.equal(res.type, 'opaqueredirect', String(code));
        continue;
      }
      assert.equal(res.status, code);
      assert.equal(res.statusText, reasonPhrase(code));
    }
  });

  test('reason phrases agree with the status codes page and cover the IANA registry', () => {
    for (const s of statusCodes) assert.equal(ianaReasonPhrases[s.code], s.reason, String(s.code));
    assert.equal(reasonPhrase(418), '');
    assert.equal(reasonPhrase(422), 'Unprocessable Content');
    assert.equal(reasonPhrase(413), 'Content Too Large');
  });

  test('1xx are interim: fetch returns the final response; 101 is a network error; 400 outside 100–599', async () => {
    const { fetch } = setup();
    const early = await fetch(`${api}/status/103`);
    assert.equal(early.status, 200);
    assert.deepEqual(((await early.json()) as { interim: unknown }).interim, { code: 103, reason: 'Early Hints' });
    await assert.rejects(fetch(`${api}/status/101`), TypeError);
    assert.equal((await fetch(`${api}/status/600`)).status, 400);
    assert.equal((await fetch(`${api}/status/abc`)).status, 400);
  });

  test('204 and 304 have no body; 503 says when to retry', async () => {
    const { fetch } = setup();
    assert.equal((await fetch(`${api}/status/204`)).body, null);
    assert.equal((await fetch(`${api}/status/304`)).body, null);
    const log = setup();
    await log.fetch(`${api}/status/503`);
    assert.equal(new Headers(log.log[0]?.responseHeaders).get('retry-after'), '120');
  });
});

describe('redirects', () => {
  test('follow: the chain ends at /anything, url is the final one and redirected is true', async () => {
    const { fetch, log } = setup();
    const res = await fetch(`${api}/redirect/3?x=1`);
    assert.equal(res.status, 200);
    assert.equal(res.redirected, true);
    assert.equal(res.url, `${api}/anything?x=1`);
    assert.deepEqual(
      log.map((e) => `${e.status} ${new URL(e.url).pathname}`),
      ['302 /redirect/3', '302 /redirect/2', '302 /redirect/1', '200 /anything'],
    );
  });

  test('301/302 turn POST into GET without a body, 303 turns PUT into GET, 307/308 keep both', async () => {
    const { fetch } = setup();
    const send = async (status: number, method: string) => {
      const res = await fetch(`${api}/redirect-to?url=/anything&status=${status}`, { method, headers: json(), body: '{"a":1}' });
      return (await res.json()) as { method: string; body: string; headers: Record<string, string> };
    };
    for (const status of [301, 302]) {
      const echo = await send(status, 'POST');
      assert.deepEqual([echo.method, echo.body, echo.headers['content-type']], ['GET', '', undefined], String(status));
    }
    assert.equal((await send(303, 'PUT')).method, 'GET');
    for (const status of [307, 308]) {
      const echo = await send(status, 'POST');
      assert.deepEqual([echo.method, echo.body], ['POST', '{"a":1}'], String(status));
    }
    // 301/302 keep methods other than POST.
    assert.equal((await send(302, 'PUT')).method, 'PUT');
  });

  test('manual gives an opaque redirect, error rejects, more than 20 hops reject', async () => {
    const { fetch } = setup();
    const manual = await fetch(`${api}/redirect/1`, { redirect: 'manual' });
    assert.deepEqual([manual.type, manual.status, manual.ok, [...manual.headers]], ['opaqueredirect', 0, false, []]);
    await assert.rejects(fetch(`${api}/redirect/1`, { redirect: 'error' }), TypeError);
    await assert.rejects(fetch(`${api}/redirect/21`), /more than 20 redirects/);
    assert.equal((await fetch(`${api}/redirect/20`)).status, 200);
  });

  test('a redirect to another host leaves the demo API for the network', async () => {
    const { fetch, log } = setup();
    await assert.rejects(fetch(`${api}/redirect-to?url=${encodeURIComponent('https://example.org/')}`), /offline test/);
    assert.equal(log.at(-1)?.url, 'https://example.org/');
    assert.equal(log.at(-1)?.local, false);
  });
});

describe('conditional requests', () => {
  test('ETag + If-None-Match and Last-Modified + If-Modified-Since give 304', async () => {
    const { fetch } = setup();
    const first = await fetch(`${api}/etag`);
    const etag = first.headers.get('etag');
    assert.equal(first.status, 200);
    assert.ok(etag);
    assert.equal(first.headers.get('last-modified'), 'Fri, 21 Nov 2025 11:00:00 GMT');
    const again = await fetch(`${api}/etag`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
    assert.equal((await fetch(`${api}/etag`, { headers: { 'If-None-Match': `W/${etag}` } })).status, 304, 'weak comparison');
    assert.equal((await fetch(`${api}/etag`, { headers: { 'If-None-Match': '"other"' } })).status, 200);
    assert.equal((await fetch(`${api}/etag`, { headers: { 'If-Modified-Since': 'Sat, 22 Nov 2025 00:00:00 GMT' } })).status, 304);
    assert.equal((await fetch(`${api}/etag`, { headers: { 'If-Modified-Since': 'Thu, 20 Nov 2025 00:00:00 GMT' } })).status, 200);
    const user = await fetch(`${api}/users/1`);
    assert.equal((await fetch(`${api}/users/1`, { headers: { 'If-None-Match': user.headers.get('etag') ?? '' } })).status, 304);
  });
});

describe('/delay and /anything', () => {
  test('AbortSignal.timeout rejects with a TimeoutError before the delay ends', async () => {
    const { fetch } = setup();
    const started = performance.now();
    await assert.rejects(fetch(`${api}/delay/2000`, { signal: AbortSignal.timeout(50) }), { name: 'TimeoutError' });
    assert.ok(performance.now() - started < 1000);
    const res = await fetch(`${api}/delay/10`);
    assert.deepEqual(await res.json(), { delay: 10 });
    assert.equal((await fetch(`${api}/delay/10001`)).status, 400);
  });

  test('/anything echoes method, URL, query, headers and body', async () => {
    const { fetch } = setup();
    const res = await fetch(`${api}/anything/a/b?tag=x&tag=y&q=ă`, { method: 'PATCH', headers: { 'X-Demo': '1' }, body: 'hello' });
    assert.deepEqual(await res.json(), {
      method: 'PATCH',
      url: `${api}/anything/a/b?tag=x&tag=y&q=%C4%83`,
      path: '/anything/a/b',
      query: { tag: ['x', 'y'], q: 'ă' },
      headers: { accept: '*/*', 'content-type': 'text/plain;charset=UTF-8', 'x-demo': '1' },
      body: 'hello',
      json: null,
    });
  });

  test('HEAD has the headers of GET and no body; unknown paths are 404 JSON', async () => {
    const { fetch } = setup();
    const head = await fetch(`${api}/users/1`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
    const missing = await fetch(`${api}/nowhere`);
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { status: number } }).error.status, 404);
  });
});
