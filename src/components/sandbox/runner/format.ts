/**
 * Formats previews as text, in the style of Node's `util.inspect` (which most
 * tutorials show): `{ id: 1, name: 'Ana' }`, `Map(1) { 'a' => 1 }`. Lines
 * break when a value does not fit in `width` columns. The same text appears
 * in the page's output panel and in the sandboxes' expected outputs.
 */
import type { Preview } from './preview.ts';

const width = 72;
const identifier = /^[A-Za-z_$][\w$]*$/;

/** A string inside a structure: single-quoted, escaped, as Node shows it. */
function quote(text: string): string {
  const quoteChar = text.includes("'") && !text.includes('"') ? '"' : "'";
  const escaped = text
    .replaceAll('\\', '\\\\')
    .replaceAll('\n', '\\n')
    .replaceAll('\t', '\\t')
    .replaceAll(quoteChar, `\\${quoteChar}`);
  return `${quoteChar}${escaped}${quoteChar}`;
}

function errorText(p: Extract<Preview, { t: 'error' }>, indent: number): string {
  let text = p.message ? `${p.name}: ${p.message}` : p.name;
  if (p.line !== undefined) text += `\n    at index.ts:${p.line}`;
  if (p.cause) text += `\n  [cause]: ${format(p.cause, indent + 2, true)}`;
  return text;
}

/** Joins `items` between `open` and `close`, on one line when it fits, else one item per line. */
function group(open: string, items: string[], close: string, indent: number): string {
  if (items.length === 0) return `${open}${close}`;
  const single = `${open} ${items.join(', ')} ${close}`;
  if (!single.includes('\n') && indent + single.length <= width) return single;
  const pad = ' '.repeat(indent + 2);
  return `${open}\n${items.map((item) => `${pad}${item}`).join(',\n')}\n${' '.repeat(indent)}${close}`;
}

/** Node's note for the items of a collection that were not shown. */
function moreItems(items: string[], more: number): void {
  if (more > 0) items.push(`... ${more} more item${more === 1 ? '' : 's'}`);
}

function prefix(name: string): string {
  return name ? `${name} ` : '';
}

/**
 * One value as text. At the top level a string is printed as is (like
 * `console.log('text')`); nested, it is quoted.
 */
export function format(p: Preview, indent = 0, nested = false): string {
  const inner = (child: Preview) => format(child, indent + 2, true);
  switch (p.t) {
    case 'string':
      // Nested, a cut string says so as Node does; a top-level one is cut by the output entry (output.ts).
      if (!nested) return p.v;
      return p.more ? `${quote(p.v)}... ${p.more} more character${p.more === 1 ? '' : 's'}` : quote(p.v);
    case 'number':
    case 'bigint':
    case 'symbol':
      return p.v;
    case 'boolean':
      return String(p.v);
    case 'undefined':
      return 'undefined';
    case 'null':
      return 'null';
    case 'function':
      // Node's notation: `[Function: name]`, `[Function (anonymous)]`, `[class Name]`.
      if (p.isClass) return `[class ${p.name || '(anonymous)'}]`;
      return p.name ? `[Function: ${p.name}]` : '[Function (anonymous)]';
    case 'date':
    case 'regexp':
      return p.v;
    case 'circular':
      return '[Circular]';
    case 'tag':
      return `[${p.name}]`;
    case 'error':
      return nested ? `[${errorText(p, indent)}]` : errorText(p, indent);
    case 'array': {
      const items = p.items.map(inner);
      moreItems(items, p.more);
      return group(`${prefix(p.name)}[`, items, ']', indent);
    }
    case 'object': {
      const items = p.entries.map(([key, value]) => `${identifier.test(key) ? key : quote(key)}: ${inner(value)}`);
      if (p.more > 0) items.push(`... ${p.more} more propert${p.more === 1 ? 'y' : 'ies'}`);
      return group(`${prefix(p.name)}{`, items, '}', indent);
    }
    case 'map': {
      const items = p.entries.map(([key, value]) => `${inner(key)} => ${inner(value)}`);
      moreItems(items, p.size - p.entries.length);
      const name = p.name || `Map(${p.size})`;
      return group(`${name} {`, items, '}', indent);
    }
    case 'set': {
      const items = p.items.map(inner);
      moreItems(items, p.size - p.items.length);
      return group(`Set(${p.size}) {`, items, '}', indent);
    }
  }
}

/** The arguments of one console call, as the console prints them: separated by spaces. */
export function formatArgs(args: Preview[]): string {
  return args.map((arg) => format(arg)).join(' ');
}
