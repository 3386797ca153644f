/**
 * The worker that runs a reader's code. It is bundled by Vite, started from a
 * blob: URL inside the sandboxed runner frame (an opaque origin: no access to
 * the page's DOM, cookies or storage), used for one run and then terminated.
 *
 * It talks to the page only through the MessagePort that arrives with the
 * run, taken before the reader's code is imported and kept in this module's
 * scope, where that code cannot reach it (see protocol.ts). Output is batched
 * and bounded (batcher.ts), so a loop of 100 000 `console.log` calls costs the
 * page a few messages of a bounded size, not 100 000.
 */
import { createBatcher } from './batcher.ts';
import { runSandbox, type RunHooks } from './execute.ts';
import { runExercise } from './exercise-run.ts';
import { preview } from './preview.ts';
import type { CheckOutcome, FrameToWorker, WorkerToPage } from './protocol.ts';
import { transpile } from './transpile.ts';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<FrameToWorker>) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<FrameToWorker>) => void): void;
  addEventListener(type: 'unhandledrejection', listener: (event: PromiseRejectionEvent) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
}
const scope = globalThis as unknown as WorkerScope;
// Bound before any reader code runs: replacing the globals later changes nothing here.
const networkFetch = globalThis.fetch.bind(globalThis);
const later = globalThis.setTimeout.bind(globalThis);

function startRun(code: string, checks: string | undefined, send: (message: WorkerToPage) => void): void {
  const started = performance.now();
  const batcher = createBatcher(send, later);
  scope.addEventListener('unhandledrejection', (rejection) => {
    rejection.preventDefault();
    batcher.emit({ kind: 'uncaught', error: preview(rejection.reason) });
  });
  // An error thrown where no timer wrapper catches it (an event listener, say) is the reader's, not the runner's.
  scope.addEventListener('error', (event) => {
    event.preventDefault();
    batcher.emit({ kind: 'uncaught', error: preview(event.error ?? event.message) });
  });
  const hooks: RunHooks = {
    onEntry: batcher.emit,
    onRequest: batcher.request,
    networkFetch,
    moduleUrl: (javascript) => URL.createObjectURL(new Blob([javascript], { type: 'text/javascript' })),
  };
  // An exercise's verdicts go out after the program's last output, and before `done`.
  const onChecked = (results: CheckOutcome[]) => {
    batcher.flush();
    send({ type: 'checked', results });
  };
  const run = checks === undefined ? runSandbox(code, hooks) : runExercise(code, checks, { ...hooks, onChecked });
  void run.done.then(() => {
    batcher.flush();
    send({ type: 'done', durationMs: performance.now() - started });
  });
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

// One run per worker: the first message brings the code and the port; nothing after it is read.
scope.addEventListener('message', function onRun(event) {
  scope.removeEventListener('message', onRun);
  const port = event.ports[0];
  if (event.data.type !== 'run' || !port) return;
  startRun(event.data.code, event.data.checks, port.postMessage.bind(port) as (message: WorkerToPage) => void);
});
