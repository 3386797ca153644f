/**
 * The TCP server of the course notes, made robust: it serves many clients at
 * once, closes idle ones, refuses oversize messages, writes with backpressure
 * and can shut down gracefully. The exchange itself is the notes' one:
 * read until the client half-closes, reply, close.
 *
 * The step numbers refer to the notes' 12-step client/server flow.
 */
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { formatAddress } from './address.ts';
import { explainError } from './errors.ts';
import { preview, serverReply } from './messages.ts';
import type { ServerOptions } from './options.ts';
import { writeAll } from './write-all.ts';

/** How long a refused client may keep sending before we cut it off. */
const REFUSAL_GRACE_MS = 2000;

export interface ExchangeServer {
  address: AddressInfo;
  server: Server;
  /** Connections accepted and not yet closed. */
  activeConnections(): number;
  /** Stop accepting, let clients in flight finish, force-close what remains after the timeout. */
  shutdown(timeoutMs: number): Promise<{ forced: number }>;
  /** Settles when the listening socket and every connection are closed (e.g. after --once). */
  closed: Promise<void>;
}

export type Log = (line: string) => void;

type Settings = Pick<ServerOptions, 'host' | 'port' | 'once' | 'echo' | 'idleTimeoutMs' | 'maxInputBytes'>;

/**
 * Starts listening; rejects with the listen error (EADDRINUSE, EACCES...) if the address cannot be used.
 * `log` gets a line per event of each client, `warn` the errors (by default, `log` too).
 */
export function startExchangeServer(settings: Settings, log: Log = () => {}, warn: Log = log): Promise<ExchangeServer> {
  const connections = new Set<Socket>();

  // 1. socket(): Node creates the listening socket for us.
  // allowHalfOpen: when the client half-closes (its shutdown(SHUT_WR)), keep
  // our side open so we can still send the reply. Node's default would end it.
  const server = createServer({ allowHalfOpen: true });

  // Resolved once nothing is left: listening socket closed, last client gone.
  let noConnectionsLeft: () => void = () => {};
  const closed = new Promise<void>((resolve) => {
    server.on('close', () => {
      if (connections.size === 0) resolve();
      else noConnectionsLeft = resolve;
    });
  });

  server.on('connection', (socket) => {
    // 6. accept(): each client arrives as its own connected socket.
    if (settings.once) server.close(); // the notes accept a single client
    connections.add(socket);
    serveClient(socket, settings, log, warn);
    socket.on('close', () => {
      connections.delete(socket);
      if (connections.size === 0) noConnectionsLeft();
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // 2. bind() and 3. listen(), in one call. Node's backlog defaults to 511;
    // the kernel caps it (net.core.somaxconn on Linux).
    server.listen({ host: settings.host, port: settings.port }, () => {
      server.off('error', reject);
      server.on('error', (error) => warn(explainError(error, 'accepting a connection').message));
      resolve({
        address: server.address() as AddressInfo,
        server,
        activeConnections: () => connections.size,
        shutdown: (timeoutMs) => shutdown(server, connections, timeoutMs),
        closed,
      });
    });
  });
}

function serveClient(socket: Socket, settings: Settings, log: Log, warn: Log): void {
  const peer = formatAddress(socket.remoteAddress, socket.remotePort);
  log(`Connected to ${peer}`);

  let phase: 'receiving' | 'replying' | 'refused' = 'receiving';
  const chunks: Buffer[] = [];
  let received = 0;

  const refuse = (reason: string) => {
    phase = 'refused';
    chunks.length = 0;
    log(`Refusing ${peer}: ${reason}`);
    refuseConnection(socket, reason);
  };

  // A client that goes quiet would hold its connection (and our memory) forever.
  socket.setTimeout(settings.idleTimeoutMs, () => {
    if (phase === 'receiving') refuse(`idle for more than ${settings.idleTimeoutMs} ms`);
    else if (phase === 'replying') {
      warn(`${peer} stopped reading the reply for ${settings.idleTimeoutMs} ms, closing`);
      socket.destroy();
    }
  });

  // 8. recv() in a loop: Node delivers the bytes as 'data' events, in chunks
  // of whatever size arrived, with no message boundaries.
  socket.on('data', (chunk: Buffer) => {
    if (phase !== 'receiving') return; // discard what a refused client still sends
    received += chunk.length;
    if (received > settings.maxInputBytes) {
      refuse(`message longer than the ${settings.maxInputBytes}-byte limit`);
      return;
    }
    chunks.push(chunk);
  });

  // recv() returned b'': the client half-closed, its message is complete.
  socket.on('end', () => {
    if (phase !== 'receiving') return;
    phase = 'replying';
    const message = Buffer.concat(chunks, received);
    chunks.length = 0;
    log(`Message received from ${peer} (len=${message.length}): ${preview(message)}`);
    const reply = settings.echo ? message : serverReply();
    // 9. sendall(): write the reply, respecting backpressure.
    writeAll(socket, reply).then(
      // 11. close(): end() sends our FIN once the reply is out; the client's
      // recv() loop ends when it reads it.
      () => socket.end(),
      (error: unknown) => {
        // An 'error' event has already been logged for a failed socket.
        if (!socket.errored) warn(`${peer}: ${explainError(error, 'sending the reply').message}`);
        socket.destroy();
      },
    );
  });

  // A client that vanishes (reset, crash) costs us this connection only.
  socket.on('error', (error) => warn(`${peer}: ${explainError(error, 'talking to the client').message}`));
  socket.on('close', () => log(`Connection with ${peer} closed.`));
}

/**
 * Say why, half-close, and keep discarding input for a moment: closing a
 * socket with unread data makes the kernel answer with a reset (RST), and the
 * client might then lose our explanation.
 */
function refuseConnection(socket: Socket, reason: string): void {
  socket.setTimeout(0);
  if (!socket.writableEnded) socket.end(`ERROR: ${reason}\n`);
  socket.resume();
  const cutOff = setTimeout(() => socket.destroy(), REFUSAL_GRACE_MS);
  socket.once('close', () => clearTimeout(cutOff));
}

async function shutdown(server: Server, connections: Set<Socket>, timeoutMs: number): Promise<{ forced: number }> {
  // Closing the listening socket: new clients are refused from now on.
  const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const outcome = await Promise.race([stopped.then(() => 'done' as const), deadline]);
  clearTimeout(timer);
  if (outcome === 'done') return { forced: 0 };
  const forced = connections.size;
  for (const socket of connections) socket.destroy();
  await stopped;
  return { forced };
}
