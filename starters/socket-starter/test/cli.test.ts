/**
 * The real programs, spawned with the Node running the tests: what they
 * print and the exit codes they end with. Servers use port 0 only.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect, createServer } from 'node:net';
import { describe, test } from 'node:test';
import { knownNetworkErrors } from '../src/errors.ts';
import { cleanup, closedPort, listenRaw, runProgram } from './helpers.ts';

const limits = { timeout: 30_000 };
const exitCodeOf = (code: string) => knownNetworkErrors.find((e) => e.code === code)?.exitCode;

/** Starts `src/server.ts` and reads the port it printed. */
async function startServerProgram(args: string[]) {
  const server = runProgram('server.ts', ['--port', '0', ...args]);
  const [, port] = await server.line(/Listening on .*:(\d+)\.\.\./);
  return { server, port: Number(port) };
}

async function hasIPv6Loopback(): Promise<boolean> {
  const probe = createServer();
  try {
    probe.listen(0, '::1');
    await once(probe, 'listening');
    return true;
  } catch {
    return false;
  } finally {
    probe.close();
  }
}

describe('server.ts and client.ts', () => {
  test('--once: one exchange exactly like the notes, then both exit 0', limits, async () => {
    const { server, port } = await startServerProgram(['--once']);
    const client = runProgram('client.ts', ['--port', String(port)]);
    try {
      assert.equal(await client.exited, 0, client.stderr());
      assert.equal(await server.exited, 0, server.stderr());
      assert.match(client.stdout(), /^\[CLIENT\] Connected to server 127\.0\.0\.1:\d+\.$/m);
      assert.match(client.stdout(), /^\[CLIENT\] Received reply \(len=46000\): (Hello from the server! ){8}Hello from the s\.\.\.$/m);
      assert.match(client.stdout(), /^\[CLIENT\] Connection closed\.$/m);
      assert.match(server.stdout(), /^\[SERVER\] Listening on 127\.0\.0\.1:\d+\.\.\.$/m);
      assert.match(server.stdout(), /^\[SERVER\] Message received from 127\.0\.0\.1:\d+ \(len=23000\): Hello from the client! /m);
      assert.match(server.stdout(), /^\[SERVER\] Server closed\.$/m);
    } finally {
      cleanup(server, client);
    }
  });

  test('HOST and PORT from the environment', limits, async () => {
    const { server, port } = await startServerProgram(['--once']);
    const client = runProgram('client.ts', [], { HOST: '127.0.0.1', PORT: String(port) });
    try {
      assert.equal(await client.exited, 0, client.stderr());
      assert.equal(await server.exited, 0);
    } finally {
      cleanup(server, client);
    }
  });

  test('the IPv6 loopback ::1 works both ways', limits, async (t) => {
    if (!(await hasIPv6Loopback())) {
      t.skip('this machine has no IPv6 loopback address (::1)');
      return;
    }
    const { server, port } = await startServerProgram(['--host', '::1', '--once']);
    const client = runProgram('client.ts', ['--host', '::1', '--port', String(port)]);
    try {
      assert.equal(await client.exited, 0, client.stderr());
      assert.match(server.stdout(), /Listening on \[::1\]:\d+\.\.\./);
      assert.match(server.stdout(), /Message received from \[::1\]:\d+ \(len=23000\)/);
      assert.match(client.stdout(), /Received reply \(len=46000\)/);
    } finally {
      cleanup(server, client);
    }
  });

  test('SIGTERM: no new clients, the client in flight gets its full reply, exit 0', limits, async () => {
    const { server, port } = await startServerProgram([]);
    const inFlight = connect({ host: '127.0.0.1', port });
    try {
      await once(inFlight, 'connect');
      const message = Buffer.from('Hello from the client! '.repeat(1000));
      inFlight.write(message.subarray(0, 10_000));
      await server.line(/Connected to 127\.0\.0\.1/);

      server.child.kill('SIGTERM');
      await server.line(/SIGTERM: no new connections; waiting for 1 client\(s\)/);
      const late = connect({ host: '127.0.0.1', port });
      const [lateError] = (await once(late, 'error')) as [NodeJS.ErrnoException];
      assert.equal(lateError.code, 'ECONNREFUSED', 'a new client is refused once shutdown began');

      inFlight.end(message.subarray(10_000));
      const chunks: Buffer[] = [];
      for await (const chunk of inFlight) chunks.push(chunk as Buffer);
      assert.equal(Buffer.concat(chunks).toString(), 'Hello from the server! '.repeat(2000));
      assert.equal(await server.exited, 0, server.stderr());
      assert.match(server.stdout(), /\(len=23000\)/);
      assert.match(server.stdout(), /Server stopped\./);
    } finally {
      inFlight.destroy();
      cleanup(server);
    }
  });
});

describe('errors a learner meets: one line, one exit code', () => {
  test('port already in use: EADDRINUSE', limits, async () => {
    const { server: holder, port } = await listenRaw(() => {});
    const server = runProgram('server.ts', ['--port', String(port)]);
    try {
      assert.equal(await server.exited, exitCodeOf('EADDRINUSE'));
      assert.match(server.stderr(), /^\[SERVER\] EADDRINUSE while listening on 127\.0\.0\.1:\d+: another program already listens/m);
    } finally {
      holder.close();
      cleanup(server);
    }
  });

  test('nobody listening: ECONNREFUSED', limits, async () => {
    const client = runProgram('client.ts', ['--port', String(await closedPort())]);
    try {
      assert.equal(await client.exited, exitCodeOf('ECONNREFUSED'));
      assert.match(client.stderr(), /^\[CLIENT\] ECONNREFUSED while connecting to 127\.0\.0\.1:\d+: nothing listens/m);
    } finally {
      cleanup(client);
    }
  });

  test('a server that never answers: ETIMEDOUT after --timeout', limits, async () => {
    const { server: silent, port } = await listenRaw((socket) => socket.resume());
    const client = runProgram('client.ts', ['--port', String(port), '--timeout', '300']);
    try {
      assert.equal(await client.exited, exitCodeOf('ETIMEDOUT'));
      assert.match(client.stderr(), /^\[CLIENT\] ETIMEDOUT while talking to 127\.0\.0\.1:\d+: no answer in time/m);
    } finally {
      silent.close();
      cleanup(client);
    }
  });

  test('a server that resets the connection: ECONNRESET', limits, async () => {
    const { server: rude, port } = await listenRaw((socket) => {
      socket.once('data', () => socket.resetAndDestroy());
    });
    const client = runProgram('client.ts', ['--port', String(port)]);
    try {
      assert.equal(await client.exited, exitCodeOf('ECONNRESET'), client.stderr());
      assert.match(client.stderr(), /^\[CLIENT\] ECONNRESET while talking to 127\.0\.0\.1:\d+: the peer reset the connection/m);
    } finally {
      rude.close();
      cleanup(client);
    }
  });

  test('a bad option: exit code 2 and the usage', limits, async () => {
    const client = runProgram('client.ts', ['--port', '70000']);
    try {
      assert.equal(await client.exited, 2);
      assert.match(client.stderr(), /--port must be between 1 and 65535, got 70000/);
      assert.match(client.stderr(), /Usage: node src\/client\.ts/);
    } finally {
      cleanup(client);
    }
  });
});
