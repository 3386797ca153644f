/**
 * Runs a sandbox's TypeScript in Node exactly as the browser worker does
 * (same transpiler, same fetch wrapper and demo API, same console and
 * formatter, the same limits); only the module is loaded from a data: URL instead of a blob:.
 */
import type { LogEntry } from '../../src/components/sandbox/runner/console.ts';
import { runSandbox } from '../../src/components/sandbox/runner/execute.ts';
import { outputText, toOutputEntry } from '../../src/components/sandbox/runner/output.ts';
import type { NetworkEntry } from '../../src/components/sandbox/runner/protocol.ts';

export interface SandboxResult {
  entries: LogEntry[];
  requests: NetworkEntry[];
  /** Every entry's text, one after the other: the format of `expected.*.txt`. */
  text: string;
}

export async function runInNode(source: string): Promise<SandboxResult> {
  const entries: LogEntry[] = [];
  const requests: NetworkEntry[] = [];
  const run = runSandbox(source, {
    onEntry: (entry) => entries.push(entry),
    onRequest: (entry) => requests.push(entry),
    // No network in tests: any host but the demo API fails as it would offline.
    networkFetch: async () => {
      throw new TypeError('Failed to fetch');
    },
    moduleUrl: (javascript) => `data:text/javascript;base64,${Buffer.from(javascript).toString('base64')}`,
  });
  try {
    await run.done;
  } finally {
    run.restore();
  }
  return { entries, requests, text: entries.map((entry) => outputText(toOutputEntry(entry))).join('\n') };
}
