import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { clientMessage, preview, serverReply } from '../src/messages.ts';
import {
  clientUsage,
  parseClientOptions,
  parseServerOptions,
  parseUdpClientOptions,
  serverUsage,
  udpClientUsage,
  udpServerUsage,
  UsageError,
} from '../src/options.ts';

test('by default, the address and messages of the notes', () => {
  const server = parseServerOptions([]);
  assert.ok(server !== 'help');
  assert.equal(server.host, '127.0.0.1');
  assert.equal(server.port, 65432);
  assert.equal(server.once, false);
  assert.equal(clientMessage().toString(), 'Hello from the client! '.repeat(1000));
  assert.equal(serverReply().toString(), 'Hello from the server! '.repeat(2000));
});

test('environment variables HOST and PORT, and flags that win over them', () => {
  assert.deepEqual(
    pick(parseClientOptions([], { HOST: '::1', PORT: '4000' })),
    { host: '::1', port: 4000 },
  );
  assert.deepEqual(
    pick(parseClientOptions(['--host', '127.0.0.1', '--port', '5000'], { HOST: '::1', PORT: '4000' })),
    { host: '127.0.0.1', port: 5000 },
  );
});

test('a server may ask for port 0 (any free port); a client may not', () => {
  assert.equal(pick(parseServerOptions(['--port', '0'])).port, 0);
  assert.throws(() => parseClientOptions(['--port', '0']), UsageError);
});

test('bad values are usage errors with a clear message', () => {
  assert.throws(() => parseServerOptions(['--port', 'http']), /--port must be a whole number, got "http"/);
  assert.throws(() => parseServerOptions(['--port', '65536']), /between 0 and 65535/);
  assert.throws(() => parseServerOptions([], { PORT: 'x' }), /PORT must be a whole number/);
  assert.throws(() => parseServerOptions(['--unknown']), UsageError);
  assert.throws(() => parseUdpClientOptions(['--count', '0']), /--count must be between 1/);
});

test('--once, --echo and --quiet are off unless given', () => {
  const plain = parseServerOptions([]);
  const all = parseServerOptions(['--once', '--echo', '--quiet']);
  assert.ok(plain !== 'help' && all !== 'help');
  assert.deepEqual([plain.once, plain.echo, plain.quiet], [false, false, false]);
  assert.deepEqual([all.once, all.echo, all.quiet], [true, true, true]);
});

test('the limits: their defaults, and flags that change them', () => {
  const server = parseServerOptions([]);
  const client = parseClientOptions([]);
  assert.ok(server !== 'help' && client !== 'help');
  assert.deepEqual(
    [server.maxInputBytes, server.maxConnections, server.maxBufferedBytes, client.maxReplyBytes],
    [16 * 1024 * 1024, 1000, 64 * 1024 * 1024, 16 * 1024 * 1024],
  );
  const set = parseServerOptions(['--max-connections', '5', '--max-buffered-bytes', '20000000']);
  assert.ok(set !== 'help');
  assert.deepEqual([set.maxConnections, set.maxBufferedBytes], [5, 20_000_000]);
  assert.equal(pickReply(parseClientOptions(['--max-reply-bytes', '0'])), 0, 'an empty reply only');
  assert.throws(() => parseServerOptions(['--max-connections', '0']), /--max-connections must be between 1/);
});

test('--max-buffered-bytes is never below --max-bytes; its default grows with it', () => {
  assert.throws(
    () => parseServerOptions(['--max-bytes', '1000', '--max-buffered-bytes', '999']),
    /--max-buffered-bytes must be at least --max-bytes \(1000\), got 999/,
  );
  assert.throws(() => parseServerOptions(['--max-buffered-bytes', '1000']), /must be at least --max-bytes \(16777216\)/);
  const big = parseServerOptions(['--max-bytes', String(100 * 1024 * 1024)]);
  assert.ok(big !== 'help');
  assert.equal(big.maxBufferedBytes, 100 * 1024 * 1024);
});

test('both halves of the README list every option of --help', async () => {
  const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
  const [romanian = '', english = ''] = readme.split(/^## English$/m);
  const usages = [serverUsage, clientUsage, udpServerUsage, udpClientUsage].join('\n');
  const options = new Set(Array.from(usages.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm), (m) => m[1] ?? ''));
  options.delete('--help'); // the README says `--help` lists them all
  assert.ok(options.size >= 15, `only ${options.size} options found in the usage texts`);
  for (const option of options) {
    const row = new RegExp(`^\\| \`${option}\` \\|`, 'm');
    assert.match(romanian, row, `the Romanian README lacks ${option}`);
    assert.match(english, row, `the English README lacks ${option}`);
  }
});

test('--help is recognised', () => {
  assert.equal(parseServerOptions(['--help']), 'help');
  assert.equal(parseClientOptions(['-h']), 'help');
});

test('preview: the first 200 characters and "..." like the notes', () => {
  assert.equal(preview(Buffer.from('short')), 'short');
  const long = preview(clientMessage());
  assert.equal(long.length, 203);
  assert.ok(long.endsWith('Hello from the c...'));
  assert.equal(preview(Buffer.from('ă'.repeat(200))), 'ă'.repeat(200), 'exactly 200 two-byte characters: no "..."');
  assert.equal(preview(Buffer.from('ă'.repeat(201))), `${'ă'.repeat(200)}...`);
  assert.equal(preview(Buffer.alloc(16 * 1024 * 1024, 'x')), `${'x'.repeat(200)}...`);
});

function pick<T extends { host: string; port: number }>(options: T | 'help'): { host: string; port: number } {
  assert.ok(options !== 'help');
  return { host: options.host, port: options.port };
}

function pickReply(options: ReturnType<typeof parseClientOptions>): number {
  assert.ok(options !== 'help');
  return options.maxReplyBytes;
}
