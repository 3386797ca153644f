/**
 * The page's side of the runner: one hidden, sandboxed iframe per page,
 * created on the first Run, shared by every sandbox on the page (each on its
 * own channel). The worker's bundle is fetched here, same-origin, and handed
 * to the frame as text: the frame's opaque origin could not load it.
 *
 * The frame's document is written by the page (`srcdoc`) around the frame
 * script, fetched here too, rather than loaded from `/sandbox-runner/`: a
 * sandboxed frame's own navigation is never given to the service worker, so
 * it would fail offline, while the page's fetches are served from its cache.
 * The page's policy allows exactly that script (inline-csp-hashes.ts).
 *
 * Each run gets its own MessageChannel (protocol.ts); what arrives on it, and
 * what the frame says, is checked by `guard.ts` and handed to the channel's
 * subscribers. A message that fails the check is counted for its run.
 */
import workerUrl from './runner/worker.ts?worker&url';
import { frameMessage, workerMessage } from './runner/guard.ts';
import type { FrameToPage, PageToFrame, StopReason, WorkerToPage } from './runner/protocol.ts';

/** What a channel's subscribers receive: a checked message of one run, or the count of one rejected. */
export type RunEvent =
  | { runId: number; message: WorkerToPage | Extract<FrameToPage, { runId: number }> }
  | { runId: number; malformed: true };

type Listener = (event: RunEvent) => void;

const listeners = new Map<string, Set<Listener>>();

function dispatch(channel: string, event: RunEvent): void {
  for (const listener of listeners.get(channel) ?? []) listener(event);
}

/** Listens to a channel's runs; returns the function that stops listening (for an effect's cleanup). */
export function subscribe(channel: string, listener: Listener): () => void {
  let set = listeners.get(channel);
  if (!set) listeners.set(channel, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}

interface Frame {
  post(message: PageToFrame, transfer?: Transferable[]): void;
}

let frame: Promise<Frame> | undefined;

const fetchText = (url: string) =>
  fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    return response.text();
  });

/** The frame's document: its one script and nothing else (the script's hash is in the page's policy). */
const frameDocument = (script: string) => `<!doctype html><html lang="en"><meta charset="utf-8"><title>Sandbox runner</title><script>${script}</script></html>`;

function open(frameUrl: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  // allow-scripts without allow-same-origin: an opaque origin, cut off from the site's storage and DOM.
  iframe.setAttribute('sandbox', 'allow-scripts');
  iframe.hidden = true;
  iframe.tabIndex = -1;
  iframe.title = 'sandbox runner';
  const post = (message: PageToFrame, transfer: Transferable[] = []) => iframe.contentWindow?.postMessage(message, '*', transfer);

  let frameReady: () => void = () => undefined;
  let loaded: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (frameReady = resolve));
  const load = new Promise<void>((resolve) => (loaded = resolve));

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.source !== iframe.contentWindow) return;
    const message = frameMessage(event.data);
    if (!message) return;
    if (message.type === 'frame-ready') frameReady();
    else if (message.type === 'loaded') loaded();
    else dispatch(message.channel, { runId: message.runId, message });
  });

  return (async () => {
    const [frameScript, workerSource] = await Promise.all([fetchText(`${frameUrl}frame.js`), fetchText(workerUrl)]);
    iframe.srcdoc = frameDocument(frameScript);
    document.body.append(iframe);
    await ready;
    post({ type: 'load', workerSource });
    await load;
    return { post };
  })().catch((error: unknown) => {
    iframe.remove();
    throw error;
  });
}

/** The page's runner frame, opened on first use; a failed start is retried on the next call. */
function connect(frameUrl: string): Promise<Frame> {
  frame ??= open(frameUrl).catch((error: unknown) => {
    frame = undefined;
    throw error;
  });
  return frame;
}

/** The page's end of each channel's current run. */
const ports = new Map<string, { runId: number; port: MessagePort }>();

let lastRunId = 0;

/** Numbers for runs: unique on the page, so a late message of an old run is recognised as such. */
export const nextRunId = () => ++lastRunId;

/**
 * Starts `code` on `channel` (replacing that channel's previous run), followed by an exercise's
 * `checks` when given; rejects if the runner cannot start.
 */
export async function startRun(frameUrl: string, channel: string, runId: number, code: string, checks?: string): Promise<void> {
  const runner = await connect(frameUrl);
  const { port1, port2 } = new MessageChannel();
  // The previous run's port goes quiet at once: nothing of it can reach the page any more.
  ports.get(channel)?.port.close();
  ports.set(channel, { runId, port: port1 });
  port1.onmessage = (event: MessageEvent<unknown>) => {
    const message = workerMessage(event.data);
    dispatch(channel, message ? { runId, message } : { runId, malformed: true });
  };
  port1.onmessageerror = () => dispatch(channel, { runId, malformed: true });
  runner.post(checks === undefined ? { type: 'run', channel, runId, code } : { type: 'run', channel, runId, code, checks }, [port2]);
}

/** Asks the frame to terminate a run's worker; the frame answers with `stopped`. */
export async function stopRun(frameUrl: string, channel: string, runId: number, reason: StopReason): Promise<void> {
  const runner = await connect(frameUrl);
  const current = ports.get(channel);
  if (current?.runId === runId) {
    current.port.close();
    ports.delete(channel);
  }
  runner.post({ type: 'stop', channel, runId, reason });
}
