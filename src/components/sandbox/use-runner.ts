/**
 * Runs the editor's code in the sandboxed runner and keeps what it printed
 * and fetched, within the output panel's bounds (runner/limits.ts). A run is
 * over when its worker is idle (done), when the reader stops it, or at the
 * time limit, whatever the code is doing then: in the last two cases the
 * frame terminates the worker and the status changes when it says so.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { nextRunId, startRun, stopRun, subscribe, type RunEvent } from './runner-client.ts';
import { limits, trimOutput } from './runner/limits.ts';
import type { CheckOutcome, NetworkEntry, OutputEntry, WorkerToPage } from './runner/protocol.ts';

export const timeLimitSeconds = limits.timeLimitMs / 1000;

export type RunStatus =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; durationMs: number }
  /** Stopped by the reader. */
  | { state: 'stopped' }
  | { state: 'timed-out' }
  | { state: 'failed'; message: string; startup: boolean };

/** An entry with a number of its own, so that the panel keeps its element when older entries leave. */
export type KeptEntry = OutputEntry & { seq: number };
export type KeptRequest = NetworkEntry & { seq: number };

export interface RunnerState {
  /** Runs started so far: the panels start afresh with each. */
  run: number;
  entries: KeptEntry[];
  /** Older entries left out to stay within the panel's bounds. */
  hidden: number;
  requests: KeptRequest[];
  hiddenRequests: number;
  /** Messages of this run that failed the protocol check and were dropped. */
  malformed: number;
  status: RunStatus;
  /**
   * An exercise's verdicts: `undefined` for a plain Run, `'pending'` while a Check runs, then
   * what the checks said (a Check stopped before its end never gets them).
   */
  checks?: 'pending' | CheckOutcome[];
}

const empty: RunnerState = { run: 0, entries: [], hidden: 0, requests: [], hiddenRequests: 0, malformed: 0, status: { state: 'idle' } };

function append(state: RunnerState, batch: Extract<WorkerToPage, { type: 'batch' }>, nextSeq: () => number): RunnerState {
  const { kept, dropped } = trimOutput([...state.entries, ...batch.entries.map((entry) => ({ ...entry, seq: nextSeq() }))]);
  const requests = [...state.requests, ...batch.requests.map((entry) => ({ ...entry, seq: nextSeq() }))];
  const overflow = Math.max(0, requests.length - limits.requests);
  return {
    ...state,
    entries: kept,
    hidden: state.hidden + batch.dropped + dropped,
    requests: overflow ? requests.slice(overflow) : requests,
    hiddenRequests: state.hiddenRequests + batch.droppedRequests + overflow,
  };
}

export function useRunner(channel: string, frameUrl: string) {
  const [state, setState] = useState<RunnerState>(empty);
  /** The run whose messages count; older runs' late messages are ignored. */
  const current = useRef<{ runId: number; timer?: ReturnType<typeof setTimeout> } | undefined>(undefined);
  const seq = useRef(0);

  const finish = useCallback((status: RunStatus) => {
    clearTimeout(current.current?.timer);
    current.current = undefined;
    setState((s) => ({ ...s, status }));
  }, []);

  const onEvent = useCallback(
    (event: RunEvent) => {
      const { runId } = event;
      if (runId !== current.current?.runId) return;
      if ('malformed' in event) {
        setState((s) => ({ ...s, malformed: s.malformed + 1 }));
        return;
      }
      const { message } = event;
      switch (message.type) {
        case 'batch':
          setState((s) => append(s, message, () => ++seq.current));
          break;
        case 'checked':
          setState((s) => ({ ...s, checks: message.results }));
          break;
        case 'done':
          finish({ state: 'done', durationMs: message.durationMs });
          // Idle is not enough: whatever the run scheduled that is not tracked goes with its worker.
          void stopRun(frameUrl, channel, runId, 'done');
          break;
        case 'stopped':
          if (message.reason !== 'done') finish({ state: message.reason === 'time-limit' ? 'timed-out' : 'stopped' });
          break;
        case 'crash':
          finish({ state: 'failed', message: message.message, startup: false });
          void stopRun(frameUrl, channel, runId, 'done');
          break;
      }
    },
    [channel, frameUrl, finish],
  );

  useEffect(() => subscribe(channel, onEvent), [channel, onEvent]);

  /** Runs `code`; with an exercise's `checks` (their source), checks it afterwards. */
  const run = useCallback(
    async (code: string, checks?: string) => {
      clearTimeout(current.current?.timer);
      const runId = nextRunId();
      current.current = { runId };
      setState((s) => ({ ...empty, run: s.run + 1, status: { state: 'running' }, ...(checks === undefined ? {} : { checks: 'pending' as const }) }));
      try {
        await startRun(frameUrl, channel, runId, code, checks);
        if (current.current?.runId !== runId) return;
        current.current.timer = setTimeout(() => {
          // A busy loop never yields, so only terminating the worker stops it.
          if (current.current?.runId === runId) void stopRun(frameUrl, channel, runId, 'time-limit');
        }, limits.timeLimitMs);
      } catch (error) {
        if (current.current?.runId === runId) finish({ state: 'failed', message: String(error), startup: true });
      }
    },
    [channel, frameUrl, finish],
  );

  const stop = useCallback(() => {
    const runId = current.current?.runId;
    if (runId !== undefined) void stopRun(frameUrl, channel, runId, 'reader');
  }, [channel, frameUrl]);

  const clear = useCallback(() => setState((s) => ({ ...s, entries: [], hidden: 0, requests: [], hiddenRequests: 0, malformed: 0 })), []);

  // Leaving the page (or a remount) stops what is still running.
  useEffect(
    () => () => {
      const run = current.current;
      if (!run) return;
      clearTimeout(run.timer);
      void stopRun(frameUrl, channel, run.runId, 'reader');
    },
    [channel, frameUrl],
  );

  return { state, run, stop, clear };
}
