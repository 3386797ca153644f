import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { locales } from '../../src/data/locale.ts';
import { socketErrors } from '../../src/data/socket-errors.ts';
import { knownNetworkErrors } from '../../starters/socket-starter/src/errors.ts';

/** The seven errors of the course notes, by heading, with the anchor each must keep. */
const errorsFromNotes: Record<string, string> = {
  'socket.error': 'socket-error',
  'socket.gaierror': 'gaierror',
  'socket.herror': 'herror',
  ConnectionRefusedError: 'econnrefused',
  TimeoutError: 'etimedout',
  BrokenPipeError: 'epipe',
  'Address already in use': 'eaddrinuse',
};
/** The Node.js codes the page must explain. */
const requiredNodeCodes = ['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EADDRINUSE', 'ECONNRESET'];

describe('socket errors data', () => {
  test('the seven errors of the notes are present with their anchors', () => {
    for (const [name, id] of Object.entries(errorsFromNotes)) {
      const entry = socketErrors.find((e) => e.name === name);
      assert.ok(entry, `missing ${name}`);
      assert.equal(entry.id, id);
      assert.equal(entry.fromNotes, true);
    }
    assert.equal(socketErrors.filter((e) => e.fromNotes).length, 7);
  });

  test('anchors are unique, lowercase kebab-case', () => {
    const ids = socketErrors.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate anchor');
    for (const id of ids) assert.match(id, /^[a-z][a-z0-9-]*$/);
  });

  test('an entry named after its errno takes that errno as its anchor', () => {
    for (const error of socketErrors) if (error.errno) assert.equal(error.id, error.errno.toLowerCase());
  });

  test('every required Node.js code is explained by some entry', () => {
    const codes = new Set(socketErrors.flatMap((e) => e.nodeCodes));
    for (const code of requiredNodeCodes) assert.ok(codes.has(code), `no entry maps to ${code}`);
  });

  test('the page and the starter agree: every code of one is in the other', () => {
    const starterCodes = new Set(knownNetworkErrors.map((e) => e.code));
    const pageCodes = new Set(socketErrors.flatMap((e) => e.nodeCodes));
    for (const code of pageCodes) assert.ok(starterCodes.has(code), `${code} is not in the starter's table`);
    for (const code of starterCodes) assert.ok(pageCodes.has(code), `the page does not explain ${code}`);
  });

  test('every text exists in both languages, non-empty and translated', () => {
    for (const error of socketErrors) {
      for (const text of [error.description, error.inNode, ...(error.correction ? [error.correction] : [])]) {
        for (const locale of locales) assert.ok(text[locale].trim().length > 0, `${error.id}: empty ${locale} text`);
        assert.notEqual(text.ro, text.en, `${error.id}: untranslated text`);
      }
    }
  });
});

describe('Address already in use after a restart', () => {
  const entry = socketErrors.find((e) => e.id === 'eaddrinuse');
  const sentences = (text: string) => text.split(/(?<=\.) /);
  const clientWord = { ro: /\bclientului\b|\bclientul\b/, en: /\bthe client('s)?\b/ };

  test("in the notes' exchange, TIME_WAIT is named as the client's, in the description and in the note on the notes", () => {
    assert.ok(entry?.correction);
    for (const locale of locales) {
      for (const text of [entry.description[locale], entry.correction[locale]]) {
        const timeWait = sentences(text).filter((s) => s.includes('TIME_WAIT') && /notițe|notes/.test(s));
        assert.ok(timeWait.length > 0, `${locale}: no sentence places TIME_WAIT in the notes' exchange: ${text}`);
        for (const s of timeWait) assert.match(s, clientWord[locale], `${locale}: ${s}`);
      }
    }
  });

  test('SO_REUSEADDR is said not to help while another socket listens, and the Python helpers that set it are named', () => {
    assert.ok(entry?.correction);
    for (const locale of locales) {
      const reuse = sentences(entry.description[locale]).find((s) => s.startsWith('`SO_REUSEADDR`'));
      assert.ok(reuse, `${locale}: no sentence on what SO_REUSEADDR changes`);
      assert.match(reuse, /TIME_WAIT/);
      assert.match(reuse, /ascultă|listens/);
      assert.match(entry.correction[locale], /socket\.create_server\(\)/);
      assert.match(entry.correction[locale], /allow_reuse_address = True/);
    }
  });
});
