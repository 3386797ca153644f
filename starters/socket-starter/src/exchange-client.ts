/**
 * The course notes' TCP client as a function: connect, send the whole
 * message, half-close, read the reply until the server closes.
 * The step numbers refer to the notes' 12-step client/server flow.
 */
import { connect, type Socket } from 'node:net';
import { TooLongError } from './errors.ts';
import { DEFAULT_MAX_REPLY_BYTES } from './options.ts';
import { writeAll } from './write-all.ts';

export interface ExchangeRequest {
  host: string;
  port: number;
  message: Uint8Array;
  /** Give up (ETIMEDOUT) after this long without any activity, connecting included. */
  timeoutMs: number;
  /**
   * Give up (TooLongError) once the reply is longer than this. The server
   * decides when the reply ends: a broken or hostile one could otherwise
   * send until this process runs out of memory. Default 16 MiB.
   */
  maxReplyBytes?: number;
  /** Called once the connection is established. */
  onConnect?: (socket: Socket) => void;
  /** Called after the whole message is written and our side is half-closed. */
  onSent?: (bytes: number) => void;
}

/**
 * Resolves with every byte of the reply; rejects with the socket error (its
 * `code` says which), or with TooLongError for a reply over the limit.
 */
export async function exchange(request: ExchangeRequest): Promise<Buffer> {
  const maxReplyBytes = request.maxReplyBytes ?? DEFAULT_MAX_REPLY_BYTES;
  // 4. socket() and 5. connect(): one call in Node. The timeout applies while
  // connecting too; Node has no connect timeout of its own.
  const socket = connect({ host: request.host, port: request.port, timeout: request.timeoutMs });
  socket.on('timeout', () => socket.destroy(timeoutError(request.timeoutMs)));
  // Errors reach the caller through the promise below; without a listener,
  // an 'error' event between two awaits would crash the process.
  socket.on('error', () => {});
  try {
    await connected(socket);
    request.onConnect?.(socket);

    // 7. sendall(): the whole message, with backpressure.
    await writeAll(socket, request.message);
    // shutdown(SHUT_WR): "no more data from me". The server's recv() then
    // returns b'' and it knows the message is complete. We can still read.
    socket.end();
    request.onSent?.(request.message.length);

    // 10. recv() until EOF: the reply ends when the server closes its side.
    const chunks: Buffer[] = [];
    let received = 0;
    for await (const chunk of socket) {
      received += (chunk as Buffer).length;
      // Checked before the chunk is kept: what is held never goes over the limit.
      if (received > maxReplyBytes) {
        throw new TooLongError(`the reply is longer than the ${maxReplyBytes}-byte limit (--max-reply-bytes); stopped reading and closed the connection`);
      }
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks, received);
  } finally {
    // 12. close(): release the socket, whatever happened.
    socket.destroy();
  }
}

function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => {
      socket.off('error', reject);
      resolve();
    });
    socket.once('error', reject);
  });
}

/** The same `code` a system-level timeout has, so callers handle both alike. */
function timeoutError(ms: number): Error {
  return Object.assign(new Error(`no activity for ${ms} ms`), { code: 'ETIMEDOUT' });
}
