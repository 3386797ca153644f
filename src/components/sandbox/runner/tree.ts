/**
 * The explorable form of a console call's objects and arrays, as a devtools
 * console shows them: each value one line (`address: { city: 'Iași' }`), its
 * properties one level deeper, opened and closed by the reader. The text the
 * output panel prints (and the expected outputs compare) stays Node's
 * `util.inspect` text from `format.ts`; this is a second view of the same
 * previews, made in the worker so the page receives only bounded strings.
 *
 * A tree travels flat, in reading order: `[depth, label]` per line, the
 * children of a line following it one level deeper. A flat list of strings
 * and counts is checked in a few lines by `guard.ts`, with no recursion on
 * the page's side.
 */
import { format } from './format.ts';
import { limits } from './limits.ts';
import type { TreeLine, ValueTree } from './protocol.ts';
import type { Preview } from './preview.ts';

const identifier = /^[A-Za-z_$][\w$]*$/;

const cut = (text: string) => (text.length > limits.treeLabelChars ? `${text.slice(0, limits.treeLabelChars - 1)}…` : text);

/** A property name as Node writes it: bare when it is an identifier, quoted otherwise. */
const keyText = (key: string) => (identifier.test(key) ? key : format({ t: 'string', v: key }, 0, true));

const moreNote = (count: number, noun: string) => `... ${count} more ${noun}${count === 1 ? '' : 's'}`;

/**
 * A value on one line, as Node's text reads with its line breaks folded
 * (`{ id: 1, tags: [ 'a' ] }`), cut to the label limit. Written apart from
 * `format` so that it stops once the line is full: a label of a 2,000-value
 * object costs 200 characters of work, not the whole object.
 */
function summary(p: Preview): string {
  const max = limits.treeLabelChars;
  const join = (open: string, parts: Iterable<string>, close: string) => {
    let text = open;
    let first = true;
    for (const part of parts) {
      text += (first ? ' ' : ', ') + part;
      first = false;
      if (text.length > max) return cut(text);
    }
    return cut(first ? `${open}${close}` : `${text} ${close}`);
  };
  const named = (name: string, open: string) => (name ? `${name} ${open}` : open);
  switch (p.t) {
    case 'array':
      return join(named(p.name, '['), lazy(p.items.map((item) => () => summary(item)), p.more, 'item'), ']');
    case 'object':
      return join(
        named(p.name, '{'),
        lazy(p.entries.map(([key, value]) => () => `${cut(keyText(key))}: ${summary(value)}`), p.more, 'property'),
        '}',
      );
    case 'map':
      return join(`${p.name || `Map(${p.size})`} {`, lazy(p.entries.map(([k, v]) => () => `${summary(k)} => ${summary(v)}`), p.size - p.entries.length, 'item'), '}');
    case 'set':
      return join(`Set(${p.size}) {`, lazy(p.items.map((item) => () => summary(item)), p.size - p.items.length, 'item'), '}');
    default:
      return cut(format(p, 0, true).replace(/\n\s*/g, ' '));
  }
}

/** The parts of a collection, each made only when the line still has room for it, then Node's note of what was not shown. */
function* lazy(parts: (() => string)[], more: number, noun: string): Generator<string> {
  for (const part of parts) yield part();
  if (more > 0) yield noun === 'property' ? `... ${more} more propert${more === 1 ? 'y' : 'ies'}` : moreNote(more, noun);
}

/** The lines under a value: `[label prefix, child]` pairs, or a leaf note such as `... 3 more items`. */
function children(p: Preview): ([string, Preview] | string)[] {
  const more = (count: number, noun: string): string[] => (count > 0 ? [moreNote(count, noun)] : []);
  switch (p.t) {
    case 'array':
      return [...p.items.map((item, i): [string, Preview] => [`${i}: `, item]), ...more(p.more, 'item')];
    case 'object':
      return [
        ...p.entries.map(([key, value]): [string, Preview] => [`${cut(keyText(key))}: `, value]),
        ...(p.more > 0 ? [`... ${p.more} more propert${p.more === 1 ? 'y' : 'ies'}`] : []),
      ];
    case 'map':
      return [...p.entries.map(([key, value]): [string, Preview] => [`${summary(key)} => `, value]), ...more(p.size - p.entries.length, 'item')];
    case 'set':
      return [...p.items.map((item): [string, Preview] => ['', item]), ...more(p.size - p.items.length, 'item')];
    default:
      return [];
  }
}

const opens = (p: Preview) => children(p).length > 0;

/**
 * The tree of a console call's arguments, or undefined when none of them
 * opens (strings, numbers, empty objects: the text says it all). Bounded by
 * `treeLines` lines and `entryChars` characters; `left` counts the lines that
 * did not fit, which the page mentions in the reader's language.
 */
export function treeOf(args: readonly Preview[]): ValueTree | undefined {
  if (!args.some(opens)) return undefined;
  const lines: TreeLine[] = [];
  let chars = 0;
  let left = 0;
  const add = (depth: number, label: string) => {
    if (lines.length >= limits.treeLines || chars + label.length > limits.entryChars) {
      left++;
      return false;
    }
    lines.push([depth, label]);
    chars += label.length;
    return true;
  };
  const visit = (prefix: string, p: Preview, depth: number) => {
    if (!add(depth, prefix + summary(p))) {
      left += countLines(p);
      return;
    }
    for (const child of children(p)) {
      if (typeof child === 'string') add(depth + 1, child);
      else visit(child[0], child[1], depth + 1);
    }
  };
  // Only the values that open are roots: a label such as `'user:'` is already plain in the text above the tree.
  for (const arg of args) if (opens(arg)) visit('', arg, 0);
  return { lines, left };
}

/** The lines a value's children would have taken: counted for the note when they do not fit. */
function countLines(p: Preview): number {
  let count = 0;
  for (const child of children(p)) count += typeof child === 'string' ? 1 : 1 + countLines(child[1]);
  return count;
}
