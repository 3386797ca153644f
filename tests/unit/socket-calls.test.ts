import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { locales } from '../../src/data/locale.ts';
import { socketCalls } from '../../src/data/socket-calls.ts';
import { socketErrors } from '../../src/data/socket-errors.ts';

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
