/**
 * Console entries as the page shows them: formatted text, indented by group,
 * cut to the entry limit with the count of what was cut. The worker does this
 * before anything crosses to the page, so the page receives only bounded
 * strings; the unit tests do the same to compare with the expected outputs.
 */
import type { LogEntry } from './console.ts';
import { format, formatArgs } from './format.ts';
import { limits } from './limits.ts';
import type { NetworkEntry, OutputEntry, OutputLevel, ValueTree } from './protocol.ts';
import { treeOf } from './tree.ts';
import type { Preview } from './preview.ts';

function indentLines(text: string, depth: number): string {
  const pad = '  '.repeat(Math.min(depth, limits.groupDepth));
  return pad ? text.split('\n').map((line) => pad + line).join('\n') : text;
}

/** Characters left out of top-level strings (nested ones say so in their own text, as in Node). */
function cutOfArgs(args: readonly Preview[]): number {
  let cut = 0;
  for (const arg of args) if (arg.t === 'string' && arg.more) cut += arg.more;
  return cut;
}

function textEntry(level: OutputLevel, text: string, cut: number, tree?: ValueTree): OutputEntry {
  const extra = tree ? { tree } : {};
  if (text.length <= limits.entryChars) return { kind: 'text', level, text, cut, ...extra };
  return { kind: 'text', level, text: text.slice(0, limits.entryChars), cut: cut + text.length - limits.entryChars, ...extra };
}

export function toOutputEntry(entry: LogEntry): OutputEntry {
  switch (entry.kind) {
    case 'log':
      return textEntry(entry.level, indentLines(formatArgs(entry.args), entry.depth), cutOfArgs(entry.args), treeOf(entry.args));
    case 'table':
      return { kind: 'table', head: entry.head, rows: entry.rows, moreRows: entry.moreRows, moreColumns: entry.moreColumns };
    case 'uncaught':
      return textEntry('error', `Uncaught ${format(entry.error)}`, 0);
  }
}

/** An entry as plain text: what the output panel shows and what expected outputs contain. */
export function outputText(entry: OutputEntry): string {
  // Tab-separated cells: the same text a browser gives for the rendered HTML table.
  return entry.kind === 'text' ? entry.text : [entry.head, ...entry.rows].map((row) => row.join('\t')).join('\n');
}

const cutText = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);
const cutHeaders = (headers: [string, string][]) =>
  headers.slice(0, limits.headers).map(([name, value]): [string, string] => [cutText(name, limits.headerChars), cutText(value, limits.headerChars)]);

/** A request as the Network panel lists it, within the request limits (a 50 MB URL is not sent to the page; bodies are cut by the fetch wrapper). */
export function boundedRequest(entry: NetworkEntry): NetworkEntry {
  return {
    ...entry,
    method: cutText(entry.method, limits.headerChars),
    url: cutText(entry.url, limits.urlChars),
    statusText: cutText(entry.statusText, limits.headerChars),
    requestHeaders: cutHeaders(entry.requestHeaders),
    responseHeaders: cutHeaders(entry.responseHeaders),
    ...(entry.error === undefined ? {} : { error: cutText(entry.error, limits.headerChars) }),
  };
}
