/** Text from a peer, printed: escaped so that it can neither act on a terminal nor split a line. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { preview } from '../src/messages.ts';
import { printable } from '../src/printable.ts';

/**
 * Written out here rather than taken from printable.ts, so that a character
 * dropped from its pattern fails this test: C0, DEL, C1, the line and
 * paragraph separators, and the bidirectional controls.
 */
function isUnsafe(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

test('printable: the usual escapes for newline, carriage return, tab and backslash, \\xNN for other controls', () => {
  assert.equal(printable('a\nb\rc\td'), 'a\\nb\\rc\\td');
  assert.equal(printable('\x1b[2J'), '\\x1b[2J');
  assert.equal(printable('\x00\x07\x7f'), '\\x00\\x07\\x7f');
  assert.equal(printable('\u009b2J'), '\\x9b2J', 'the one-byte CSI of C1 is as dangerous as ESC [');
  assert.equal(printable('C:\\temp'), 'C:\\\\temp', 'a backslash is doubled, so "\\x1b" typed out cannot pass for ESC');
});

test('printable: line separators and bidirectional controls become \\u{...}', () => {
  assert.equal(printable('a\u2028b\u2029c'), 'a\\u{2028}b\\u{2029}c');
  assert.equal(printable('user\u202egnp.exe'), 'user\\u{202e}gnp.exe');
  assert.equal(printable('\u2066x\u2069'), '\\u{2066}x\\u{2069}');
});

test('printable: ordinary text of any script is left alone', () => {
  const text = 'Salut, ăîâșț! Привет 你好 😀 "quotes" and spaces';
  assert.equal(printable(text), text);
});

test('printable: no unsafe character of the Basic Multilingual Plane or beyond gets through', () => {
  for (let code = 0; code <= 0x10ffff; code += code < 0x3000 ? 1 : 0x101) {
    if (code >= 0xd800 && code <= 0xdfff) continue; // surrogates are halves, not characters
    const shown = printable(String.fromCodePoint(code));
    for (const char of shown) {
      assert.ok(!isUnsafe(char.codePointAt(0) ?? 0), `U+${code.toString(16)} came out as ${JSON.stringify(shown)}`);
    }
    assert.equal(Array.from(shown).length > 1, isUnsafe(code) || code === 0x5c, `U+${code.toString(16)}: escaped exactly when unsafe`);
  }
});

test('preview: what a hostile client sends comes out as one line, without a raw escape character', () => {
  assert.equal(preview(Buffer.from('\x1b[2J')), '\\x1b[2J');
  assert.equal(preview(Buffer.from('hello\n[SERVER] fake')), 'hello\\n[SERVER] fake');
  // The 200 characters are counted before escaping: an escape never cuts the preview shorter.
  assert.equal(preview(Buffer.from('\n'.repeat(300))), `${'\\n'.repeat(200)}...`);
  // Invalid UTF-8 shows as U+FFFD, which is printable.
  assert.equal(preview(Buffer.from([0x68, 0xff, 0x69])), 'h\ufffdi');
});

test('preview: 200 characters counted in code points, so a character outside the BMP is never cut in half', () => {
  assert.equal(preview(Buffer.from('😀'.repeat(150))), '😀'.repeat(150));
  assert.equal(preview(Buffer.from(`a${'😀'.repeat(200)}`)), `a${'😀'.repeat(199)}...`);
});
