/**
 * The `console` that sandboxed code sees: each call becomes a `LogEntry`
 * (level + previews of the arguments, or a table), handed to `emit`.
 */
import { formatArgs, format } from './format.ts';
import { preview, type Preview, type PreviewOptions } from './preview.ts';

export type LogLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';

export type LogEntry =
  | { kind: 'log'; level: LogLevel; args: Preview[]; depth: number }
  | { kind: 'table'; head: string[]; rows: string[][]; depth: number }
  /** An error nobody caught: the run stops (or a promise rejected with no handler). */
  | { kind: 'uncaught'; error: Preview };

/** An entry as plain text: what the output panel shows and what expected outputs contain. */
export function entryText(entry: LogEntry): string {
  switch (entry.kind) {
    case 'log':
      return indentLines(formatArgs(entry.args), entry.depth);
    case 'table':
      // Tab-separated cells: the same text a browser gives for the rendered HTML table.
      return [entry.head, ...entry.rows].map((row) => row.join('\t')).join('\n');
    case 'uncaught':
      return `Uncaught ${format(entry.error)}`;
  }
}

function indentLines(text: string, depth: number): string {
  const pad = '  '.repeat(depth);
  return pad ? text.split('\n').map((line) => pad + line).join('\n') : text;
}

/** console.table's rows: one per element or property, one column per key found (or "Values"). */
function tableOf(data: unknown, columns: string[] | undefined, options: PreviewOptions): { head: string[]; rows: string[][] } | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const rowsIn: [string, unknown][] =
    data instanceof Map ? [...data].map(([k, v]) => [String(k), v]) : Object.entries(data as Record<string, unknown>);
  const keys: string[] = columns ? [...columns] : [];
  let hasValues = false;
  for (const [, row] of rowsIn) {
    if (typeof row === 'object' && row !== null) {
      if (!columns) for (const key of Object.keys(row)) if (!keys.includes(key)) keys.push(key);
    } else {
      hasValues = true;
    }
  }
  const cell = (value: unknown) => format(preview(value, options), 0, true);
  const head = ['(index)', ...keys, ...(hasValues ? ['Values'] : [])];
  const rows = rowsIn.map(([index, row]) => {
    const isObject = typeof row === 'object' && row !== null;
    const cells = keys.map((key) => (isObject && key in row ? cell((row as Record<string, unknown>)[key]) : ''));
    return [index, ...cells, ...(hasValues ? [isObject ? '' : cell(row)] : [])];
  });
  return { head, rows };
}

export function createConsole(emit: (entry: LogEntry) => void, options: PreviewOptions = {}): Console {
  let depth = 0;
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();
  const log = (level: LogLevel) => (...args: unknown[]) => {
    emit({ kind: 'log', level, args: args.map((arg) => preview(arg, options)), depth });
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
    table: (data: unknown, columns?: string[]) => {
      const table = tableOf(data, columns, options);
      if (table) emit({ kind: 'table', ...table, depth });
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
