/**
 * The demo API's fault routes, as documented in src/demo-api/faults.ts and
 * the README, through the same fetch wrapper the sandboxes use: what the
 * client sees, and what the network log shows.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { NetworkEntry } from '../../src/components/sandbox/runner/protocol.ts';
import { createSandboxFetch } from '../../src/demo-api/fetch.ts';
import { createDemoApi } from '../../src/demo-api/index.ts';
import { tokenFor } from '../../src/demo-api/users.ts';

const api = 'https://api.example.com';

function setup(demo = createDemoApi()) {
  const log: NetworkEntry[] = [];
  const fetch = createSandboxFetch({
    api: demo,
    networkFetch: async () => {
      throw new TypeError('fetch failed (offline test)');
    },
    onRequest: (entry) => log.push(entry),
  });
  return { fetch, log, demo };
}

describe('GET /flaky/:key', () => {
  test('fails twice with 503 and Retry-After: 1 by default, then answers 200 with the attempt', async () => {
    const { fetch } = setup();
    for (const attempt of [1, 2]) {
      const res = await fetch(`${api}/flaky/a`);
      assert.equal(res.status, 503, `attempt ${attempt}`);
      assert.equal(res.statusText, 'Service Unavailable');
      assert.equal(res.headers.get('Retry-After'), '1');
      assert.equal(res.headers.get('Cache-Control'), 'no-store');
      assert.equal(((await res.json()) as { error: { status: number } }).error.status, 503);
    }
    const res = await fetch(`${api}/flaky/a`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { key: 'a', attempt: 3 });
  });

  test('429 with its own Retry-After and number of failures; counters per key and per API instance', async () => {
    const { fetch } = setup();
    const first = await fetch(`${api}/flaky/x?status=429&fail=1&retry-after=3`);
    assert.equal(first.status, 429);
    assert.equal(first.statusText, 'Too Many Requests');
    assert.equal(first.headers.get('Retry-After'), '3');
    assert.equal((await fetch(`${api}/flaky/x?status=429&fail=1&retry-after=3`)).status, 200);
    assert.equal((await fetch(`${api}/flaky/y?fail=1`)).status, 503, 'another key starts again');
    assert.equal((await fetch(`${api}/flaky/z?fail=0`)).status, 200);
    const fresh = setup();
    assert.equal((await fresh.fetch(`${api}/flaky/x?status=429&fail=1`)).status, 429, 'a new run starts again');
  });

  test('refuses parameters out of range with 400', async () => {
    const { fetch } = setup();
    for (const query of ['status=500', 'fail=11', 'fail=-1', 'retry-after=6', 'retry-after=1.5']) {
      const res = await fetch(`${api}/flaky/k?${query}`);
      assert.equal(res.status, 400, query);
      assert.match(((await res.json()) as { error: { message: string } }).error.message, /must be/);
    }
  });
});

describe('GET /truncated', () => {
  test('200 JSON whose body is cut: json() rejects with SyntaxError, text() reads what came', async () => {
    const { fetch } = setup();
    const res = await fetch(`${api}/truncated`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('Content-Type') ?? '', /^application\/json/);
    await assert.rejects(res.json(), SyntaxError);
    const text = await (await fetch(`${api}/truncated`)).text();
    assert.ok(text.startsWith('[{"id":1'), text);
    assert.equal(new TextEncoder().encode(text).byteLength, Number((await fetch(`${api}/truncated`)).headers.get('Content-Length')));
  });
});

describe('GET /drop', () => {
  test('fetch rejects with TypeError: Failed to fetch, and the log shows no response', async () => {
    const { fetch, log } = setup();
    await assert.rejects(fetch(`${api}/drop`), (error: unknown) => error instanceof TypeError && error.message === 'Failed to fetch');
    assert.equal(log.length, 1);
    assert.equal(log[0]?.status, 0);
    assert.match(log[0]?.error ?? '', /closed the connection/);
  });

  test('?after waits first, and an abort signal ends the wait', async () => {
    const { fetch } = setup();
    const started = performance.now();
    await assert.rejects(fetch(`${api}/drop?after=200`), TypeError);
    assert.ok(performance.now() - started >= 190);
    await assert.rejects(fetch(`${api}/drop?after=5000`, { signal: AbortSignal.timeout(50) }), (error: unknown) => (error as Error).name === 'TimeoutError');
    assert.equal((await fetch(`${api}/drop?after=9000`)).status, 400);
  });
});

describe('GET /cors/refused', () => {
  test('the server answers 200 without Access-Control-Allow-Origin; the script gets TypeError, the log shows 200 and why', async () => {
    const { fetch, log } = setup();
    await assert.rejects(
      fetch(`${api}/cors/refused`),
      (error: unknown) => error instanceof TypeError && error.message === 'Failed to fetch' && /CORS/.test(String((error.cause as Error).message)),
    );
    assert.equal(log.length, 1);
    assert.equal(log[0]?.status, 200);
    assert.match(log[0]?.error ?? '', /^CORS: .*Access-Control-Allow-Origin/);
  });

  test('every other route still lets the script read its response', async () => {
    const { fetch } = setup();
    for (const path of ['/users', '/status/404', '/anything', '/etag', '/redirect/1', '/delay/0']) {
      const res = await fetch(`${api}${path}`);
      assert.ok(res.status > 0, path);
    }
  });
});

describe('URL fragments', () => {
  test('never reach the server, and Response.url leaves them out', async () => {
    const { fetch, log } = setup();
    const res = await fetch(`${api}/anything?x=1#top`);
    const body = (await res.json()) as { url: string };
    assert.equal(body.url, `${api}/anything?x=1`);
    assert.equal(res.url, `${api}/anything?x=1`);
    assert.equal(log[0]?.url, `${api}/anything?x=1`);
  });
});

describe('snapshot()', () => {
  test('copies what the server holds, by id, without passwords, after a POST /users', async () => {
    const { fetch, demo } = setup();
    assert.deepEqual(demo.snapshot().users.map((u) => u.username), ['admin', 'ana', 'mihai']);
    const token = tokenFor({ id: 1, username: 'admin', role: 'administrator' });
    const res = await fetch(`${api}/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ username: 'maria', name: 'Maria Pop', email: 'maria@example.com' }),
    });
    assert.equal(res.status, 201);
    const users = demo.snapshot().users;
    assert.deepEqual(users.at(-1), { id: 4, username: 'maria', name: 'Maria Pop', email: 'maria@example.com', role: 'user' });
    assert.ok(users.every((u) => !('password' in u)));
    users[0]!.name = 'changed';
    assert.equal(demo.snapshot().users[0]?.name, 'Administrator', 'a snapshot is a copy');
  });
});
