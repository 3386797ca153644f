/** The exchange server and client as libraries, in-process, on 127.0.0.1 and port 0. */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { TooLongError } from '../src/errors.ts';
import { exchange } from '../src/exchange-client.ts';
import { clientMessage, serverReply } from '../src/messages.ts';
import { writeAll, WRITE_CHUNK_BYTES } from '../src/write-all.ts';
import { eventually, listenRaw, startTestServer, stopTestServer, type TestServer } from './helpers.ts';

const MiB = 1024 * 1024;
const limits = { timeout: 30_000 };

/** Connects a bare socket, for playing clients that misbehave. */
async function rawClient(port: number): Promise<Socket> {
  const socket = connect({ host: '127.0.0.1', port });
  await once(socket, 'connect');
  return socket;
}

/** Everything the peer sends until it closes. */
async function readToEnd(socket: Socket): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of socket) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('the notes\' exchange', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => stopTestServer(server));

  test('the server receives the notes\' 23 000-byte message and the client its 46 000-byte reply, byte for byte', limits, async () => {
    const reply = await exchange({ host: '127.0.0.1', port: server.port, message: clientMessage(), timeoutMs: 5000 });
    assert.equal(reply.length, 46_000);
    assert.ok(reply.equals(serverReply()));
    await eventually(() => server.logs.some((l) => l.includes('(len=23000): Hello from the client! Hello')), 5000, 'the log line');
  });

  test('a Python-style peer that sends nothing but half-closes still gets the reply', limits, async () => {
    const socket = await rawClient(server.port);
    socket.end();
    assert.ok((await readToEnd(socket)).equals(serverReply()));
  });
});

describe('large and many', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ echo: true })));
  after(() => stopTestServer(server));

  test('a 16 MiB payload (exactly the default limit) comes back byte for byte', limits, async () => {
    const payload = randomBytes(16 * MiB);
    const reply = await exchange({ host: '127.0.0.1', port: server.port, message: payload, timeoutMs: 20_000 });
    assert.equal(reply.length, payload.length);
    assert.ok(reply.equals(payload), 'echoed bytes differ');
  });

  test('200 concurrent clients each get their own message back', limits, async () => {
    const messages = Array.from({ length: 200 }, (_, i) => Buffer.from(`client ${i};`.repeat(200 + i)));
    const replies = await Promise.all(
      messages.map((message) => exchange({ host: '127.0.0.1', port: server.port, message, timeoutMs: 20_000 })),
    );
    replies.forEach((reply, i) => assert.ok(reply.equals(messages[i] ?? Buffer.alloc(0)), `client ${i} got another answer`));
    await eventually(() => server.activeConnections() === 0, 5000, 'every connection to close');
  });
});

describe('clients that misbehave', () => {
  test('a client reset mid-send costs only its own connection', limits, async () => {
    const server = await startTestServer();
    try {
      const quitter = await rawClient(server.port);
      quitter.on('error', () => {});
      quitter.write(Buffer.alloc(100_000, 'x'));
      const bystander = exchange({ host: '127.0.0.1', port: server.port, message: clientMessage(), timeoutMs: 5000 });
      quitter.resetAndDestroy();
      assert.ok((await bystander).equals(serverReply()));
      await eventually(() => server.activeConnections() === 0, 5000, 'the reset connection to be closed');
      assert.ok(server.logs.some((l) => l.includes('ECONNRESET')), 'the server logs the reset');
      const after = await exchange({ host: '127.0.0.1', port: server.port, message: clientMessage(), timeoutMs: 5000 });
      assert.ok(after.equals(serverReply()));
    } finally {
      await stopTestServer(server);
    }
  });

  test('a client that closes mid-send and never reads: the reply fails quietly, the server goes on', limits, async () => {
    const server = await startTestServer({ echo: true });
    try {
      const quitter = await rawClient(server.port);
      quitter.on('error', () => {});
      // A big echo, so the server is still writing when the client is gone.
      quitter.write(Buffer.alloc(4 * MiB, 'y'));
      quitter.end();
      quitter.destroy();
      await eventually(() => server.activeConnections() === 0, 10_000, 'the closed connection to be cleaned up');
      const message = Buffer.from('still here');
      assert.ok((await exchange({ host: '127.0.0.1', port: server.port, message, timeoutMs: 5000 })).equals(message));
    } finally {
      await stopTestServer(server);
    }
  });

  test('an idle client is told why and disconnected after the idle timeout', limits, async () => {
    const server = await startTestServer({ idleTimeoutMs: 200 });
    try {
      const started = performance.now();
      const idler = await rawClient(server.port);
      const answer = (await readToEnd(idler)).toString();
      const waited = performance.now() - started;
      assert.match(answer, /^ERROR: idle for more than 200 ms/);
      assert.ok(waited >= 150 && waited < 5000, `disconnected after ${waited} ms`);
      assert.ok(server.logs.some((l) => l.includes('Refusing') && l.includes('idle')));
    } finally {
      await stopTestServer(server);
    }
  });

  test('a message over the limit is refused with a message, and the next client is served', limits, async () => {
    const server = await startTestServer({ maxInputBytes: 1000 });
    try {
      const refusal = await exchange({ host: '127.0.0.1', port: server.port, message: Buffer.alloc(50_000, 'z'), timeoutMs: 5000 });
      assert.match(refusal.toString(), /^ERROR: message longer than the 1000-byte limit/);
      const small = await exchange({ host: '127.0.0.1', port: server.port, message: Buffer.from('short'), timeoutMs: 5000 });
      assert.ok(small.equals(serverReply()));
    } finally {
      await stopTestServer(server);
    }
  });
});

