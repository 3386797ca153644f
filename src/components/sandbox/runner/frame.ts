/**
 * The script of the runner frame (`/sandbox-runner/`), loaded in an iframe
 * with `sandbox="allow-scripts"`: an opaque origin that cannot reach the
 * page's DOM, cookies or storage. It receives the worker's source once,
 * starts one worker per run from a blob: URL, hands it the run's MessagePort
 * and terminates it when the page asks (done, Stop, time limit, a new run),
 * then says so: the frame is the one that knows a worker is gone.
 *
 * It never listens to its workers' own messages: the reader's code could post
 * anything there (see protocol.ts). Output goes from worker to page on the port.
 *
 * Served as a classic script (a module script would need CORS headers from
 * an opaque origin): `src/pages/sandbox-runner/frame.js.ts` strips the types
 * and serves this file as is, so it imports nothing but types and exports nothing.
 */
import type { FrameToPage, FrameToWorker, PageToFrame } from './protocol.ts';

function runnerFrame(): void {
  let workerUrl: string | undefined;
  let spare: Worker | undefined;
  const running = new Map<string, { runId: number; worker: Worker }>();

  const post = (message: FrameToPage) => window.parent.postMessage(message, '*');

  function startWorker(): Worker {
    if (!workerUrl) throw new Error('runner: no worker source yet');
    return new Worker(workerUrl);
  }

  function terminate(channel: string): void {
    running.get(channel)?.worker.terminate();
    running.delete(channel);
  }

  function run(channel: string, runId: number, code: string, checks: string | undefined, port: MessagePort): void {
    terminate(channel);
    const worker = spare ?? startWorker();
    // The next run gets a worker that has already loaded and warmed up.
    spare = startWorker();
    running.set(channel, { runId, worker });
    worker.onerror = (event) => {
      event.preventDefault();
      post({ type: 'crash', message: event.message || 'worker error', channel, runId });
    };
    const message: FrameToWorker = typeof checks === 'string' ? { type: 'run', code, checks } : { type: 'run', code };
    worker.postMessage(message, [port]);
  }

  window.addEventListener('message', (event: MessageEvent<PageToFrame>) => {
    if (event.source !== window.parent) return;
    const message = event.data;
    if (message.type === 'load') {
      if (!workerUrl) {
        workerUrl = URL.createObjectURL(new Blob([message.workerSource], { type: 'text/javascript' }));
        spare = startWorker();
      }
      post({ type: 'loaded' });
    } else if (message.type === 'run') {
      const port = event.ports[0];
      if (port) run(message.channel, message.runId, message.code, message.checks, port);
    } else if (message.type === 'stop') {
      if (running.get(message.channel)?.runId === message.runId) terminate(message.channel);
      post({ type: 'stopped', channel: message.channel, runId: message.runId, reason: message.reason });
    }
  });

  post({ type: 'frame-ready' });
}

runnerFrame();
