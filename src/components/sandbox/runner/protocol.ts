/**
 * Messages between the page, the sandboxed runner frame and its workers.
 *
 *   page (island) ──load/run/stop──▶ frame (opaque origin) ──run──▶ worker
 *   page ◀──────── entries/request/done (tagged with the run) ────── worker
 *
 * Each sandbox on the page talks on its own `channel`; a new run on a
 * channel replaces that channel's worker, so every run starts clean.
 */
import type { NetworkEntry } from '../../../demo-api/fetch.ts';
import type { LogEntry } from './console.ts';

export type PageToFrame =
  | { type: 'load'; workerSource: string }
  | { type: 'run'; channel: string; runId: number; code: string }
  | { type: 'stop'; channel: string; runId: number };

export type WorkerToFrame =
  /** Console output, batched; `dropped` entries were discarded to keep the last ones. */
  | { type: 'entries'; entries: LogEntry[]; dropped: number }
  | { type: 'request'; entry: NetworkEntry }
  | { type: 'done'; durationMs: number }
  /** The worker itself failed (not the reader's code). */
  | { type: 'crash'; message: string };

export type FrameToPage =
  | { type: 'frame-ready' }
  | { type: 'loaded' }
  | ({ channel: string; runId: number } & WorkerToFrame)
  | { type: 'stopped'; channel: string; runId: number };

export interface FrameToWorker {
  type: 'run';
  code: string;
}
