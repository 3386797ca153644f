/**
 * Text from the network, made safe to print. A peer chooses every byte it
 * sends: printed raw, `\x1b[2J` would clear the operator's terminal (and
 * other escape sequences can retitle the window or rewrite what is on screen),
 * and `\n[SERVER] ...` would add a log line the program never wrote. Shown
 * escaped, as JSON or `util.inspect` would, one message stays one line of
 * inert text.
 */

/**
 * What could act on a terminal or split a line: the C0 and C1 control
 * characters and DEL (`\p{Cc}`), the Unicode line and paragraph separators
 * that some viewers break lines at, and the bidirectional controls that can
 * make a line read in another order than it was written. The backslash is
 * escaped too, so that a peer sending the four characters `\x1b` cannot pass
 * for one sending ESC.
 */
const UNSAFE = /[\\\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/gu;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with each unsafe character written as an escape: `\n`, `\t`, `\x1b`, `\u{202e}`... */
export function printable(text: string): string {
  return text.replace(UNSAFE, (char) => SHORT_ESCAPES[char] ?? escapeCodePoint(char.codePointAt(0) ?? 0));
}

function escapeCodePoint(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}
