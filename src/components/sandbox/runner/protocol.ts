/**
 * Messages between the page, the sandboxed runner frame and its workers.
 *
 *   page (island) ──load/run/stop──▶ frame (opaque origin) ──run + port──▶ worker
 *   page ◀──────────────── batch/done, on the run's own MessagePort ──────── worker
 *   page ◀── stopped/crash ── frame
 *
 * Each run gets a fresh MessageChannel from the page: one end stays with the
 * page, the other travels through the frame to the worker, whose harness
 * takes it before the reader's code is imported. The reader's code can call
 * `self.postMessage`, but that reaches only the frame's Worker object, which
 * nobody listens to: nothing the code posts can be taken for the runner.
 * The page still checks every message (`guard.ts`) before React sees it.
 */

/** A console call as the page shows it: formatted in the worker, already cut to the limits. */
export type OutputLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';

export type OutputEntry =
  /**
   * `cut` characters were left out at the end (0 when the text is whole);
   * `tree`, when the call printed an object or array, is its explorable form (tree.ts).
   */
  | { kind: 'text'; level: OutputLevel; text: string; cut: number; tree?: ValueTree }
  /** `console.table`; rows and columns beyond the limits are counted, not sent. */
  | { kind: 'table'; head: string[]; rows: string[][]; moreRows: number; moreColumns: number };

/** One line of an explorable value: its depth (0 for a console argument) and its text, `key: value`. */
export type TreeLine = [depth: number, label: string];

/** The lines of an explorable value in reading order, a line's children after it one level deeper; `left` lines did not fit. */
export interface ValueTree {
  lines: TreeLine[];
  left: number;
}

/** One exchange of the sandbox's `fetch`, as the Network panel lists it. */
export interface NetworkEntry {
  method: string;
  url: string;
  /** 0 when no response arrived (network error, abort). */
  status: number;
  statusText: string;
  requestHeaders: [string, string][];
  /** Every header the server sent, as devtools shows them (the script may see fewer). */
  responseHeaders: [string, string][];
  requestBody: string;
  responseBody: string;
  durationMs: number;
  /** Why no response arrived. */
  error?: string;
  /** True when the in-browser demo API answered. */
  local: boolean;
}

/** Why a run's worker was terminated. */
export type StopReason = 'done' | 'reader' | 'time-limit';

export type PageToFrame =
  | { type: 'load'; workerSource: string }
  /** Carries the worker's end of the run's MessageChannel as a transferred port. */
  /** `checks`: an exercise's checks module (TypeScript source), run after the code (checks.ts). */
  | { type: 'run'; channel: string; runId: number; code: string; checks?: string }
  | { type: 'stop'; channel: string; runId: number; reason: StopReason };

export type FrameToPage =
  | { type: 'frame-ready' }
  | { type: 'loaded' }
  /** The run's worker has been terminated: nothing of it runs any more. */
  | { type: 'stopped'; channel: string; runId: number; reason: StopReason }
  /** The worker itself failed (not the reader's code, whose errors are output). */
  | { type: 'crash'; channel: string; runId: number; message: string };

/** The frame's one message to a worker, with the run's port transferred alongside. */
export interface FrameToWorker {
  type: 'run';
  code: string;
  checks?: string;
}

/** One check of an exercise after a run: its id (from the checks module), the verdict, why it threw ('' if it did not). */
export interface CheckOutcome {
  id: string;
  passed: boolean;
  error: string;
}

export type WorkerToPage =
  /**
   * What the run printed and fetched since the last batch (at most one batch per
   * 30 ms); `dropped` entries and `droppedRequests` requests, the oldest, were
   * left out to stay within the limits.
   */
  | { type: 'batch'; entries: OutputEntry[]; dropped: number; requests: NetworkEntry[]; droppedRequests: number }
  /** The exercise's checks, once the program is idle; sent just before `done`. */
  | { type: 'checked'; results: CheckOutcome[] }
  /** The worker is idle: the top level has finished and no timer or request is pending. */
  | { type: 'done'; durationMs: number };
