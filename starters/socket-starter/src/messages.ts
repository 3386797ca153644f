/**
 * What the course notes' programs say to each other. There is no framing:
 * the client's message ends when the client half-closes the connection, the
 * server's reply ends when the server closes it. Any TCP peer (a Python
 * socket, netcat) can take either side.
 */
import { printable } from './printable.ts';

export const CLIENT_GREETING = 'Hello from the client! ';
export const CLIENT_REPEAT = 1000;
export const SERVER_GREETING = 'Hello from the server! ';
export const SERVER_REPEAT = 2000;

/** The notes' client message: 23 000 bytes. */
export function clientMessage(repeat = CLIENT_REPEAT): Buffer {
  return Buffer.from(CLIENT_GREETING.repeat(repeat));
}

/** The notes' server reply: 46 000 bytes. */
export function serverReply(): Buffer {
  return Buffer.from(SERVER_GREETING.repeat(SERVER_REPEAT));
}

/**
 * The first 200 characters, then '...' when there is more, as the notes print
 * it. The peer chose these bytes, so control characters come out escaped
 * (see printable.ts): whatever it sent, the preview is one line of plain text.
 */
export function preview(data: Buffer): string {
  // Decode only the start: 200 characters take at most 800 bytes of UTF-8,
  // and a 16 MiB message should not be decoded whole just to print a line.
  // Counted in code points, as Python's str slicing counts: cutting between
  // the two halves of a UTF-16 surrogate pair would print half a character.
  const start = Array.from(data.subarray(0, 800).toString('utf8'));
  const more = start.length > 200 || data.length > 800;
  return printable(more ? `${start.slice(0, 200).join('')}...` : start.join(''));
}
