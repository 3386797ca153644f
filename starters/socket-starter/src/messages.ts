/**
 * What the course notes' programs say to each other. There is no framing:
 * the client's message ends when the client half-closes the connection, the
 * server's reply ends when the server closes it. Any TCP peer (a Python
 * socket, netcat) can take either side.
 */

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

/** The first 200 characters, then '...' when there is more, as the notes print it. */
export function preview(data: Buffer): string {
  // Decode only the start: 200 characters take at most 800 bytes of UTF-8,
  // and a 16 MiB message should not be decoded whole just to print a line.
  const start = data.subarray(0, 800).toString('utf8');
  const more = start.length > 200 || data.length > 800;
  return more ? `${start.slice(0, 200)}...` : start;
}
