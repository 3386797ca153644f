/**
 * The TypeScript shown next to the notes' Python on the sockets page runs and
 * reproduces the notes' exchange. The examples read PORT, so the test never
 * uses the notes' fixed port. The starter's README, which tells how to put
 * netcat on either side of the same exchange, gives a listener for the server.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
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

test("the starter's README shows netcat on both sides, with -l for the server, in both languages", () => {
  const readme = readFileSync(new URL('../../starters/socket-starter/README.md', import.meta.url), 'utf8');
  const [, ro = '', en = ''] = readme.split(/^## (?:Română|English)$/m);
  for (const [locale, section] of Object.entries({ ro, en })) {
    assert.match(section, /OpenBSD/, `${locale}: which netcat is not said`);
    assert.match(section, /`nc -N 127\.0\.0\.1 65432 < [^`]+`/, `${locale}: no netcat client`);
    assert.match(section, /`nc -l 127\.0\.0\.1 65432 < [^`]+`/, `${locale}: no netcat listener for the server side`);
  }
});
