/**
 * The code examples of the request and response pages (src/examples/request-response/)
 * really work: each one runs against a server on 127.0.0.1 that records what arrived
 * (over HTTPS for the TLS examples, with the test certificates of tests/fixtures/tls/),
 * and the login example also against the demo API the sandboxes use.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { fetch as undiciFetch } from 'undici';
import type { NetworkEntry } from '../../src/components/sandbox/runner/protocol.ts';
import { headers as headerData } from '../../src/data/headers.ts';
import { createSandboxFetch } from '../../src/demo-api/fetch.ts';
import { createDemoApi } from '../../src/demo-api/index.ts';
import { tokenFor } from '../../src/demo-api/users.ts';
import { localizeComments } from '../../src/examples/localize.ts';
import { getUser, logIn, logInAndLoadProfile } from '../../src/examples/request-response/login.ts';
import { trustingAlso, trustingOnly, viaProxy, withoutVerification } from '../../src/examples/request-response/proxy-and-tls.ts';
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
const issuedToken = 'eyJhbGciOiJIUzI1NiJ9.test.token';
const session = { user: { id: 1, username: 'admin', role: 'administrator' }, token: issuedToken, expires_in: 3600 };
const routes: Record<string, (res: ServerResponse, req: IncomingMessage) => void> = {
  'POST /login?redirect=dashboard': (res) => {
    res.writeHead(loginStatus, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(session));
  },
  'GET /users/1': (res, req) => {
    const ok = req.headers.authorization === `Bearer ${issuedToken}`;
    res.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(ok ? session.user : { error: 'token required' }));
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
    if (route) route(res, req);
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
  test('login.ts sends the notes\' request without any token: method, query, JSON body', async () => {
    assert.deepEqual(await logIn(origin), session);
    const request = last();
    assert.equal(request.method, 'POST');
    assert.equal(request.url, '/login?redirect=dashboard');
    assert.equal(request.headers.authorization, undefined, 'the login obtains the token, it does not send one');
    assert.equal(request.headers['content-type'], 'application/json');
    assert.equal(request.headers['content-length'], '40');
    assert.deepEqual(JSON.parse(request.body.toString()), { username: 'admin', password: '123456' });
  });

  test('login.ts sends the token it received in the request that follows', async () => {
    assert.deepEqual(await getUser(await logIn(origin), origin), session.user);
    const [login, follow] = received.slice(-2);
    assert.equal(login?.headers.authorization, undefined);
    assert.equal(follow?.method, 'GET');
    assert.equal(follow?.url, '/users/1');
    assert.equal(follow?.headers.authorization, `Bearer ${issuedToken}`);
  });

  test('login.ts works against the demo API: no token to /login, then the issued token', async () => {
    const log: NetworkEntry[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = createSandboxFetch({
      api: createDemoApi(),
      networkFetch: () => Promise.reject(new TypeError('offline test')),
      onRequest: (entry) => log.push(entry),
    });
    try {
      const user = (await logInAndLoadProfile('https://api.example.com')) as { username: string };
      assert.equal(user.username, 'admin');
    } finally {
      globalThis.fetch = realFetch;
    }
    const authorization = (entry: NetworkEntry | undefined) =>
      new Headers(entry?.requestHeaders).get('authorization');
    assert.deepEqual(
      log.map((e) => [e.method, new URL(e.url).pathname, e.status]),
      [['POST', '/login', 201], ['GET', '/users/1', 200]],
    );
    assert.equal(authorization(log[0]), null);
    assert.equal(authorization(log[1]), `Bearer ${tokenFor({ id: 1, username: 'admin', role: 'administrator' })}`);
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

const tls = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/tls/${name}`, import.meta.url)), 'utf8');
const exampleFile = (name: string) => readFileSync(fileURLToPath(new URL(`../../src/examples/${name.includes('/') ? name : `request-response/${name}`}`, import.meta.url)), 'utf8');
const page = (prefix: string, slug: string) => readFileSync(fileURLToPath(new URL(`../../src/content/docs/${prefix}${slug}.mdx`, import.meta.url)), 'utf8');

describe('proxy-and-tls.ts against a local HTTPS server with a private authority', () => {
  const caPath = fileURLToPath(new URL('../fixtures/tls/ca.pem', import.meta.url));
  const otherCaPath = fileURLToPath(new URL('../fixtures/tls/other-ca.pem', import.meta.url));
  const seen: IncomingMessage['headers'][] = [];
  const secure = createHttpsServer({ key: tls('server.key'), cert: tls('server.pem') }, (req, res) => {
    seen.push(req.headers);
    res.end('ok');
  });
  let secureOrigin = '';

  before(async () => {
    await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
    secureOrigin = `https://localhost:${(secure.address() as AddressInfo).port}`;
  });
  after(() => {
    secure.closeAllConnections();
    secure.close();
  });

  const status = async (dispatcher: Awaited<ReturnType<typeof trustingOnly>>) => {
    try {
      return (await undiciFetch(`${secureOrigin}/`, { dispatcher })).status;
    } finally {
      await dispatcher.close();
    }
  };

  test('trustingOnly(ca) trusts the server its authority signed, and nothing else', async () => {
    assert.equal(await status(await trustingOnly(caPath)), 200);
    await assert.rejects(status(await trustingOnly(otherCaPath)), (error: Error) => {
      assert.match(String((error.cause as { code?: string } | undefined)?.code), /UNABLE_TO_VERIFY|SELF_SIGNED|CERT/);
      return true;
    });
  });

  test('trustingAlso(ca) trusts the private authority too', async () => {
    assert.equal(await status(await trustingAlso(caPath)), 200);
  });

  test('withoutVerification() connects to a server no trusted authority signed', async () => {
    assert.equal(await status(withoutVerification()), 200);
  });

  test('an Agent\'s ca replaces even the roots NODE_EXTRA_CA_CERTS adds, which plain fetch trusts', async () => {
    // A child process, since NODE_EXTRA_CA_CERTS is read only when Node.js starts.
    const script = `
      import { Agent, fetch } from 'undici';
      const url = ${JSON.stringify(`${secureOrigin}/`)};
      const plain = await globalThis.fetch(url).then((r) => r.status, (e) => e.cause?.code ?? e.message);
      const dispatcher = new Agent({ connect: { ca: ${JSON.stringify(tls('other-ca.pem'))} } });
      const withCa = await fetch(url, { dispatcher }).then((r) => r.status, (e) => e.cause?.code ?? e.message);
      await dispatcher.close();
      console.log(JSON.stringify({ plain, withCa }));
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: caPath },
      cwd: fileURLToPath(new URL('../../', import.meta.url)),
    });
    const { plain, withCa } = JSON.parse(stdout) as { plain: unknown; withCa: unknown };
    assert.equal(plain, 200, 'NODE_EXTRA_CA_CERTS adds the authority to the built-in roots');
    assert.notEqual(withCa, 200, 'an Agent with its own ca no longer trusts what NODE_EXTRA_CA_CERTS added');
  });

  test('Node.js\'s fetch offers br, gzip, deflate over https and gzip, deflate over http, as the pages say', async () => {
    // The built-in fetch, through an Agent that trusts the test authority.
    const dispatcher = await trustingOnly(caPath);
    try {
      await fetch(`${secureOrigin}/`, { dispatcher } as RequestInit);
    } finally {
      await dispatcher.close();
    }
    const overHttps = seen.at(-1)?.['accept-encoding'];
    await fetch(`${origin}/upload`, { method: 'POST' });
    const overHttp = last().headers['accept-encoding'];
    assert.equal(overHttps, 'br, gzip, deflate');
    assert.equal(overHttp, 'gzip, deflate');

    const acceptEncoding = headerData.find((h) => h.name === 'Accept-Encoding');
    for (const text of [acceptEncoding?.description.ro, acceptEncoding?.description.en]) {
      assert.ok(text?.includes(`\`${overHttps}\``) && text.includes(`\`${overHttp}\``), 'Accept-Encoding entry');
    }
    for (const prefix of ['', 'en/']) {
      const wire = /```text wrap\nPOST \/login\?redirect=dashboard HTTP\/1\.1\n([\s\S]*?)\n\n/.exec(page(prefix, 'request'))?.[1] ?? '';
      assert.match(wire, new RegExp(`^Accept-Encoding: ${overHttps}$`, 'm'), `${prefix || 'ro/'}request: the message on the wire`);
    }
  });
});

describe('the login on the request page, in both languages', () => {
  for (const prefix of ['', 'en/']) {
    const source = page(prefix, 'request');

    test(`${prefix || 'ro/'}: the message on the wire for POST /login carries no Authorization; the next request does`, () => {
      const messages = [...source.matchAll(/```text wrap\n([A-Z]+ \S+ HTTP\/1\.1\n[\s\S]*?)```/g)].map((m) => m[1] ?? '');
      const login = messages.find((m) => m.startsWith('POST /login'));
      const next = messages.find((m) => m.startsWith('GET /users/1'));
      assert.ok(login && next, 'both messages are shown');
      assert.doesNotMatch(login, /^Authorization:/m);
      assert.match(next, /^Authorization: Bearer /m);
    });

    test(`${prefix || 'ro/'}: the Python tab logs in without a token and sends it in a later request`, () => {
      // The code without its comments, which may name the header they explain.
      const python = (/```python wrap\n([\s\S]*?)```/.exec(source)?.[1] ?? '').replace(/^\s*#.*$/gm, '');
      const calls = python.split(/(?=requests\.(?:post|get)\()/).filter((part) => part.startsWith('requests.'));
      const login = calls.find((call) => call.includes('/login'));
      const later = calls.find((call) => !call.includes('/login'));
      assert.ok(login && later, 'a login call and a later call');
      assert.doesNotMatch(login, /Authorization|auth=/);
      assert.match(later, /"Authorization": f"Bearer \{session\['token'\]\}"/);
    });
  }

  test('login.ts sends Authorization only from the function that runs after the login', () => {
    const source = exampleFile('login.ts');
    const code = source.replace(/^\s*\/\/.*$/gm, '');
    const logInBody = /export async function logIn\([\s\S]*?\n}\n/.exec(code)?.[0] ?? '';
    assert.ok(logInBody, 'logIn is found');
    assert.doesNotMatch(logInBody, /Authorization/);
    assert.match(code, /Authorization: `Bearer \$\{session\.token\}`/);
  });
});

describe('the request-response examples are written in both languages', () => {
  test('no comment is left in one language only, and translated strings have their Romanian variant', () => {
    for (const name of ['login.ts', 'proxy-and-tls.ts', 'read-response.ts', 'stream-download.ts', 'upload-file.ts', 'crud/users-client.ts']) {
      const source = exampleFile(name);
      const untagged = source
        .split('\n')
        .filter((line) => /\/\/ /.test(line) && !/^\s*\/\/ (ro|en): /.test(line) && !/\/\/ @(ro|en)$/.test(line));
      assert.deepEqual(untagged, [], `${name}: comments without a language tag`);
    }
    const upload = localizeComments(exampleFile('upload-file.ts'), 'ro');
    assert.match(upload, /'Fotografie de profil'/);
    assert.doesNotMatch(upload, /Profile picture/);
  });
});
