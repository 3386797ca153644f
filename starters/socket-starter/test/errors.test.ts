import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { EXIT_OK, EXIT_TOO_LONG, EXIT_UNEXPECTED, EXIT_USAGE, explainError, knownNetworkErrors, TooLongError } from '../src/errors.ts';

/** The errors a learner meets first; dropping one from the table must fail here. */
const required = ['EADDRINUSE', 'ECONNREFUSED', 'ETIMEDOUT', 'ENOTFOUND', 'ECONNRESET', 'EPIPE'];

test('the table explains every error a learner meets first', () => {
  const codes = knownNetworkErrors.map((e) => e.code);
  for (const code of required) assert.ok(codes.includes(code), `${code} is missing`);
  assert.equal(new Set(codes).size, codes.length, 'a code is listed twice');
});

test('each error has its own exit code, apart from success, crashes, usage errors and limits', () => {
  const exitCodes = knownNetworkErrors.map((e) => e.exitCode);
  assert.equal(new Set(exitCodes).size, exitCodes.length, 'two errors share an exit code');
  for (const code of exitCodes) {
    assert.ok(![EXIT_OK, EXIT_UNEXPECTED, EXIT_USAGE, EXIT_TOO_LONG].includes(code) && code < 126, `exit code ${code} is reserved`);
  }
});

test('each error has a one-line hint and the matching Python exception', () => {
  for (const entry of knownNetworkErrors) {
    assert.ok(entry.hint.length > 20 && !entry.hint.includes('\n'), entry.code);
    assert.ok(entry.python.trim(), entry.code);
  }
});

test('explainError: a known code gets its hint and exit code, anything else exit code 1', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:65432'), { code: 'ECONNREFUSED' });
  assert.deepEqual(explainError(refused, 'connecting to 127.0.0.1:65432'), {
    code: 'ECONNREFUSED',
    exitCode: 20,
    message: 'ECONNREFUSED while connecting to 127.0.0.1:65432: nothing listens on this address and port: start the server first, then check --host and --port',
  });
  const tooLong = explainError(new TooLongError('the reply is longer than the limit'), 'talking to a server');
  assert.deepEqual(tooLong, { code: 'TOO_LONG', exitCode: EXIT_TOO_LONG, message: 'too much data while talking to a server: the reply is longer than the limit' });
  const odd = explainError(new Error('something else'), 'testing');
  assert.equal(odd.exitCode, EXIT_UNEXPECTED);
  assert.equal(odd.message, 'unexpected error while testing: something else');
});

test('both halves of the README list every error with its exit code', async () => {
  const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
  const [romanian = '', english = ''] = readme.split(/^## English$/m);
  for (const { code, exitCode } of knownNetworkErrors) {
    const row = new RegExp(`^\\| \`${code}\` \\| ${exitCode} \\|`, 'm');
    assert.match(romanian, row, `Romanian README lacks ${code} → ${exitCode}`);
    assert.match(english, row, `English README lacks ${code} → ${exitCode}`);
  }
  assert.match(romanian, new RegExp(`\`${EXIT_TOO_LONG}\` răspuns mai lung decât \`--max-reply-bytes\``), 'Romanian README');
  assert.match(english, new RegExp(`\`${EXIT_TOO_LONG}\` a reply longer than \`--max-reply-bytes\``), 'English README');
});
