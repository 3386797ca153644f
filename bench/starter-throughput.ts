/**
 * Throughput of the socket starter's TCP server on loopback, against a
 * baseline measured in the same run: the course notes' Python server
 * (bench/notes_server.py, run with python3). The client is the same for both,
 * the starter's `exchange()`, in this process.
 *
 *   npm run bench                                  (about 40 s; needs python3)
 *   BENCH_SECONDS=1 BENCH_REPEATS=1 npm run bench  shorter
 *
 * Prints a Markdown table and writes the numbers to bench/results/ (git-ignored).
 * A benchmark, not a test: numbers depend on the machine and its load. The
 * client shares the CPUs with the server it measures, so on a small machine a
 * cheaper server also leaves more CPU to the client; the server's own CPU time
 * per exchange (from /proc, on Linux) is the fairer comparison.
 * MB/s counts the bytes of both directions, in units of 10^6 bytes.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exchange } from '../starters/socket-starter/src/exchange-client.ts';
import { clientMessage, serverReply } from '../starters/socket-starter/src/messages.ts';
import { median } from './preview.ts';

const secondsPerRun = Number(process.env.BENCH_SECONDS ?? 2);
/** Each measurement is repeated, alternating the servers, and the median is kept: a busy machine has bursts. */
const repeats = Number(process.env.BENCH_REPEATS ?? 3);
const root = fileURLToPath(new URL('../', import.meta.url));
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
const MiB = 1024 * 1024;

interface Server {
  name: string;
  port: number;
  process: ChildProcess;
}

interface Scenario {
  name: string;
  /** Bytes the client sends per exchange; the reply is always the notes' 46 000 bytes. */
  messageBytes: number;
  concurrency: number;
}

interface Result {
  scenario: string;
  server: string;
  exchanges: number;
  seconds: number;
  exchangesPerSecond: number;
  megabytesPerSecond: number;
  /** CPU time the server process used per exchange (Linux only): its cost, whatever the client's. */
  serverCpuMsPerExchange: number | null;
  failures: number;
}

const scenarios: Scenario[] = [
  { name: "notes' exchange (23 kB up, 46 kB down), one client at a time", messageBytes: clientMessage().length, concurrency: 1 },
  { name: "notes' exchange, 16 clients at once", messageBytes: clientMessage().length, concurrency: 16 },
  { name: '16 MiB upload, one client at a time', messageBytes: 16 * MiB, concurrency: 1 },
];

