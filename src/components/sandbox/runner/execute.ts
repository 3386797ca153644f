/**
 * Runs one sandbox: transpiles the reader's TypeScript, gives it a fresh demo
 * API behind `fetch` and a capturing `console`, and imports it as an ES
 * module. The worker (in the browser) and the unit tests (in Node) both call
 * this, so a sandbox's expected output is checked against the code path the
 * reader runs; only how the module is loaded differs (blob: vs data: URL).
 */
import { createSandboxFetch } from '../../../demo-api/fetch.ts';
import { createDemoApi, type DemoApi } from '../../../demo-api/index.ts';
import { trackActivity } from './activity.ts';
import { createConsole, type LogEntry } from './console.ts';
import type { NetworkEntry } from './protocol.ts';
import { preview } from './preview.ts';
import { syntaxErrorPreview, transpile } from './transpile.ts';

export interface RunHooks {
  onEntry(entry: LogEntry): void;
  onRequest(entry: NetworkEntry): void;
  /** The runtime's own fetch, for URLs outside the demo API. */
  networkFetch: typeof fetch;
  /** An importable URL for the module's JavaScript (a blob: URL in a worker, a data: URL in Node). */
  moduleUrl(javascript: string): string;
}

export interface Run {
  /** Settles when the run is over: its top level has finished (or thrown) and no timer or request is pending. */
  done: Promise<void>;
  /** Puts back the globals the run replaced (Node; a worker is simply thrown away). */
  restore(): void;
  /** The run's own demo API: what it holds after the run is what an exercise's checks look at. */
  api: DemoApi;
}

/** The line of the reader's code in an error's stack: the first frame that points into the module. */
function lineFinder(moduleUrl: string) {
  const frame = new RegExp(`${moduleUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):\\d+`);
  return (error: Error) => {
    const match = frame.exec(String(error.stack ?? ''));
    return match ? Number(match[1]) : undefined;
  };
}

export function runSandbox(source: string, hooks: RunHooks): Run {
  const global = globalThis as { console: Console; fetch: typeof fetch };
  const saved = { console: global.console, fetch: global.fetch, stackTraceLimit: Error.stackTraceLimit };
  const restore = () => {
    global.console = saved.console;
    global.fetch = saved.fetch;
    Error.stackTraceLimit = saved.stackTraceLimit;
  };

  const api = createDemoApi();
  let javascript: string;
  try {
    javascript = transpile(source);
  } catch (error) {
    hooks.onEntry({ kind: 'uncaught', error: syntaxErrorPreview(error) });
    return { done: Promise.resolve(), restore, api };
  }
  const url = hooks.moduleUrl(javascript);
  const errorLine = lineFinder(url);

  // Deep async chains (fetch → redirects → handler) must not push the reader's frame out of the stack.
  Error.stackTraceLimit = 50;
  const uncaught = (error: unknown) => hooks.onEntry({ kind: 'uncaught', error: preview(error, { errorLine }) });
  const activity = trackActivity(uncaught);
  global.console = createConsole(hooks.onEntry, { errorLine });
  global.fetch = activity.track(createSandboxFetch({ api, networkFetch: hooks.networkFetch, onRequest: hooks.onRequest }));

  const topLevel = import(/* @vite-ignore */ url).then(() => undefined, uncaught);
  return {
    done: activity.idle(topLevel),
    restore: () => {
      activity.restore();
      restore();
    },
    api,
  };
}
