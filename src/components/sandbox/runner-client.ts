/**
 * The page's side of the runner: one hidden, sandboxed iframe per page,
 * created on the first Run, shared by every sandbox on the page (each talks
 * on its own channel). The worker's bundle is fetched here, same-origin, and
 * handed to the frame as text: the frame's opaque origin could not load it.
 */
import workerUrl from './runner/worker.ts?worker&url';
import type { FrameToPage, PageToFrame } from './runner/protocol.ts';

export type RunMessage = Extract<FrameToPage, { channel: string }>;

interface Connection {
  post(message: PageToFrame): void;
  listeners: Map<string, (message: RunMessage) => void>;
}

let connection: Promise<Connection> | undefined;

function open(frameUrl: string): Promise<Connection> {
  const iframe = document.createElement('iframe');
  // allow-scripts without allow-same-origin: an opaque origin, cut off from the site's storage and DOM.
  iframe.setAttribute('sandbox', 'allow-scripts');
  iframe.hidden = true;
  iframe.tabIndex = -1;
  iframe.title = 'sandbox runner';
  iframe.src = frameUrl;
  const listeners = new Map<string, (message: RunMessage) => void>();
  const post = (message: PageToFrame) => iframe.contentWindow?.postMessage(message, '*');

  let frameReady: () => void = () => undefined;
  let loaded: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (frameReady = resolve));
  const load = new Promise<void>((resolve) => (loaded = resolve));

  window.addEventListener('message', (event: MessageEvent<FrameToPage>) => {
    if (event.source !== iframe.contentWindow) return;
    const message = event.data;
    if (message.type === 'frame-ready') frameReady();
    else if (message.type === 'loaded') loaded();
    else if ('channel' in message) listeners.get(message.channel)?.(message);
  });
  document.body.append(iframe);

  return (async () => {
    const [source] = await Promise.all([
      fetch(workerUrl).then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.text();
      }),
      ready,
    ]);
    post({ type: 'load', workerSource: source });
    await load;
    return { post, listeners };
  })().catch((error: unknown) => {
    iframe.remove();
    throw error;
  });
}

/** The page's runner connection, opened on first use; a failed start is retried on the next call. */
export function connectRunner(frameUrl: string): Promise<Connection> {
  connection ??= open(frameUrl).catch((error: unknown) => {
    connection = undefined;
    throw error;
  });
  return connection;
}

let lastRunId = 0;
export const nextRunId = () => ++lastRunId;
