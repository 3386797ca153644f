/** UDP: no connection, whole datagrams, and losses nobody reports. */
import assert from 'node:assert/strict';
import { createSocket } from 'node:dgram';
import { test } from 'node:test';
import { sendNumberedDatagrams, startUdpEchoServer } from '../src/udp-echo.ts';
import { closedPort, eventually } from './helpers.ts';

const limits = { timeout: 15_000 };

test('every numbered datagram comes back from the echo server on loopback', limits, async () => {
  const server = await startUdpEchoServer({ host: '127.0.0.1', port: 0, dropEvery: 0 });
  try {
    const report = await sendNumberedDatagrams({ host: '127.0.0.1', port: server.address.port, count: 20, timeoutMs: 3000 });
    assert.deepEqual(report.missing, []);
    assert.equal(report.answered.length, 20);
  } finally {
    await server.close();
  }
});

test('lost datagrams simply do not come back: the client learns it only by waiting', limits, async () => {
  const logs: string[] = [];
  const server = await startUdpEchoServer({ host: '127.0.0.1', port: 0, dropEvery: 4 }, (line) => logs.push(line));
  try {
    const report = await sendNumberedDatagrams({ host: '127.0.0.1', port: server.address.port, count: 12, timeoutMs: 500 });
    assert.deepEqual(report.missing, [4, 8, 12]);
    assert.equal(logs.filter((l) => l.startsWith('Dropped')).length, 3);
  } finally {
    await server.close();
  }
});

test('with no server at all, sending still "succeeds": nothing comes back and nothing fails', limits, async () => {
  const report = await sendNumberedDatagrams({ host: '127.0.0.1', port: await closedPort(), count: 3, timeoutMs: 200 });
  assert.deepEqual(report.missing, [1, 2, 3]);
});

test('anyone can send a datagram: its control characters are logged escaped, one datagram one line', limits, async () => {
  const logs: string[] = [];
  const server = await startUdpEchoServer({ host: '127.0.0.1', port: 0, dropEvery: 0 }, (line) => logs.push(line));
  const sender = createSocket('udp4');
  try {
    sender.send('\x1b[2J\n[UDP SERVER] fake', server.address.port, '127.0.0.1');
    await eventually(() => logs.length > 0, 3000, 'the datagram to be logged');
    assert.match(logs[0] ?? '', /^Datagram 1 from 127\.0\.0\.1:\d+ \(len=22\): "\\x1b\[2J\\n\[UDP SERVER\] fake"$/);
  } finally {
    sender.close();
    await server.close();
  }
});
