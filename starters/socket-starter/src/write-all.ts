/**
 * Node's counterpart of Python's `sendall()`: write a whole buffer to a
 * socket without piling it up in memory.
 *
 * `socket.write()` never blocks. It returns false once the socket's own
 * buffer is above its high-water mark; writing on regardless would keep the
 * rest of a large payload in this process's memory. So we write in chunks,
 * and when write() says "enough", we wait for 'drain' (the buffer has been
 * handed to the kernel) before writing the next chunk.
 */
import type { Socket } from 'node:net';

export const WRITE_CHUNK_BYTES = 64 * 1024;

export async function writeAll(socket: Socket, data: Uint8Array, chunkBytes = WRITE_CHUNK_BYTES): Promise<void> {
  for (let offset = 0; offset < data.length; offset += chunkBytes) {
    if (socket.destroyed || socket.writableEnded) throw socket.errored ?? closedError();
    const accepted = socket.write(data.subarray(offset, offset + chunkBytes));
    if (!accepted) await drained(socket);
  }
}

/** Resolves on 'drain'; rejects if the connection fails or closes first. */
function drained(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      socket.off('drain', onDrain);
      socket.off('error', onError);
      socket.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (error: Error) => done(error);
    const onClose = () => done(socket.errored ?? closedError());
    socket.on('drain', onDrain);
    socket.on('error', onError);
    socket.on('close', onClose);
  });
}

/** The peer went away before we finished writing: the same situation as Python's BrokenPipeError. */
function closedError(): Error {
  return Object.assign(new Error('the connection closed before all data was written'), { code: 'EPIPE' });
}
