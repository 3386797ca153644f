import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { locales } from '../../src/data/locale.ts';
import { socketCalls } from '../../src/data/socket-calls.ts';
import { socketErrors } from '../../src/data/socket-errors.ts';
import {
  type SegmentKind,
  type TcpSide,
  type TcpState,
  tcpTeardownText,
  teardownSegments,
  teardownStart,
  timeWait,
  timeWaitSide,
} from '../../src/data/tcp-teardown.ts';

/** The calls of the course notes (shutdown() comes from the notes' client code), with their anchors. */
const callsFromNotes = ['socket', 'bind', 'listen', 'accept', 'connect', 'send', 'sendall', 'sendto', 'recv', 'recvfrom', 'close', 'shutdown'];
/** Added because the corrections need it (TimeoutError, socket.timeout). */
const callsAdded = ['settimeout'];

describe('socket calls data', () => {
  test('every call of the notes is present and flagged, and nothing else is flagged', () => {
    const ids = socketCalls.map((c) => c.id);
    for (const id of [...callsFromNotes, ...callsAdded]) assert.ok(ids.includes(id), `missing ${id}`);
    assert.deepEqual(
      socketCalls.filter((c) => c.fromNotes).map((c) => c.id).sort(),
      [...callsFromNotes].sort(),
    );
    assert.equal(socketCalls.length, callsFromNotes.length + callsAdded.length);
  });

  test('anchors are unique, lowercase and derived from the Python name', () => {
    const ids = socketCalls.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate anchor');
    for (const call of socketCalls) {
      assert.match(call.id, /^[a-z][a-z0-9-]*$/);
      assert.ok(call.name.replace(/^socket\./, '').startsWith(call.id), `${call.id} does not match ${call.name}`);
    }
  });

  test('every text exists in both languages, non-empty and translated', () => {
    for (const call of socketCalls) {
      for (const text of [call.description, call.inNode, ...(call.correction ? [call.correction] : [])]) {
        for (const locale of locales) assert.ok(text[locale].trim().length > 0, `${call.id}: empty ${locale} text`);
        assert.notEqual(text.ro, text.en, `${call.id}: untranslated text`);
      }
    }
  });

  test('every call names its Python signature and at least one Node.js counterpart, with both references', () => {
    for (const call of socketCalls) {
      assert.ok(call.python.includes(call.name.replace(/\(\)$/, '')), call.id);
      assert.ok(call.node.length > 0, call.id);
      assert.match(call.pythonDocs, /^https:\/\/docs\.python\.org\/3\/library\/socket\.html#socket\.socket/);
      assert.match(call.nodeDocs, /^https:\/\/nodejs\.org\/api\/(net|dgram)\.html#/);
    }
  });

  test('the UDP calls map to node:dgram and the TCP-only ones to node:net', () => {
    for (const call of socketCalls) {
      if (call.transport === 'UDP') assert.match(call.nodeDocs, /dgram\.html/, call.id);
      if (call.transport === 'TCP') assert.match(call.nodeDocs, /net\.html/, call.id);
    }
  });
});

test('no brace inside inline code: on MDX pages, literal-brace raw Markdown would show it as {\'{\'}', () => {
  const texts = [
    ...socketCalls.flatMap((c) => [c.python, ...c.node, ...Object.values(c.description), ...Object.values(c.inNode), ...Object.values(c.correction ?? {})]),
    ...socketErrors.flatMap((e) => [...Object.values(e.description), ...Object.values(e.inNode), ...Object.values(e.correction ?? {})]),
  ];
  for (const text of texts) {
    for (const span of text.match(/`[^`]*`/g) ?? [text]) assert.doesNotMatch(span, /[{}]/, span);
  }
});

describe('closing the connection: TIME_WAIT is on the client side of the notes\' exchange', () => {
  const close = socketCalls.find((c) => c.id === 'close');

  test("the close() note puts TIME_WAIT on the client's side and keeps the notes' advice for a notebook kernel", () => {
    assert.ok(close?.correction);
    const clientWord = { ro: /\bclientul\b/, en: /\bthe client\b/ };
    for (const locale of locales) {
      const sentences = close.correction[locale].split(/(?<=\.) /);
      const timeWait = sentences.filter((s) => s.includes('TIME_WAIT') || s.includes('#teardown'));
      assert.ok(timeWait.some((s) => clientWord[locale].test(s)), `${locale}: no TIME_WAIT sentence names the client`);
      assert.match(close.correction[locale], /notebook/, `${locale}: the notes' setting (a notebook kernel) is not mentioned`);
    }
  });
});

/** The TCP state machine of RFC 9293 §3.3.2, for the transitions of a close: by segment sent or received, from a state. */
const onSend: Partial<Record<SegmentKind, Partial<Record<TcpState, TcpState>>>> = {
  FIN: { ESTABLISHED: 'FIN_WAIT_1', CLOSE_WAIT: 'LAST_ACK' },
};
const onReceive: Partial<Record<SegmentKind, Partial<Record<TcpState, TcpState>>>> = {
  FIN: { ESTABLISHED: 'CLOSE_WAIT', FIN_WAIT_2: 'TIME_WAIT' },
  ACK: { FIN_WAIT_1: 'FIN_WAIT_2', LAST_ACK: 'CLOSED' },
};

describe('TCP teardown diagram data', () => {
  test('every state the data names follows from the segments by the RFC 9293 state machine', () => {
    const state: Record<TcpSide, TcpState> = { client: teardownStart, server: teardownStart };
    for (const [index, segment] of teardownSegments.entries()) {
      const to: TcpSide = segment.from === 'client' ? 'server' : 'client';
      if (segment.kind === 'reply') {
        assert.ok(['ESTABLISHED', 'CLOSE_WAIT'].includes(state[segment.from]), `segment ${index}: data sent after the sender's FIN`);
      }
      const sent = onSend[segment.kind]?.[state[segment.from]];
      assert.equal(segment.senderEnters, sent, `segment ${index}: the sender's state`);
      if (sent) state[segment.from] = sent;
      const received = onReceive[segment.kind]?.[state[to]];
      assert.equal(segment.receiverEnters, received, `segment ${index}: the receiver's state`);
      if (received) state[to] = received;
    }
    assert.deepEqual(
      Object.values(state).sort(),
      ['CLOSED', 'TIME_WAIT'],
      'one side closed, the other waiting',
    );
  });

  test('the side that sends the first FIN is the one that enters TIME_WAIT: the client, after shutdown(SHUT_WR)', () => {
    const firstFin = teardownSegments.find((s) => s.kind === 'FIN');
    assert.equal(firstFin?.from, 'client');
    assert.equal(firstFin?.call, 'shutdown(SHUT_WR)');
    assert.equal(timeWaitSide(), firstFin.from);
    const serverStates = teardownSegments.flatMap((s) => [s.from === 'server' ? s.senderEnters : s.receiverEnters]).filter(Boolean);
    assert.deepEqual(serverStates, ['CLOSE_WAIT', 'LAST_ACK', 'CLOSED']);
    assert.equal(timeWait.linuxSeconds, 60);
    assert.equal(timeWait.rfcMslSeconds, 2 * 60);
  });

  test('its words exist in both languages, and the description names every state and the client as the side that waits', () => {
    const states = new Set(teardownSegments.flatMap((s) => [s.senderEnters, s.receiverEnters]).filter(Boolean));
    for (const locale of locales) {
      const text = tcpTeardownText[locale];
      for (const value of [text.title, text.description, text.server, text.client, text.reply, ...text.timeWait]) {
        assert.ok(value.trim().length > 0, `${locale}: empty text`);
      }
      for (const state of states) assert.ok(text.description.includes(state as string), `${locale}: ${state} not described`);
      const wait = text.description.split(/(?<=\.) /).find((s) => s.includes('2×MSL'));
      assert.ok(wait, `${locale}: no sentence gives the length of TIME_WAIT`);
      assert.ok(wait.toLowerCase().includes(text.client.toLowerCase()), `${locale}: the TIME_WAIT sentence does not name the client`);
      assert.ok(wait.includes(String(timeWait.linuxSeconds)), `${locale}: the Linux duration is missing`);
      assert.ok(text.timeWait.join(' ').includes(String(timeWait.linuxSeconds)), `${locale}: the diagram's label lacks the duration`);
      assert.doesNotMatch(text.description, /[`*[\]]/, `${locale}: Markdown in a plain-text description`);
    }
    assert.notEqual(tcpTeardownText.ro.title, tcpTeardownText.en.title);
    assert.notEqual(tcpTeardownText.ro.description, tcpTeardownText.en.description);
    assert.notEqual(tcpTeardownText.ro.reply, tcpTeardownText.en.reply);
  });
});
