/**
 * Checks every message from the runner before the page acts on it. The
 * private port already keeps the reader's own messages out (protocol.ts);
 * this is the second wall, for a harness whose built-ins the reader's code
 * has replaced (`Array.prototype.map`, say): a malformed message is dropped
 * and counted, never thrown at React.
 *
 * Written by hand rather than with a schema library: after the worker formats
 * output (output.ts), every message is a flat record of strings, numbers and
 * arrays of strings, so the checks are a few lines each, typed against the
 * protocol, and the page downloads no validator.
 */
import { limits } from './limits.ts';
import type { FrameToPage, NetworkEntry, OutputEntry, StopReason, ValueTree, WorkerToPage } from './protocol.ts';

type Record_ = Record<string, unknown>;

const isRecord = (value: unknown): value is Record_ => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isTextList = (value: unknown, maxItems: number, maxChars: number): value is string[] =>
  Array.isArray(value) && value.length <= maxItems && value.every((item) => isText(item, maxChars));

const levels = new Set(['log', 'info', 'warn', 'error', 'debug']);
const stopReasons = new Set<StopReason>(['done', 'reader', 'time-limit']);

/** A cut cell keeps `cellChars` characters including its ellipsis; a table has an index and a Values column besides. */
const maxCells = limits.tableColumns + 2;

/**
 * An explorable value (tree.ts): bounded lines of text, starting at depth 0,
 * each at most one level deeper than the line before it, so the page can
 * nest them without checking again.
 */
/** A tree line holds a key and a value, each cut to `treeLabelChars`, and the few characters between them (`: `, ` => `). */
const maxTreeLine = limits.treeLabelChars * 2 + 8;

export function isValueTree(value: unknown): value is ValueTree {
  if (!isRecord(value) || !isCount(value.left) || !Array.isArray(value.lines) || value.lines.length > limits.treeLines) return false;
  let previous = -1;
  let chars = 0;
  for (const line of value.lines as unknown[]) {
    if (!Array.isArray(line) || line.length !== 2) return false;
    const [depth, label] = line as unknown[];
    if (!isCount(depth) || depth > previous + 1 || !isText(label, maxTreeLine)) return false;
    chars += label.length;
    previous = depth;
  }
  return chars <= limits.entryChars;
}

export function isOutputEntry(value: unknown): value is OutputEntry {
  if (!isRecord(value)) return false;
  if (value.kind === 'text') {
    return (
      typeof value.level === 'string' &&
      levels.has(value.level) &&
      isText(value.text, limits.entryChars) &&
      isCount(value.cut) &&
      (value.tree === undefined || isValueTree(value.tree))
    );
  }
  if (value.kind === 'table') {
    return (
      isTextList(value.head, maxCells, limits.cellChars) &&
      Array.isArray(value.rows) &&
      value.rows.length <= limits.tableRows &&
      value.rows.every((row) => isTextList(row, maxCells, limits.cellChars)) &&
      isCount(value.moreRows) &&
      isCount(value.moreColumns)
    );
  }
  return false;
}

const isHeaders = (value: unknown): value is [string, string][] =>
  Array.isArray(value) &&
  value.length <= limits.headers &&
  value.every((pair) => Array.isArray(pair) && pair.length === 2 && isText(pair[0], limits.headerChars + 1) && isText(pair[1], limits.headerChars + 1));

export function isNetworkEntry(value: unknown): value is NetworkEntry {
  // Cut texts end with an ellipsis after their limit: one character more.
  return (
    isRecord(value) &&
    isText(value.method, limits.headerChars + 1) &&
    isText(value.url, limits.urlChars + 1) &&
    isCount(value.status) &&
    isText(value.statusText, limits.headerChars + 1) &&
    isHeaders(value.requestHeaders) &&
    isHeaders(value.responseHeaders) &&
    isText(value.requestBody, limits.bodyChars + 1) &&
    isText(value.responseBody, limits.bodyChars + 1) &&
    typeof value.durationMs === 'number' &&
    Number.isFinite(value.durationMs) &&
    value.durationMs >= 0 &&
    (value.error === undefined || isText(value.error, limits.headerChars + 1)) &&
    typeof value.local === 'boolean'
  );
}

/** A message from a run's worker, or undefined when it is not one the protocol allows. */
export function workerMessage(value: unknown): WorkerToPage | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'batch') {
    const ok =
      Array.isArray(value.entries) &&
      value.entries.length <= limits.outputEntries &&
      value.entries.every(isOutputEntry) &&
      isCount(value.dropped) &&
      Array.isArray(value.requests) &&
      value.requests.length <= limits.requests &&
      value.requests.every(isNetworkEntry) &&
      isCount(value.droppedRequests);
    return ok ? (value as WorkerToPage) : undefined;
  }
  if (value.type === 'checked') {
    const ok =
      Array.isArray(value.results) &&
      value.results.length <= limits.checks &&
      value.results.every(
        (result) => isRecord(result) && isText(result.id, limits.headerChars) && typeof result.passed === 'boolean' && isText(result.error, limits.headerChars + 1),
      );
    return ok ? (value as WorkerToPage) : undefined;
  }
  if (value.type === 'done') {
    return typeof value.durationMs === 'number' && Number.isFinite(value.durationMs) && value.durationMs >= 0 ? (value as WorkerToPage) : undefined;
  }
  return undefined;
}

/** A message from the runner frame, or undefined. */
export function frameMessage(value: unknown): FrameToPage | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'frame-ready' || value.type === 'loaded') return value as FrameToPage;
  if (typeof value.channel !== 'string' || !isCount(value.runId)) return undefined;
  if (value.type === 'stopped') return stopReasons.has(value.reason as StopReason) ? (value as FrameToPage) : undefined;
  if (value.type === 'crash') return isText(value.message, limits.entryChars) ? (value as FrameToPage) : undefined;
  return undefined;
}
