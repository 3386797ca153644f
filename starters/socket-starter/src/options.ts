/**
 * Command-line options of the four programs. Each option can also come from
 * an environment variable (HOST, PORT); a flag wins over the variable.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 65432;

const MiB = 1024 * 1024;
/** The server's limit on one message (--max-bytes). */
export const DEFAULT_MAX_BYTES = 16 * MiB;
/**
 * Far more clients at once than a lab needs (the tests run 200), few enough
 * to bound what a flood of connections costs: each takes a file descriptor,
 * kernel buffers and a 46 000-byte reply.
 */
export const DEFAULT_MAX_CONNECTIONS = 1000;
/** Room for four messages of the largest size at once, or thousands of the notes' 23 000-byte ones. */
export const DEFAULT_MAX_BUFFERED_BYTES = 64 * MiB;
/** As large as the biggest echo a server with the default --max-bytes sends back. */
export const DEFAULT_MAX_REPLY_BYTES = DEFAULT_MAX_BYTES;

export type Env = Record<string, string | undefined>;

/** A bad option: the program prints the message and its usage, then exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ServerOptions {
  host: string;
  port: number;
  /** Serve one client, then stop, like the notes' server. */
  once: boolean;
  /** Reply with the bytes received instead of the notes' greeting. */
  echo: boolean;
  /** Print only the start, the shutdown and errors: no line per client. */
  quiet: boolean;
  idleTimeoutMs: number;
  maxInputBytes: number;
  /** Clients served at once; one more is told so and closed. */
  maxConnections: number;
  /** Input held in memory for all clients together; the client whose data would go over is refused. */
  maxBufferedBytes: number;
  shutdownTimeoutMs: number;
}

export interface ClientOptions {
  host: string;
  port: number;
  /** How many times the greeting is repeated in the message. */
  repeat: number;
  timeoutMs: number;
  /** Stop reading, and fail, once the reply is longer than this. */
  maxReplyBytes: number;
}

export interface UdpServerOptions {
  host: string;
  port: number;
  /** Ignore every n-th datagram (0: none), to see what a lost datagram looks like. */
  dropEvery: number;
}

export interface UdpClientOptions {
  host: string;
  port: number;
  count: number;
  timeoutMs: number;
}

export const serverUsage = `Usage: node src/server.ts [options]

  --host <address>               address to listen on (env HOST, default ${DEFAULT_HOST}; ::1 for IPv6)
  --port <number>                port to listen on (env PORT, default ${DEFAULT_PORT}; 0 = any free port)
  --once                         serve a single client, then stop (the notes' behaviour)
  --echo                         reply with the received bytes instead of the greeting
  --quiet                        no line per client (start, shutdown and errors only)
  --idle-timeout <ms>            close a client that sends nothing for this long (default 30000)
  --max-bytes <number>           refuse a message longer than this (default ${DEFAULT_MAX_BYTES} = 16 MiB)
  --max-connections <number>     refuse a new client when this many are connected (default ${DEFAULT_MAX_CONNECTIONS})
  --max-buffered-bytes <number>  refuse a client whose data would take the input held for all clients
                                 above this (default ${DEFAULT_MAX_BUFFERED_BYTES} = 64 MiB, or --max-bytes if larger)
  --shutdown-timeout <ms>        on Ctrl+C, wait this long for clients in flight (default 10000)
  -h, --help                     show this help`;

export const clientUsage = `Usage: node src/client.ts [options]

  --host <address>            server address (env HOST, default ${DEFAULT_HOST}; ::1 for IPv6)
  --port <number>             server port (env PORT, default ${DEFAULT_PORT})
  --repeat <number>           how many times to repeat "Hello from the client! " (default 1000)
  --timeout <ms>              give up after this long without activity (default 10000)
  --max-reply-bytes <number>  fail if the reply is longer than this (default ${DEFAULT_MAX_REPLY_BYTES} = 16 MiB)
  -h, --help                  show this help`;

export const udpServerUsage = `Usage: node src/udp-server.ts [options]

  --host <address>       address to bind (env HOST, default ${DEFAULT_HOST})
  --port <number>        UDP port to bind (env PORT, default ${DEFAULT_PORT}; 0 = any free port)
  --drop-every <number>  pretend to lose every n-th datagram (default 0 = none)
  -h, --help             show this help`;

export const udpClientUsage = `Usage: node src/udp-client.ts [options]

  --host <address>   server address (env HOST, default ${DEFAULT_HOST})
  --port <number>    server UDP port (env PORT, default ${DEFAULT_PORT})
  --count <number>   how many numbered datagrams to send (default 10)
  --timeout <ms>     how long to wait for the answers (default 1000)
  -h, --help         show this help`;

