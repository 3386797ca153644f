/**
 * Runs the editor's code in the sandboxed runner and keeps what it printed
 * and fetched. Output is capped (the last `keepEntries` entries, with a count
 * of the hidden ones) and a run that exceeds the time limit is terminated.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NetworkEntry } from '../../demo-api/fetch.ts';
import { connectRunner, nextRunId, type RunMessage } from './runner-client.ts';
import type { LogEntry } from './runner/console.ts';

export const timeLimitSeconds = 5;
const keepEntries = 500;
const keepRequests = 100;

export type RunStatus =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; durationMs: number }
  | { state: 'stopped' }
  | { state: 'failed'; message: string; startup: boolean };

export interface RunnerState {
  entries: LogEntry[];
  hidden: number;
  requests: NetworkEntry[];
  status: RunStatus;
}

const empty: RunnerState = { entries: [], hidden: 0, requests: [], status: { state: 'idle' } };

export function useRunner(channel: string, frameUrl: string) {
  const [state, setState] = useState<RunnerState>(empty);
  /** The run whose messages count; older runs' late messages are ignored. */
  const current = useRef<{ runId: number; timer?: ReturnType<typeof setTimeout> } | undefined>(undefined);

  const onMessage = useCallback((message: RunMessage) => {
    if (message.runId !== current.current?.runId) return;
    if (message.type === 'entries') {
      setState((s) => {
        const all = [...s.entries, ...message.entries];
        const overflow = Math.max(0, all.length - keepEntries);
        return { ...s, entries: overflow ? all.slice(overflow) : all, hidden: s.hidden + message.dropped + overflow };
      });
    } else if (message.type === 'request') {
      setState((s) => ({ ...s, requests: [...s.requests, message.entry].slice(-keepRequests) }));
    } else if (message.type === 'done' || message.type === 'crash') {
      clearTimeout(current.current.timer);
      const status: RunStatus =
        message.type === 'done'
          ? { state: 'done', durationMs: message.durationMs }
          : { state: 'failed', message: message.message, startup: false };
      setState((s) => ({ ...s, status }));
    }
  }, []);

  const run = useCallback(
    async (code: string) => {
      if (current.current) clearTimeout(current.current.timer);
      const runId = nextRunId();
      current.current = { runId };
      setState({ ...empty, status: { state: 'running' } });
      try {
        const connection = await connectRunner(frameUrl);
        if (current.current?.runId !== runId) return;
        connection.listeners.set(channel, onMessage);
        connection.post({ type: 'run', channel, runId, code });
        current.current.timer = setTimeout(() => {
          if (current.current?.runId !== runId) return;
          // A busy loop never yields, so only terminating the worker stops it.
          connection.post({ type: 'stop', channel, runId });
          current.current = undefined;
          setState((s) => ({ ...s, status: { state: 'stopped' } }));
        }, timeLimitSeconds * 1000);
      } catch (error) {
        setState((s) => ({ ...s, status: { state: 'failed', message: String(error), startup: true } }));
      }
    },
    [channel, frameUrl, onMessage],
  );

  const clear = useCallback(() => setState((s) => ({ ...s, entries: [], hidden: 0, requests: [] })), []);

  useEffect(() => () => {
    if (current.current) clearTimeout(current.current.timer);
  }, []);

  return { state, run, clear };
}
