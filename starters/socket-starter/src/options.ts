/**
 * Command-line options of the four programs. Each option can also come from
 * an environment variable (HOST, PORT); a flag wins over the variable.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 65432;

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
  shutdownTimeoutMs: number;
}

export interface ClientOptions {
  host: string;
  port: number;
  /** How many times the greeting is repeated in the message. */
  repeat: number;
  timeoutMs: number;
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

  --host <address>         address to listen on (env HOST, default ${DEFAULT_HOST}; ::1 for IPv6)
  --port <number>          port to listen on (env PORT, default ${DEFAULT_PORT}; 0 = any free port)
  --once                   serve a single client, then stop (the notes' behaviour)
  --echo                   reply with the received bytes instead of the greeting
  --quiet                  no line per client (start, shutdown and errors only)
  --idle-timeout <ms>      close a client that sends nothing for this long (default 30000)
  --max-bytes <number>     refuse a message longer than this (default 16777216 = 16 MiB)
  --shutdown-timeout <ms>  on Ctrl+C, wait this long for clients in flight (default 10000)
  -h, --help               show this help`;

export const clientUsage = `Usage: node src/client.ts [options]

  --host <address>   server address (env HOST, default ${DEFAULT_HOST}; ::1 for IPv6)
  --port <number>    server port (env PORT, default ${DEFAULT_PORT})
  --repeat <number>  how many times to repeat "Hello from the client! " (default 1000)
  --timeout <ms>     give up after this long without activity (default 10000)
  -h, --help         show this help`;

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
    'shutdown-timeout': { type: 'string' },
  });
  if (values.help) return 'help';
  return {
    ...readHostAndPort(values, env, 0),
    once: values.once === true,
    echo: values.echo === true,
    quiet: values.quiet === true,
    idleTimeoutMs: integer('--idle-timeout', stringValue(values['idle-timeout']), 30_000, 1, 24 * 3600 * 1000),
    maxInputBytes: integer('--max-bytes', stringValue(values['max-bytes']), 16 * 1024 * 1024, 0, 2 ** 31),
    shutdownTimeoutMs: integer('--shutdown-timeout', stringValue(values['shutdown-timeout']), 10_000, 0, 3600 * 1000),
  };
}

export function parseClientOptions(args: string[], env: Env = {}): ClientOptions | 'help' {
  const { values } = parse(args, {
    ...hostAndPort,
    repeat: { type: 'string' },
    timeout: { type: 'string' },
  });
  if (values.help) return 'help';
  return {
    ...readHostAndPort(values, env, 1),
    repeat: integer('--repeat', stringValue(values.repeat), 1000, 0, 10_000_000),
    timeoutMs: integer('--timeout', stringValue(values.timeout), 10_000, 1, 24 * 3600 * 1000),
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
