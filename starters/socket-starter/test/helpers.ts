/** Test helpers: servers on port 0 only, real programs spawned with the running Node. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startExchangeServer, type ExchangeServer } from '../src/exchange-server.ts';
import { DEFAULT_MAX_BUFFERED_BYTES, DEFAULT_MAX_BYTES, DEFAULT_MAX_CONNECTIONS, type ServerOptions } from '../src/options.ts';

export interface TestServer extends ExchangeServer {
  port: number;
  logs: string[];
}

/** The exchange server on 127.0.0.1 and a free port, with its log lines kept for assertions. */
export async function startTestServer(overrides: Partial<ServerOptions> = {}): Promise<TestServer> {
  const logs: string[] = [];
  const server = await startExchangeServer(
    {
      host: '127.0.0.1',
      port: 0,
      once: false,
      echo: false,
      idleTimeoutMs: 10_000,
      maxInputBytes: DEFAULT_MAX_BYTES,
      maxConnections: DEFAULT_MAX_CONNECTIONS,
      maxBufferedBytes: DEFAULT_MAX_BUFFERED_BYTES,
      ...overrides,
    },
    (line) => logs.push(line),
  );
  return { ...server, port: server.address.port, logs };
}

/** Stops a test server at once: no test waits for a graceful shutdown it did not ask for. */
export async function stopTestServer(server: ExchangeServer): Promise<void> {
  await server.shutdown(0);
}

/** A plain TCP server for playing a misbehaving peer. */
export async function listenRaw(onConnection: Parameters<typeof createServer>[1]): Promise<{ server: Server; port: number }> {
  const server = createServer({ allowHalfOpen: true }, onConnection);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, port: (server.address() as AddressInfo).port };
}

/** A port on which nothing listens (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const { server, port } = await listenRaw(() => {});
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Waits until `predicate` holds, polling; fails after `timeoutMs`. */
export async function eventually(predicate: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface Program {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first stdout line matching `pattern`. */
  line(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** Resolves with the exit code (128 + n for a signal). */
  exited: Promise<number>;
}

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));

/** Runs `src/<name>` with the Node running the tests. */
export function runProgram(name: string, args: string[] = [], env: Record<string, string> = {}): Program {
  const child = spawn(process.execPath, [`${srcDir}${name}`, ...args], {
    env: { ...process.env, HOST: '', PORT: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (text: string) => (out += text));
  child.stderr?.setEncoding('utf8').on('data', (text: string) => (err += text));
  const exited = new Promise<number>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    async line(pattern, timeoutMs = 10_000) {
      const found: { match: RegExpExecArray | null; ended: boolean } = { match: null, ended: false };
      void exited.then(() => (found.ended = true));
      await eventually(() => (found.match = pattern.exec(out)) !== null || found.ended, timeoutMs, `${pattern} from ${name}`);
      if (!found.match) throw new Error(`${name} exited without printing ${pattern}\nstdout: ${out}\nstderr: ${err}`);
      return found.match;
    },
  };
}

/** Kills a program that a failed test left running. */
export function cleanup(...programs: Program[]): void {
  for (const program of programs) if (program.child.exitCode === null) program.child.kill('SIGKILL');
}
