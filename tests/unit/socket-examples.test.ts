/**
 * The TypeScript shown next to the notes' Python on the sockets page runs and
 * reproduces the notes' exchange. The examples read PORT, so the test never
 * uses the notes' fixed port.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const example = (name: string) => fileURLToPath(new URL(`../../src/examples/sockets/${name}`, import.meta.url));

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function run(name: string, port: number) {
  const child = spawn(process.execPath, [example(name)], { env: { ...process.env, PORT: String(port) } });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, output: () => output, exited };
}

test('the example server and client exchange the notes\' messages, then both exit', { timeout: 20_000 }, async () => {
  const port = await freePort();
  const server = run('server.ts', port);
  try {
    const started = Date.now();
    while (!server.output().includes('Listening on')) {
      assert.ok(Date.now() - started < 10_000, `the server did not start: ${server.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const client = run('client.ts', port);
    assert.equal(await client.exited, 0);
    assert.equal(await server.exited, 0);
    assert.match(server.output(), new RegExp(`Listening on 127\\.0\\.0\\.1:${port}\\.\\.\\.`));
    assert.match(server.output(), /Message received \(len=23000\): Hello from the client! /);
    assert.match(server.output(), /\[SERVER\] Connection closed\./);
    assert.match(client.output(), /Received reply \(len=46000\): Hello from the server! .*\.\.\.\n/);
    assert.match(client.output(), /\[CLIENT\] Connection closed\./);
  } finally {
    server.child.kill();
  }
});
