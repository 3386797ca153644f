/**
 * Every bound the sandboxes put on a run and on what it prints, in one place
 * (the README's sandbox section lists them). The worker applies them while it
 * formats output; the page applies the same `trimOutput` to what it keeps, so
 * no output, however large or deeply nested, makes the page do more than a
 * bounded amount of work.
 */
import type { OutputEntry } from './protocol.ts';

export const limits = {
  /** A run is terminated this long after Run, whatever it is doing. */
  timeLimitMs: 5_000,

  /** Characters kept of one string inside a value (Node's `util.inspect` cuts at 10 000 too). */
  stringChars: 10_000,
  /** Characters of one output entry (one console call, all its arguments); the rest is counted. */
  entryChars: 20_000,
  /** Values visited to preview one console call: a 100 × 100 × 100 array stops here, not at a million. */
  previewNodes: 2_000,
  /** Nesting shown inside a value before `[Object]`, as Node's default depth of 2 plus two. */
  previewDepth: 4,
  /** Items shown of one array, object, map or set. */
  previewItems: 100,
  /** Lines of one entry's explorable tree (tree.ts), and characters of one line. */
  treeLines: 1_000,
  treeLabelChars: 200,
  /** `console.group` nesting that still indents; deeper groups print at this depth. */
  groupDepth: 20,

  /** `console.table`: rows and columns shown, and characters of one cell. */
  tableRows: 50,
  tableColumns: 10,
  cellChars: 200,

  /** What the output panel keeps (the newest entries within all three bounds). */
  outputEntries: 500,
  outputChars: 200_000,
  outputCells: 2_500,

  /** Requests listed in the network panel, and the bounds of one listed request. */
  requests: 100,
  bodyChars: 4_000,
  urlChars: 2_000,
  headers: 50,
  headerChars: 1_000,

  /** Checks of one exercise whose verdicts the page accepts. */
  checks: 20,
} as const;

/** The characters and table cells an entry puts on the page. */
export function entryWeight(entry: OutputEntry): { chars: number; cells: number } {
  if (entry.kind === 'text') {
    let chars = entry.text.length;
    for (const [, label] of entry.tree?.lines ?? []) chars += label.length;
    return { chars, cells: 0 };
  }
  let chars = entry.head.join('').length;
  for (const row of entry.rows) chars += row.join('').length;
  return { chars, cells: entry.head.length * (entry.rows.length + 1) };
}

/**
 * The newest entries of `entries` that fit the output panel's bounds, and how
 * many older ones were left out. One entry always fits: each is bounded by
 * `entryChars` or by the table limits, both far below the panel's.
 */
export function trimOutput<T extends OutputEntry>(entries: readonly T[]): { kept: T[]; dropped: number } {
  let chars = 0;
  let cells = 0;
  let start = entries.length;
  while (start > 0 && entries.length - start < limits.outputEntries) {
    const weight = entryWeight(entries[start - 1]!);
    if (start < entries.length && (chars + weight.chars > limits.outputChars || cells + weight.cells > limits.outputCells)) break;
    chars += weight.chars;
    cells += weight.cells;
    start--;
  }
  return { kept: start === 0 ? [...entries] : entries.slice(start), dropped: start };
}
