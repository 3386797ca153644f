/**
 * The real programs, spawned with the Node running the tests: what they
 * print and the exit codes they end with. Servers use port 0 only.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect, createServer } from 'node:net';
import { describe, test } from 'node:test';
import { EXIT_TOO_LONG, knownNetworkErrors } from '../src/errors.ts';
import { exchange } from '../src/exchange-client.ts';
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

  test('SIGTERM the moment "Listening on" is printed still stops gracefully, every time', limits, async () => {
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const server = runProgram('server.ts', ['--port', '0']);
      try {
        let printed = '';
        // Sent from the very callback that brings the line: no polling delay to hide a race.
        server.child.stdout?.on('data', (text: string) => {
          printed += text;
          if (/Listening on /.test(printed) && !server.child.killed) server.child.kill('SIGTERM');
        });
        assert.equal(await server.exited, 0, `attempt ${attempt} did not stop gracefully:\n${server.stdout()}${server.stderr()}`);
        assert.match(server.stdout(), /^\[SERVER\] SIGTERM: no new connections; waiting for 0 client\(s\)/m, `attempt ${attempt}`);
        assert.match(server.stdout(), /^\[SERVER\] Server stopped\.$/m, `attempt ${attempt}`);
      } finally {
        cleanup(server);
      }
    }
  });
});

describe('bytes from the peer cannot act on the terminal or forge a line', () => {
  test('the server prints a client\'s control characters escaped: no raw ESC, no forged log line', limits, async () => {
    const { server, port } = await startServerProgram([]);
    try {
      for (const text of ['\x1b[2J', 'hello\n[SERVER] fake', 'bell\x07\rover\u202eesrever']) {
        await exchange({ host: '127.0.0.1', port, message: Buffer.from(text), timeoutMs: 5000 });
      }
      await server.line(/esrever/);
      server.child.kill('SIGTERM');
      assert.equal(await server.exited, 0, server.stderr());
      const output = server.stdout() + server.stderr();
      assert.ok(!/[\x00-\x09\x0b-\x1f\x7f\u202e]/.test(output), `a raw control character was printed: ${JSON.stringify(output)}`);
      assert.match(server.stdout(), /^\[SERVER\] Message received from 127\.0\.0\.1:\d+ \(len=4\): \\x1b\[2J$/m);
      assert.match(server.stdout(), /^\[SERVER\] Message received from 127\.0\.0\.1:\d+ \(len=19\): hello\\n\[SERVER\] fake$/m);
      assert.match(server.stdout(), /\): bell\\x07\\rover\\u\{202e\}esrever$/m);
      assert.doesNotMatch(output, /^\[SERVER\] fake/m, 'a client forged a log line');
      assert.equal(server.stdout().match(/Message received/g)?.length, 3, 'one line per message');
    } finally {
      cleanup(server);
    }
  });

  test('the client prints a hostile server\'s reply escaped too', limits, async () => {
    const { server: hostile, port } = await listenRaw((socket) => {
      socket.resume();
      socket.on('end', () => socket.end('\x1b[2J\x1b]0;owned\x07\n[CLIENT] Connection closed.\n'));
    });
    const client = runProgram('client.ts', ['--port', String(port)]);
    try {
      assert.equal(await client.exited, 0, client.stderr());
      assert.ok(!/\x1b|\x07/.test(client.stdout()), `a raw control character was printed: ${JSON.stringify(client.stdout())}`);
      assert.match(client.stdout(), /^\[CLIENT\] Received reply \(len=43\): \\x1b\[2J\\x1b\]0;owned\\x07\\n\[CLIENT\] Connection closed\.\\n$/m);
      assert.equal(client.stdout().match(/^\[CLIENT\] Connection closed\.$/gm)?.length, 1, 'the server forged a line');
    } finally {
      hostile.close();
      cleanup(client);
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

  test('a reply over --max-reply-bytes: one line and its own exit code', limits, async () => {
    const { server, port } = await startServerProgram(['--once']);
    const client = runProgram('client.ts', ['--port', String(port), '--max-reply-bytes', '1000']);
    try {
      assert.equal(await client.exited, EXIT_TOO_LONG, client.stderr());
      assert.match(
        client.stderr(),
        /^\[CLIENT\] too much data while talking to 127\.0\.0\.1:\d+: the reply is longer than the 1000-byte limit \(--max-reply-bytes\); stopped reading and closed the connection$/m,
      );
      assert.doesNotMatch(client.stdout(), /Received reply/);
    } finally {
      cleanup(server, client);
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