describe('limits for all clients together', () => {
  test('past --max-connections, a new client is told so and closed; those connected are still served', limits, async () => {
    const server = await startTestServer({ maxConnections: 3 });
    const connected: Socket[] = [];
    try {
      for (let i = 0; i < 3; i += 1) connected.push(await rawClient(server.port));
      // 'connect' means the kernel completed the handshake; wait until the server has accepted them too.
      await eventually(() => server.activeConnections() === 3, 5000, 'three accepted connections');

      for (let extra = 0; extra < 2; extra += 1) {
        const turnedAway = await rawClient(server.port);
        assert.equal((await readToEnd(turnedAway)).toString(), 'ERROR: too many clients connected; try again later\n');
      }
      assert.equal(server.logs.filter((l) => /^Turning 127\.0\.0\.1:\d+ away: too many clients connected$/.test(l)).length, 2);
      const reached = server.logs.filter((l) => l.startsWith('Connection limit reached: 3 clients connected (--max-connections)'));
      assert.equal(reached.length, 1, 'one warning for the limit, not one per refused client');

      connected.forEach((socket, i) => socket.end(`client ${i}`));
      for (const reply of await Promise.all(connected.map(readToEnd))) assert.ok(reply.equals(serverReply()));
      // Logged when the server side closes, a moment after the clients read the end of their reply.
      await eventually(() => server.logs.includes('Below the connection limit again; 2 client(s) refused meanwhile.'), 5000, 'the limit to clear');

      // The slots are free again.
      const after = await exchange({ host: '127.0.0.1', port: server.port, message: clientMessage(), timeoutMs: 5000 });
      assert.ok(after.equals(serverReply()));
    } finally {
      for (const socket of connected) socket.destroy();
      await stopTestServer(server);
    }
  });

  test('past --max-buffered-bytes, the client whose data does not fit is refused; the others are served', limits, async () => {
    const server = await startTestServer({ echo: true, maxInputBytes: 100_000, maxBufferedBytes: 250_000 });
    const holders: Socket[] = [];
    try {
      // Two clients each hold 100 000 bytes, within their own limit, and do not finish yet.
      const messages = [Buffer.alloc(100_000, 'a'), Buffer.alloc(100_000, 'b')];
      for (const message of messages) {
        const holder = await rawClient(server.port);
        holder.write(message);
        holders.push(holder);
      }
      await eventually(() => server.bufferedInputBytes() === 200_000, 5000, 'the server to hold 200 000 bytes');

      // A third one, also within its own limit, would take the total to 260 000.
      const third = await rawClient(server.port);
      third.write(Buffer.alloc(60_000, 'c'));
      assert.equal((await readToEnd(third)).toString(), 'ERROR: the server holds too much data from its clients right now; try again later\n');
      assert.equal(server.bufferedInputBytes(), 200_000, 'what the refused client had sent is given back');
      assert.ok(server.logs.some((l) => /^Refusing 127\.0\.0\.1:\d+: the server holds too much data/.test(l)));
      assert.ok(server.logs.some((l) => l.startsWith('Input buffer limit reached: the data held for all clients would go over 250000 bytes (--max-buffered-bytes)')));

      holders.forEach((holder) => holder.end());
      const replies = await Promise.all(holders.map(readToEnd));
      replies.forEach((reply, i) => assert.ok(reply.equals(messages[i] ?? Buffer.alloc(0)), `holder ${i} got another answer`));
      await eventually(() => server.bufferedInputBytes() === 0, 5000, 'every byte to be given back');
      assert.ok(server.logs.includes('Input buffer has room for a message of the largest size again; 1 client(s) refused meanwhile.'));

      const message = Buffer.alloc(100_000, 'd');
      assert.ok((await exchange({ host: '127.0.0.1', port: server.port, message, timeoutMs: 5000 })).equals(message));
    } finally {
      for (const holder of holders) holder.destroy();
      await stopTestServer(server);
    }
  });
});

