/**
 * The TCP server of the course notes, made robust: it serves many clients at
 * once (up to a limit), closes idle ones, refuses oversize messages and more
 * input than it agreed to hold for all clients together, writes with
 * backpressure and can shut down gracefully. The exchange itself is the
 * notes' one: read until the client half-closes, reply, close.
 *
 * The step numbers refer to the notes' 12-step client/server flow.
 */
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { formatAddress } from './address.ts';
import { explainError } from './errors.ts';
import { inputBudget, type InputBudget } from './input-budget.ts';
import { preview, serverReply } from './messages.ts';
import type { ServerOptions } from './options.ts';
import { writeAll } from './write-all.ts';

/** How long a refused client may keep sending before we cut it off. */
const REFUSAL_GRACE_MS = 2000;

export interface ExchangeServer {
  address: AddressInfo;
  server: Server;
  /** Connections accepted and not yet closed, those turned away at the limit included. */
  activeConnections(): number;
  /** Bytes of client input held in memory now, all clients together (at most --max-buffered-bytes). */
  bufferedInputBytes(): number;
  /** Stop accepting, let clients in flight finish, force-close what remains after the timeout. */
  shutdown(timeoutMs: number): Promise<{ forced: number }>;
  /** Settles when the listening socket and every connection are closed (e.g. after --once). */
  closed: Promise<void>;
}

export type Log = (line: string) => void;

type Settings = Pick<
  ServerOptions,
  'host' | 'port' | 'once' | 'echo' | 'idleTimeoutMs' | 'maxInputBytes' | 'maxConnections' | 'maxBufferedBytes'
>;

/** What every client's connection shares with the others. */
interface Shared {
  settings: Settings;
  budget: InputBudget;
  bufferAlarm: LimitAlarm;
  log: Log;
  warn: Log;
}

/**
 * Starts listening; rejects with the listen error (EADDRINUSE, EACCES...) if the address cannot be used.
 * `log` gets a line per event of each client, `warn` the errors (by default, `log` too).
 */
export function startExchangeServer(settings: Settings, log: Log = () => {}, warn: Log = log): Promise<ExchangeServer> {
  const connections = new Set<Socket>();
  /** Connections being served: accepted, not turned away at the limit, not yet closed. */
  let served = 0;
  const connectionAlarm = limitAlarm(
    warn,
    `Connection limit reached: ${settings.maxConnections} clients connected (--max-connections); turning new ones away until one leaves.`,
    'Below the connection limit again',
  );
  const shared: Shared = {
    settings,
    budget: inputBudget(settings.maxBufferedBytes),
    bufferAlarm: limitAlarm(
      warn,
      `Input buffer limit reached: the data held for all clients would go over ${settings.maxBufferedBytes} bytes (--max-buffered-bytes); refusing the clients whose data does not fit.`,
      'Input buffer has room for a message of the largest size again',
    ),
    log,
    warn,
  };

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
    socket.on('close', () => {
      connections.delete(socket);
      if (connections.size === 0) noConnectionsLeft();
    });
    // Each connection costs a file descriptor and kernel buffers: past the
    // limit, a new client is told why and closed, and those already here go on.
    if (served >= settings.maxConnections) {
      turnAway(socket, log);
      connectionAlarm.refused();
      return;
    }
    served += 1;
    socket.on('close', () => {
      served -= 1;
      connectionAlarm.cleared();
    });
    serveClient(socket, shared);
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
        bufferedInputBytes: () => shared.budget.held(),
        shutdown: (timeoutMs) => shutdown(server, connections, timeoutMs),
        closed,
      });
    });
  });
}

/** One line to a client that arrives when --max-connections are already being served, then close. */
function turnAway(socket: Socket, log: Log): void {
  const peer = formatAddress(socket.remoteAddress, socket.remotePort);
  // A client turned away may well reset the connection; it was never served,
  // and a line per reset would only add to the noise of a flood.
  socket.on('error', () => {});
  log(`Turning ${peer} away: too many clients connected`);
  refuseConnection(socket, 'too many clients connected; try again later');
}

function serveClient(socket: Socket, { settings, budget, bufferAlarm, log, warn }: Shared): void {
  const peer = formatAddress(socket.remoteAddress, socket.remotePort);
  log(`Connected to ${peer}`);

  let phase: 'receiving' | 'replying' | 'refused' = 'receiving';
  const chunks: Buffer[] = [];
  let received = 0;
  /** Bytes of this client's input taken from the shared budget and not yet given back. */
  let held = 0;
  const release = () => {
    budget.give(held);
    held = 0;
    // Room for a whole message of the largest size: any client fits again.
    if (budget.held() + settings.maxInputBytes <= budget.limit) bufferAlarm.cleared();
  };

  const refuse = (reason: string) => {
    phase = 'refused';
    chunks.length = 0;
    release();
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
    // Checked before the chunk is kept: the input held for all clients never goes over the limit.
    if (!budget.take(chunk.length)) {
      bufferAlarm.refused();
      refuse('the server holds too much data from its clients right now; try again later');
      return;
    }
    held += chunk.length;
    chunks.push(chunk);
  });

  // recv() returned b'': the client half-closed, its message is complete.
  socket.on('end', () => {
    if (phase !== 'receiving') return;
    phase = 'replying';
    const message = Buffer.concat(chunks, received);
    chunks.length = 0;
    log(`Message received from ${peer} (len=${message.length}): ${preview(message)}`);
    // The greeting does not need the message any more; an echo holds it
    // until it is written out.
    if (!settings.echo) release();
    const reply = settings.echo ? message : serverReply();
    // 9. sendall(): write the reply, respecting backpressure.
    writeAll(socket, reply).then(
      // 11. close(): end() sends our FIN once the reply is out; the client's
      // recv() loop ends when it reads it.
      () => {
        release();
        socket.end();
      },
      (error: unknown) => {
        // An 'error' event has already been logged for a failed socket.
        if (!socket.errored) warn(`${peer}: ${explainError(error, 'sending the reply').message}`);
        socket.destroy();
      },
    );
  });

  // A client that vanishes (reset, crash) costs us this connection only.
  socket.on('error', (error) => warn(`${peer}: ${explainError(error, 'talking to the client').message}`));
  socket.on('close', () => {
    release();
    log(`Connection with ${peer} closed.`);
  });
}

interface LimitAlarm {
  refused(): void;
  cleared(): void;
}

/**
 * Warns when a limit starts turning clients away, and again when it stops,
 * with how many it refused: a line for each refused client goes to `log`
 * (off with --quiet), so that a flood of clients cannot flood the warnings too.
 */
function limitAlarm(warn: Log, reached: string, clearedWhat: string): LimitAlarm {
  let refused = 0;
  return {
    refused() {
      if (refused === 0) warn(reached);
      refused += 1;
    },
    cleared() {
      if (refused === 0) return;
      warn(`${clearedWhat}; ${refused} client(s) refused meanwhile.`);
      refused = 0;
    },
  };
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
