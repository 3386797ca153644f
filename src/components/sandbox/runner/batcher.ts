/**
 * Collects what a run prints and fetches and sends it to the page in batches
 * of a bounded size: the first entry at once, then at most one batch per
 * 30 ms, holding only what the page would keep (limits.ts). The worker sends through its private port; the unit
 * tests send to an array, to check the page accepts every real message.
 */
import type { LogEntry } from './console.ts';
import { limits, trimOutput } from './limits.ts';
import { boundedRequest, toOutputEntry } from './output.ts';
import type { NetworkEntry, OutputEntry, WorkerToPage } from './protocol.ts';

const flushDelay = 30;

export interface Batcher {
  emit(entry: LogEntry): void;
  request(entry: NetworkEntry): void;
  /** Sends what is pending now (before `done`). */
  flush(): void;
}

/** `later` is the harness's own timer, taken before the reader's code could replace the global. */
export function createBatcher(send: (message: WorkerToPage) => void, later: (fn: () => void, ms: number) => unknown): Batcher {
  let pending: LogEntry[] = [];
  let dropped = 0;
  let requests: NetworkEntry[] = [];
  let droppedRequests = 0;
  let scheduled = false;
  let flushedOnce = false;

  /** Sends a batch; a value that cannot be cloned costs its own entry, never the batch. */
  function post(entries: OutputEntry[]): void {
    const message: WorkerToPage = { type: 'batch', entries, dropped, requests, droppedRequests };
    try {
      send(message);
    } catch (error) {
      const readable = entries.map((entry): OutputEntry => {
        try {
          structuredClone(entry);
          return entry;
        } catch {
          return { kind: 'text', level: 'error', text: `[output that could not be sent: ${String(error)}]`.slice(0, limits.entryChars), cut: 0 };
        }
      });
      send({ ...message, entries: readable, requests: [] });
    }
  }

  function flush(): void {
    scheduled = false;
    flushedOnce = true;
    if (pending.length === 0 && dropped === 0 && requests.length === 0 && droppedRequests === 0) return;
    // Only what the page can keep is formatted: the last `outputEntries`, then cut to the panel's bounds.
    const recent = pending.slice(-limits.outputEntries);
    const { kept, dropped: trimmed } = trimOutput(recent.map(toOutputEntry));
    dropped += pending.length - recent.length + trimmed;
    post(kept);
    pending = [];
    dropped = 0;
    requests = [];
    droppedRequests = 0;
  }

  function schedule(): void {
    if (scheduled) return;
    // The first output of a run goes out at once, even if the code never yields after it (a busy loop).
    if (!flushedOnce) return flush();
    scheduled = true;
    later(flush, flushDelay);
  }

  return {
    emit(entry) {
      pending.push(entry);
      // Trim in chunks: amortised O(1) per call even in a tight loop.
      if (pending.length >= limits.outputEntries * 2) {
        dropped += pending.length - limits.outputEntries;
        pending = pending.slice(-limits.outputEntries);
      }
      schedule();
    },
    request(entry) {
      requests.push(boundedRequest(entry));
      if (requests.length > limits.requests) {
        droppedRequests += requests.length - limits.requests;
        requests = requests.slice(-limits.requests);
      }
      schedule();
    },
    flush,
  };
}
