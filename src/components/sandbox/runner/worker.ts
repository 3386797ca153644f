/**
 * The worker that runs a reader's code. It is bundled by Vite, started from a
 * blob: URL inside the sandboxed runner frame (an opaque origin: no access to
 * the page's DOM, cookies or storage), used for one run and then terminated.
 * Console output is batched and capped, so a loop of 100 000 `console.log`
 * calls costs the page one message, not 100 000.
 */
import type { LogEntry } from './console.ts';
import { runSandbox } from './execute.ts';
import { preview } from './preview.ts';
import type { FrameToWorker, WorkerToFrame } from './protocol.ts';
import { transpile } from './transpile.ts';

interface WorkerScope {
  postMessage(message: WorkerToFrame): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FrameToWorker>) => void): void;
  addEventListener(type: 'unhandledrejection', listener: (event: PromiseRejectionEvent) => void): void;
}
const scope = globalThis as unknown as WorkerScope;
const networkFetch = globalThis.fetch.bind(globalThis);

/** At most this many entries cross to the page per run; older ones are counted, not sent. */
const keep = 1000;
const flushDelay = 30;
let pending: LogEntry[] = [];
let dropped = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let flushedOnce = false;

function flush(): void {
  timer = undefined;
  flushedOnce = true;
  if (pending.length > keep) {
    dropped += pending.length - keep;
    pending = pending.slice(-keep);
  }
  if (pending.length > 0 || dropped > 0) scope.postMessage({ type: 'entries', entries: pending, dropped });
  pending = [];
  dropped = 0;
}

function emit(entry: LogEntry): void {
  pending.push(entry);
  // Trim in chunks: amortised O(1) per call even in a tight loop.
  if (pending.length >= keep * 2) {
    dropped += pending.length - keep;
    pending = pending.slice(-keep);
  }
  // The first lines go out as soon as the code yields, so the reader sees output at once;
  // later ones are batched.
  timer ??= setTimeout(flush, flushedOnce ? flushDelay : 0);
}

// Warm Sucrase up while the worker waits as the spare, so the first Run transpiles in milliseconds.
transpile(
  [
    'interface Warm { id: number; tags?: string[] }',
    "const warm: Warm = { id: 1 } as Warm;",
    "const text = `${warm.id}`;",
    "for (const [k, v] of Object.entries<unknown>(warm)) console.log(k, v, text);",
    "try { await fetch('https://api.example.com/users', { method: 'POST' }); } catch (error) { console.log((error as Error).name); }",
  ].join('\n'),
);

scope.addEventListener('message', (event) => {
  if (event.data.type !== 'run') return;
  const started = performance.now();
  const run = runSandbox(event.data.code, {
    onEntry: emit,
    onRequest: (entry) => scope.postMessage({ type: 'request', entry }),
    networkFetch,
    moduleUrl: (javascript) => URL.createObjectURL(new Blob([javascript], { type: 'text/javascript' })),
  });
  scope.addEventListener('unhandledrejection', (rejection) => {
    rejection.preventDefault();
    emit({ kind: 'uncaught', error: preview(rejection.reason) });
  });
  void run.done.then(() => {
    flush();
    scope.postMessage({ type: 'done', durationMs: performance.now() - started });
  });
});
