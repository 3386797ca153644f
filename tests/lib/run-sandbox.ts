/**
 * Runs a sandbox's TypeScript in Node exactly as the browser worker does
 * (same transpiler, same fetch wrapper and demo API, same console and
 * formatter, the same limits); only the module is loaded from a data: URL instead of a blob:.
 */
import type { LogEntry } from '../../src/components/sandbox/runner/console.ts';
import { runSandbox, type RunHooks } from '../../src/components/sandbox/runner/execute.ts';
import { runExercise } from '../../src/components/sandbox/runner/exercise-run.ts';
import { outputText, toOutputEntry } from '../../src/components/sandbox/runner/output.ts';
import type { CheckOutcome, NetworkEntry } from '../../src/components/sandbox/runner/protocol.ts';

export interface SandboxResult {
  entries: LogEntry[];
  requests: NetworkEntry[];
  /** Every entry's text, one after the other: the format of `expected.*.txt`. */
  text: string;
}

function nodeHooks(entries: LogEntry[], requests: NetworkEntry[]): RunHooks {
  return {
    onEntry: (entry) => entries.push(entry),
    onRequest: (entry) => requests.push(entry),
    // No network in tests: any host but the demo API fails as it would offline.
    networkFetch: async () => {
      throw new TypeError('Failed to fetch');
    },
    moduleUrl: (javascript) => `data:text/javascript;base64,${Buffer.from(javascript).toString('base64')}`,
  };
}

const textOf = (entries: LogEntry[]) => entries.map((entry) => outputText(toOutputEntry(entry))).join('\n');

export async function runInNode(source: string): Promise<SandboxResult> {
  const entries: LogEntry[] = [];
  const requests: NetworkEntry[] = [];
  const run = runSandbox(source, nodeHooks(entries, requests));
  try {
    await run.done;
  } finally {
    run.restore();
  }
  return { entries, requests, text: textOf(entries) };
}

/** Runs an exercise's program and then its checks (their TypeScript source), as the Check button does. */
export async function runExerciseInNode(source: string, checks: string): Promise<SandboxResult & { outcomes: CheckOutcome[] }> {
  const entries: LogEntry[] = [];
  const requests: NetworkEntry[] = [];
  let outcomes: CheckOutcome[] = [];
  const run = runExercise(source, checks, { ...nodeHooks(entries, requests), onChecked: (results) => (outcomes = results) });
  try {
    await run.done;
  } finally {
    run.restore();
  }
  return { entries, requests, text: textOf(entries), outcomes };
}