/** Starts a server process and reads the port it prints. */
function startServer(name: string, command: string, args: string[]): Promise<Server> {
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start: ${output}`)), 15_000);
    child.once('error', reject);
    child.stdout?.setEncoding('utf8').on('data', (text: string) => {
      // Keep reading (and discarding) what the server prints, so its pipe never fills up.
      if (output.length < 10_000) output += text;
      const port = /Listening on [^\s]*:(\d+)\.\.\./.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ name, port: Number(port), process: child });
      }
    });
  });
}

const clockTicksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** User + system CPU time of a process in ms, from /proc (null elsewhere than Linux). */
function cpuMs(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
  } catch {
    return null;
  }
}

async function measure(server: Server, scenario: Scenario): Promise<Result> {
  const message = Buffer.alloc(scenario.messageBytes, 'x');
  const expectedReply = serverReply().length;
  const deadline = performance.now() + secondsPerRun * 1000;
  let exchanges = 0;
  let failures = 0;
  const cpuBefore = cpuMs(server.process.pid);
  const started = performance.now();
  const worker = async () => {
    while (performance.now() < deadline) {
      try {
        const reply = await exchange({ host: '127.0.0.1', port: server.port, message, timeoutMs: 30_000 });
        if (reply.length === expectedReply) exchanges += 1;
        else failures += 1;
      } catch {
        failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: scenario.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = cpuMs(server.process.pid);
  const bytes = exchanges * (scenario.messageBytes + expectedReply);
  return {
    scenario: scenario.name,
    server: server.name,
    exchanges,
    seconds: round(seconds, 2),
    exchangesPerSecond: round(exchanges / seconds, 1),
    megabytesPerSecond: round(bytes / seconds / 1e6, 1),
    serverCpuMsPerExchange:
      cpuBefore === null || cpuAfter === null || exchanges === 0 ? null : round((cpuAfter - cpuBefore) / exchanges, 3),
    failures,
  };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function version(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return (result.stdout || result.stderr || '').trim() || 'unavailable';
}

const python = version('python3', ['--version']);
if (python === 'unavailable') {
  console.error('python3 is needed for the baseline (the notes\' server).');
  process.exit(1);
}

const servers = [
  await startServer('socket-starter (Node.js)', process.execPath, [
    'starters/socket-starter/src/server.ts',
    '--port',
    '0',
    '--max-bytes',
    String(64 * MiB),
    '--quiet',
  ]),
  await startServer("notes' server (Python)", 'python3', ['bench/notes_server.py', '0']),
];

const runs: Result[] = [];
try {
  for (const scenario of scenarios) {
    for (let round = 0; round < repeats; round += 1) {
      for (const server of servers) runs.push(await measure(server, scenario));
    }
  }
} finally {
  for (const server of servers) server.process.kill('SIGTERM');
}

/** One line per scenario and server: the median of its runs. */
const results: Result[] = scenarios.flatMap((scenario) =>
  servers.map((server) => {
    const mine = runs.filter((r) => r.scenario === scenario.name && r.server === server.name);
    const cpu = mine.map((r) => r.serverCpuMsPerExchange).filter((c): c is number => c !== null);
    return {
      scenario: scenario.name,
      server: server.name,
      exchanges: mine.reduce((n, r) => n + r.exchanges, 0),
      seconds: round(mine.reduce((n, r) => n + r.seconds, 0), 2),
      exchangesPerSecond: round(median(mine.map((r) => r.exchangesPerSecond)), 1),
      megabytesPerSecond: round(median(mine.map((r) => r.megabytesPerSecond)), 1),
      serverCpuMsPerExchange: cpu.length > 0 ? round(median(cpu), 3) : null,
      failures: mine.reduce((n, r) => n + r.failures, 0),
    };
  }),
);

const baselineOf = (result: Result) =>
  results.find((r) => r.scenario === result.scenario && r.server !== result.server && r.server.includes('Python'));
const lines = [
  '| scenario | server | exchanges/s | MB/s | vs Python | server CPU ms / exchange |',
  '| --- | --- | ---: | ---: | ---: | ---: |',
  ...results.map((r) => {
    const baseline = baselineOf(r);
    const ratio = baseline && baseline.exchangesPerSecond > 0 ? `${round(r.exchangesPerSecond / baseline.exchangesPerSecond, 2)}×` : '—';
    const failures = r.failures > 0 ? ` (${r.failures} failed)` : '';
    const cpu = r.serverCpuMsPerExchange ?? '—';
    return `| ${r.scenario} | ${r.server} | ${r.exchangesPerSecond}${failures} | ${r.megabytesPerSecond} | ${ratio} | ${cpu} |`;
  }),
];

const environment = {
  date: new Date().toISOString(),
  node: process.version,
  python,
  cpus: availableParallelism(),
  loadAverage: loadavg().map((l) => round(l, 2)),
  secondsPerRun,
  repeats,
};
console.log(`\nLoopback, ${environment.cpus} CPUs, load average ${environment.loadAverage.join(' ')}, Node ${environment.node}, ${python}, median of ${repeats} runs of ${secondsPerRun} s\n`);
console.log(lines.join('\n'));

mkdirSync(resultsDir, { recursive: true });
const file = `${resultsDir}starter-throughput-${environment.date.replaceAll(/[:.]/g, '-')}.json`;
writeFileSync(file, `${JSON.stringify({ environment, results, runs }, null, 2)}\n`);
// Relative, so the report names no machine's paths.
console.log(`\nwritten to ${relative(process.cwd(), file)}`);