/** Returns the options, or `'help'` when -h/--help was given. Throws UsageError on a bad option. */
export function parseServerOptions(args: string[], env: Env = {}): ServerOptions | 'help' {
  const { values } = parse(args, {
    ...hostAndPort,
    once: { type: 'boolean' },
    echo: { type: 'boolean' },
    quiet: { type: 'boolean' },
    'idle-timeout': { type: 'string' },
    'max-bytes': { type: 'string' },
    'max-connections': { type: 'string' },
    'max-buffered-bytes': { type: 'string' },
    'shutdown-timeout': { type: 'string' },
  });
  if (values.help) return 'help';
  const maxInputBytes = integer('--max-bytes', stringValue(values['max-bytes']), DEFAULT_MAX_BYTES, 0, 2 ** 31);
  // The default grows with --max-bytes, so that raising that one is enough.
  const rawBuffered = stringValue(values['max-buffered-bytes']);
  const maxBufferedBytes = integer('--max-buffered-bytes', rawBuffered, Math.max(DEFAULT_MAX_BUFFERED_BYTES, maxInputBytes), 0, 2 ** 40);
  // Below --max-bytes, the buffer limit would silently become the message limit.
  if (maxBufferedBytes < maxInputBytes) {
    throw new UsageError(`--max-buffered-bytes must be at least --max-bytes (${maxInputBytes}), got ${maxBufferedBytes}`);
  }
  return {
    ...readHostAndPort(values, env, 0),
    once: values.once === true,
    echo: values.echo === true,
    quiet: values.quiet === true,
    idleTimeoutMs: integer('--idle-timeout', stringValue(values['idle-timeout']), 30_000, 1, 24 * 3600 * 1000),
    maxInputBytes,
    maxConnections: integer('--max-connections', stringValue(values['max-connections']), DEFAULT_MAX_CONNECTIONS, 1, 1_000_000),
    maxBufferedBytes,
    shutdownTimeoutMs: integer('--shutdown-timeout', stringValue(values['shutdown-timeout']), 10_000, 0, 3600 * 1000),
  };
}

export function parseClientOptions(args: string[], env: Env = {}): ClientOptions | 'help' {
  const { values } = parse(args, {
    ...hostAndPort,
    repeat: { type: 'string' },
    timeout: { type: 'string' },
    'max-reply-bytes': { type: 'string' },
  });
  if (values.help) return 'help';
  return {
    ...readHostAndPort(values, env, 1),
    repeat: integer('--repeat', stringValue(values.repeat), 1000, 0, 10_000_000),
    timeoutMs: integer('--timeout', stringValue(values.timeout), 10_000, 1, 24 * 3600 * 1000),
    maxReplyBytes: integer('--max-reply-bytes', stringValue(values['max-reply-bytes']), DEFAULT_MAX_REPLY_BYTES, 0, 2 ** 31),
  };
}

export function parseUdpServerOptions(args: string[], env: Env = {}): UdpServerOptions | 'help' {
  const { values } = parse(args, { ...hostAndPort, 'drop-every': { type: 'string' } });
  if (values.help) return 'help';
  return {
    ...readHostAndPort(values, env, 0),
    dropEvery: integer('--drop-every', stringValue(values['drop-every']), 0, 0, 1_000_000),
  };
}

export function parseUdpClientOptions(args: string[], env: Env = {}): UdpClientOptions | 'help' {
  const { values } = parse(args, { ...hostAndPort, count: { type: 'string' }, timeout: { type: 'string' } });
  if (values.help) return 'help';
  return {
    ...readHostAndPort(values, env, 1),
    count: integer('--count', stringValue(values.count), 10, 1, 10_000),
    timeoutMs: integer('--timeout', stringValue(values.timeout), 1000, 1, 600_000),
  };
}

const hostAndPort = {
  host: { type: 'string' },
  port: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = Record<string, unknown>;

function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>): { values: Values } {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** A server may ask for port 0 (any free port); a client needs a real one. */
function readHostAndPort(values: Values, env: Env, lowestPort: number) {
  const host = stringValue(values.host) ?? nonEmpty(env.HOST) ?? DEFAULT_HOST;
  const rawPort = stringValue(values.port) ?? nonEmpty(env.PORT);
  const port = integer(values.port === undefined && rawPort !== undefined ? 'PORT' : '--port', rawPort, DEFAULT_PORT, lowestPort, 65_535);
  return { host, port };
}

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new UsageError(`${name} must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new UsageError(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function stringValue(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
