/**
 * The code examples of the request and response pages (src/examples/request-response/)
 * really work: each one runs against a server on 127.0.0.1 that records what arrived.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { logIn } from '../../src/examples/request-response/login.ts';
import { viaProxy } from '../../src/examples/request-response/proxy-and-tls.ts';
import { summarize } from '../../src/examples/request-response/read-response.ts';
import { download } from '../../src/examples/request-response/stream-download.ts';
import { uploadImage } from '../../src/examples/request-response/upload-file.ts';

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

const received: Received[] = [];
let loginStatus = 201;
const routes: Record<string, (res: ServerResponse) => void> = {
  'POST /login?redirect=dashboard': (res) => {
    res.writeHead(loginStatus, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ user: { id: 1, username: 'admin' }, expires_in: 3600 }));
  },
  'GET /old': (res) => {
    res.writeHead(302, { Location: '/latin2' });
    res.end();
  },
  'GET /latin2': (res) => {
    res.writeHead(200, [
      ['Content-Type', 'text/plain; charset=windows-1250'],
      ['Set-Cookie', 'sessionid=abc123xyz; HttpOnly'],
      ['Set-Cookie', 'theme=dark'],
    ]);
    // "Bună" in windows-1250, where ă is the single byte 0xE3.
    res.end(Buffer.from([0x42, 0x75, 0x6e, 0xe3]));
  },
  'POST /upload': (res) => {
    res.writeHead(204);
    res.end();
  },
  'GET /big': (res) => {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': '30000' });
    // Three writes, so that the reader sees more than one chunk.
    res.write(Buffer.alloc(10_000, 1));
    setTimeout(() => res.write(Buffer.alloc(10_000, 2)), 20);
    setTimeout(() => res.end(Buffer.alloc(10_000, 3)), 40);
  },
};

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
    const route = routes[`${req.method} ${req.url}`];
    if (route) route(res);
    else res.writeHead(404).end();
  });
});

let tunnels = 0;
const proxy = createServer();
proxy.on('connect', (req: IncomingMessage, client, head: Buffer) => {
  tunnels += 1;
  const [host, port] = (req.url ?? '').split(':');
  const upstream = connect(Number(port), host, () => {
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    upstream.write(head);
    upstream.pipe(client);
    client.pipe(upstream);
  });
});

let origin = '';
let proxyUrl = '';
const last = () => received.at(-1)!;

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
  proxy.close();
});

describe('request-response examples', () => {
  test('login.ts sends the notes\' request: method, query, auth, JSON body', async () => {
    const session = await logIn(origin);
    assert.deepEqual(session, { user: { id: 1, username: 'admin' }, expires_in: 3600 });
    const request = last();
    assert.equal(request.method, 'POST');
    assert.equal(request.url, '/login?redirect=dashboard');
    assert.match(request.headers.authorization ?? '', /^Bearer eyJ/);
    assert.equal(request.headers['content-type'], 'application/json');
    assert.equal(request.headers['content-length'], '40');
    assert.deepEqual(JSON.parse(request.body.toString()), { username: 'admin', password: '123456' });
  });

  test('login.ts turns an HTTP error status into an exception', async () => {
    loginStatus = 401;
    try {
      await assert.rejects(logIn(origin), /HTTP 401 Unauthorized/);
    } finally {
      loginStatus = 201;
    }
  });

  test('read-response.ts follows the redirect, reads every Set-Cookie and decodes the charset', async () => {
    const summary = await summarize(`${origin}/old`);
    assert.equal(summary.status_code, 200);
    assert.equal(summary.reason, 'OK');
    assert.equal(summary.redirected, true);
    assert.equal(summary.url, `${origin}/latin2`);
    assert.deepEqual(summary.cookies, ['sessionid=abc123xyz; HttpOnly', 'theme=dark']);
    assert.equal(summary.text, 'Bună');
    assert.ok(summary.elapsedMs >= 0);
  });

  test('upload-file.ts sends multipart/form-data with the file and the text field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'upload-'));
    try {
      const file = join(dir, 'img.png');
      writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      const response = await uploadImage(file, origin);
      assert.equal(response.status, 204);
      const request = last();
      assert.match(request.headers['content-type'] ?? '', /^multipart\/form-data; boundary=/);
      const body = request.body.toString('latin1');
      assert.match(body, /name="description"\r\n\r\nProfile picture/);
      assert.match(body, /name="file"; filename="img.png"\r\nContent-Type: image\/png\r\n\r\n\x89PNG/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('stream-download.ts reads the body in chunks and reports progress against Content-Length', async () => {
    const progress: [number, number | undefined][] = [];
    const body = await download(`${origin}/big`, (receivedBytes, total) => progress.push([receivedBytes, total]));
    assert.equal(body.byteLength, 30_000);
    assert.deepEqual([body[0], body[15_000], body[29_999]], [1, 2, 3]);
    assert.ok(progress.length >= 2, 'more than one chunk');
    assert.deepEqual(progress.at(-1), [30_000, 30_000]);
  });

  test('proxy-and-tls.ts tunnels the request through the proxy', async () => {
    const before = tunnels;
    await assert.doesNotReject(viaProxy(`${origin}/upload`, proxyUrl));
    assert.equal(tunnels, before + 1);
  });
});