describe('a server that misbehaves', () => {
  test('a reply longer than maxReplyBytes fails with TooLongError, even from a server that never stops', limits, async () => {
    let sentByServer = 0;
    const { server: endless, port } = await listenRaw((socket) => {
      socket.on('error', () => {});
      socket.resume();
      const chunk = Buffer.alloc(64 * 1024, 'f');
      const pump = () => {
        while (!socket.destroyed && socket.write(chunk)) sentByServer += chunk.length;
      };
      socket.on('drain', pump);
      pump();
    });
    try {
      await assert.rejects(
        exchange({ host: '127.0.0.1', port, message: Buffer.from('hi'), timeoutMs: 5000, maxReplyBytes: 1 * MiB }),
        (error: unknown) => {
          assert.ok(error instanceof TooLongError);
          assert.match(error.message, /^the reply is longer than the 1048576-byte limit \(--max-reply-bytes\)/);
          return true;
        },
      );
      assert.ok(sentByServer < 64 * MiB, 'the client stopped reading soon after the limit');
    } finally {
      endless.close();
    }
  });

  test('a reply of exactly maxReplyBytes is accepted', limits, async () => {
    const server = await startTestServer({ echo: true });
    try {
      const message = Buffer.alloc(50_000, 'e');
      const reply = await exchange({ host: '127.0.0.1', port: server.port, message, timeoutMs: 5000, maxReplyBytes: 50_000 });
      assert.ok(reply.equals(message));
      await assert.rejects(
        exchange({ host: '127.0.0.1', port: server.port, message, timeoutMs: 5000, maxReplyBytes: 49_999 }),
        TooLongError,
      );
    } finally {
      await stopTestServer(server);
    }
  });
});

describe('backpressure', () => {
  test('writeAll keeps at most one chunk above the high-water mark and waits while the reader does not read', limits, async () => {
    let receiver: Socket | undefined;
    let received = 0;
    const { server, port } = await listenRaw((socket) => {
      receiver = socket;
      socket.pause(); // a reader that does not read (yet)
      socket.on('data', (chunk: Buffer) => (received += chunk.length));
    });
    const sender = await rawClient(port);
    try {
      let highest = 0;
      const write = sender.write.bind(sender);
      sender.write = ((...args: Parameters<Socket['write']>) => {
        const accepted = write(...args);
        highest = Math.max(highest, sender.writableLength);
        return accepted;
      }) as Socket['write'];

      const payload = Buffer.alloc(48 * MiB, 'b');
      let settled = false;
      const writing = writeAll(sender, payload).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(settled, false, 'writeAll finished although nobody read the data');
      assert.ok(highest <= sender.writableHighWaterMark + WRITE_CHUNK_BYTES, `buffered ${highest} bytes in user memory`);

      receiver?.resume();
      await writing;
      sender.end();
      await eventually(() => received === payload.length, 10_000, 'the reader to get everything');
    } finally {
      sender.destroy();
      receiver?.destroy();
      server.close();
    }
  });
});
