/**
 * The `console` that sandboxed code sees: each call becomes a `LogEntry`
 * (level + previews of the arguments, or a table), handed to `emit`.
 * `output.ts` turns entries into the text the page shows.
 */
import { format } from './format.ts';
import { limits } from './limits.ts';
import type { OutputLevel } from './protocol.ts';
import { preview, previewArgs, stringOf, type Preview, type PreviewOptions } from './preview.ts';

export type LogLevel = OutputLevel;

export type LogEntry =
  | { kind: 'log'; level: LogLevel; args: Preview[]; depth: number }
  | { kind: 'table'; head: string[]; rows: string[][]; moreRows: number; moreColumns: number }
  /** An error nobody caught: the run stops (or a promise rejected with no handler). */
  | { kind: 'uncaught'; error: Preview };

/** The rows `console.table` shows of `data`: at most `tableRows`, read one by one (a 100 000-row array is not copied). */
function tableRows(data: object): { rows: [string, unknown][]; total: number } {
  const rows: [string, unknown][] = [];
  if (data instanceof Map) {
    for (const [key, value] of data) {
      if (rows.length >= limits.tableRows) break;
      rows.push([stringOf(key), value]);
    }
    return { rows, total: data.size };
  }
  if (Array.isArray(data)) {
    for (let i = 0; i < Math.min(data.length, limits.tableRows); i++) rows.push([String(i), data[i]]);
    return { rows, total: data.length };
  }
  const keys = Object.keys(data);
  for (const key of keys.slice(0, limits.tableRows)) rows.push([key, (data as Record<string, unknown>)[key]]);
  return { rows, total: keys.length };
}

/** console.table's rows: one per element or property, one column per key found (or "Values"), within the table limits. */
function tableOf(data: unknown, columns: unknown, options: PreviewOptions): Extract<LogEntry, { kind: 'table' }> | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { rows: rowsIn, total } = tableRows(data);
  // Column names may come from the reader as anything: only their text is used.
  const chosen = Array.isArray(columns) ? columns.map(stringOf) : undefined;
  const keys: string[] = chosen ? [...chosen] : [];
  let hasValues = false;
  for (const [, row] of rowsIn) {
    if (typeof row === 'object' && row !== null) {
      if (!chosen) for (const key of Object.keys(row)) if (!keys.includes(key)) keys.push(key);
    } else {
      hasValues = true;
    }
  }
  const shownKeys = keys.slice(0, limits.tableColumns);
  const cell = (value: unknown) => cut(format(preview(value, options), 0, true), limits.cellChars);
  const head = ['(index)', ...shownKeys, ...(hasValues ? ['Values'] : [])].map((name) => cut(name, limits.cellChars));
  const rows = rowsIn.map(([index, row]) => {
    const isObject = typeof row === 'object' && row !== null;
    const cells = shownKeys.map((key) => (isObject && key in row ? cell((row as Record<string, unknown>)[key]) : ''));
    return [cut(index, limits.cellChars), ...cells, ...(hasValues ? [isObject ? '' : cell(row)] : [])];
  });
  return { kind: 'table', head, rows, moreRows: total - rowsIn.length, moreColumns: keys.length - shownKeys.length };
}

/** A cell's text, cut with an ellipsis (the table's note counts rows and columns, not characters). */
function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function createConsole(emit: (entry: LogEntry) => void, options: PreviewOptions = {}): Console {
  let depth = 0;
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();
  const log = (level: LogLevel) => (...args: unknown[]) => {
    emit({ kind: 'log', level, args: previewArgs(args, options), depth });
  };
  const text = (level: LogLevel, message: string) => emit({ kind: 'log', level, args: [{ t: 'string', v: message }], depth });
  const sandboxConsole: Partial<Console> = {
    log: log('log'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    debug: log('debug'),
    trace: log('log'),
    dir: (value: unknown) => log('log')(value),
    dirxml: log('log'),
    table: (data: unknown, columns?: unknown) => {
      let table: LogEntry | undefined;
      try {
        table = tableOf(data, columns, options);
      } catch {
        // A proxy or exotic object that cannot be read as rows: printed as a value instead.
      }
      if (table) emit(table);
      else log('log')(data);
    },
    group: (...label: unknown[]) => {
      if (label.length > 0) log('log')(...label);
      depth++;
    },
    groupCollapsed: (...label: unknown[]) => {
      if (label.length > 0) log('log')(...label);
      depth++;
    },
    groupEnd: () => {
      // Depth counts every group, as a console does; only the indentation stops at `groupDepth` (output.ts).
      depth = Math.max(0, depth - 1);
    },
    assert: (condition?: boolean, ...args: unknown[]) => {
      if (!condition) log('error')('Assertion failed', ...args);
    },
    count: (label = 'default') => {
      const n = (counts.get(label) ?? 0) + 1;
      counts.set(label, n);
      text('log', `${label}: ${n}`);
    },
    countReset: (label = 'default') => void counts.delete(label),
    time: (label = 'default') => void timers.set(label, performance.now()),
    timeLog: (label = 'default', ...args: unknown[]) => {
      const started = timers.get(label);
      if (started !== undefined) log('log')(`${label}: ${(performance.now() - started).toFixed(1)} ms`, ...args);
    },
    timeEnd: (label = 'default') => {
      const started = timers.get(label);
      if (started === undefined) return;
      timers.delete(label);
      text('log', `${label}: ${(performance.now() - started).toFixed(1)} ms`);
    },
    clear: () => undefined,
  };
  return sandboxConsole as Console;
}
