/**
 * Turns any JavaScript value into a `Preview`: a plain description of what
 * the console shows, made of strings, numbers and booleans only, formatted
 * later by `format.ts`. Values are captured when `console.log` is called, as
 * browsers' consoles do for their text, so later mutations do not change what
 * was printed.
 *
 * The reader's values may be hostile: huge (a 50 MB string, a 100 MiB typed
 * array), deep, full of getters that throw, proxies whose traps throw, names
 * that are symbols. A preview therefore reads only what it will show (see
 * `limits.ts`), never calls a getter (as Node's `util.inspect`, it shows
 * `[Getter]`), turns every name into a string, and never throws.
 */
import { limits } from './limits.ts';

export type Preview =
  /** `more` characters of the string were left out. */
  | { t: 'string'; v: string; more?: number }
  | { t: 'number'; v: string }
  | { t: 'bigint'; v: string }
  | { t: 'boolean'; v: boolean }
  | { t: 'undefined' }
  | { t: 'null' }
  | { t: 'symbol'; v: string }
  | { t: 'function'; name: string; isClass: boolean }
  | { t: 'array'; name: string; items: Preview[]; more: number }
  | { t: 'object'; name: string; entries: [string, Preview][]; more: number }
  | { t: 'map'; name: string; entries: [Preview, Preview][]; size: number }
  | { t: 'set'; items: Preview[]; size: number }
  | { t: 'error'; name: string; message: string; line?: number; cause?: Preview }
  | { t: 'date'; v: string }
  | { t: 'regexp'; v: string }
  | { t: 'circular' }
  /** Shown as `[name]`: a value below the depth limit (`[Object]`), an accessor (`[Getter]`), one that could not be read. */
  | { t: 'tag'; name: string };

export interface PreviewOptions {
  /** Finds the line of the reader's source an error was thrown from (see execute.ts). */
  errorLine?: (error: Error) => number | undefined;
}

interface Walk {
  options: PreviewOptions;
  seen: Set<object>;
  /** Values that may still be visited for this preview. */
  nodes: number;
  /** Characters of strings that may still be kept for this preview. */
  chars: number;
}

export function preview(value: unknown, options: PreviewOptions = {}): Preview {
  return walk(value, 0, { options, seen: new Set(), nodes: limits.previewNodes, chars: limits.entryChars });
}

/** The previews of one console call's arguments, sharing one budget: ten 50 MB strings cost what one does. */
export function previewArgs(values: readonly unknown[], options: PreviewOptions = {}): Preview[] {
  const context: Walk = { options, seen: new Set(), nodes: limits.previewNodes, chars: limits.entryChars };
  return values.map((value) => walk(value, 0, context));
}

/** A string for any value, even one whose `toString` throws or that is a symbol. */
export function stringOf(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    return '[unprintable]';
  }
}

/** A string, cut to `stringChars` characters or to what is left of the budget. */
export function stringPreview(value: string, budget: { chars: number } = { chars: limits.stringChars }): Preview {
  const keep = Math.max(0, Math.min(limits.stringChars, budget.chars));
  budget.chars -= Math.min(keep, value.length);
  return value.length > keep ? { t: 'string', v: value.slice(0, keep), more: value.length - keep } : { t: 'string', v: value };
}

function walk(value: unknown, depth: number, context: Walk): Preview {
  context.nodes--;
  try {
    return walkUnsafe(value, depth, context);
  } catch (error) {
    // A proxy's trap or an exotic object threw while being read: say so instead of failing the console call.
    return { t: 'tag', name: `unreadable: ${stringOf(error instanceof Error ? error.message : error).slice(0, 200)}` };
  }
}

function walkUnsafe(value: unknown, depth: number, context: Walk): Preview {
  switch (typeof value) {
    case 'string':
      return stringPreview(value, context);
    case 'number':
      return { t: 'number', v: Object.is(value, -0) ? '-0' : String(value) };
    case 'bigint':
      return { t: 'bigint', v: `${value}n` };
    case 'boolean':
      return { t: 'boolean', v: value };
    case 'undefined':
      return { t: 'undefined' };
    case 'symbol':
      return { t: 'symbol', v: value.toString() };
    case 'function':
      return { t: 'function', name: stringOf(value.name), isClass: /^class[\s{]/.test(Function.prototype.toString.call(value)) };
  }
  if (value === null) return { t: 'null' };
  const object = value as object;
  if (context.seen.has(object)) return { t: 'circular' };
  const name = constructorName(object);
  if (object instanceof Error) return errorPreview(object, depth, context);
  if (object instanceof Date) return { t: 'date', v: Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString() };
  if (object instanceof RegExp) return { t: 'regexp', v: String(object) };
  if (depth >= limits.previewDepth) return { t: 'tag', name: Array.isArray(object) ? 'Array' : name || 'Object' };

  context.seen.add(object);
  try {
    const child = (v: unknown) => walk(v, depth + 1, context);
    /** How many of `total` items to show: the item limit, or fewer once the node budget is spent. */
    const shown = (total: number) => Math.max(0, Math.min(total, limits.previewItems, context.nodes));
    if (Array.isArray(object)) {
      const items: Preview[] = [];
      const count = shown(object.length);
      for (let i = 0; i < count && context.nodes > 0; i++) items.push(i in object ? child(object[i]) : { t: 'undefined' });
      return { t: 'array', name: '', items, more: object.length - items.length };
    }
    if (ArrayBuffer.isView(object)) {
      // Index only what is shown: a 100 MiB Uint8Array must not be copied to preview ten bytes.
      const view = object as unknown as ArrayLike<unknown>;
      const length = object instanceof DataView ? 0 : view.length;
      const items: Preview[] = [];
      const count = shown(length);
      for (let i = 0; i < count && context.nodes > 0; i++) items.push(child(view[i]));
      return { t: 'array', name: `${name}(${length})`, items, more: length - items.length };
    }
    if (object instanceof Map) {
      const entries: [Preview, Preview][] = [];
      const count = shown(object.size);
      for (const [k, v] of object) {
        if (entries.length >= count || context.nodes <= 0) break;
        entries.push([child(k), child(v)]);
      }
      return { t: 'map', name: '', entries, size: object.size };
    }
    if (object instanceof Set) {
      const items: Preview[] = [];
      const count = shown(object.size);
      for (const item of object) {
        if (items.length >= count || context.nodes <= 0) break;
        items.push(child(item));
      }
      return { t: 'set', items, size: object.size };
    }
    const web = webPreview(object, child);
    if (web) return web;
    const keys = Object.keys(object);
    const count = shown(keys.length);
    const entries: [string, Preview][] = [];
    for (const key of keys.slice(0, count)) {
      if (context.nodes <= 0) break;
      entries.push([key, property(object, key, child)]);
    }
    return { t: 'object', name, entries, more: keys.length - entries.length };
  } finally {
    context.seen.delete(object);
  }
}

/** A property's value, or `[Getter]`/`[Setter]`/`[Getter/Setter]` for an accessor: reading it could run any code. */
function property(object: object, key: string, child: (v: unknown) => Preview): Preview {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  if (descriptor && !('value' in descriptor)) {
    return { t: 'tag', name: descriptor.get && descriptor.set ? 'Getter/Setter' : descriptor.get ? 'Getter' : 'Setter' };
  }
  return child(descriptor ? descriptor.value : undefined);
}

function constructorName(object: object): string {
  const proto = Object.getPrototypeOf(object) as { constructor?: { name?: unknown } } | null;
  if (proto === null) return '[Object: null prototype]';
  const constructor = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value as { name?: unknown } | undefined;
  const name = typeof constructor?.name === 'string' ? constructor.name : '';
  return name === 'Object' ? '' : name.slice(0, 200);
}


/** The web platform objects a fetch example prints: shown by what they mean, not by their internals. */
function webPreview(object: object, child: (v: unknown) => Preview): Preview | undefined {
  const str = (v: string) => child(v);
  const has = (name: string) => name in globalThis && object instanceof (globalThis as unknown as Record<string, new () => object>)[name]!;
  if (has('URLSearchParams')) {
    const params = [...(object as URLSearchParams)].slice(0, limits.previewItems);
    return { t: 'map', name: 'URLSearchParams', entries: params.map(([k, v]) => [child(k), child(v)]), size: params.length };
  }
  if (has('Headers')) {
    const headers = [...(object as Headers)].slice(0, limits.previewItems);
    return { t: 'object', name: 'Headers', entries: headers.map(([k, v]) => [k, str(v)]), more: 0 };
  }
  if (has('URL')) {
    const url = object as URL;
    const parts = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search'] as const;
    return {
      t: 'object',
      name: 'URL',
      entries: [...parts.map((p): [string, Preview] => [p, str(url[p])]), ['searchParams', child(url.searchParams)], ['hash', str(url.hash)]],
      more: 0,
    };
  }
  /** A web object shown by some of its properties, read now: what it means, not its internals. */
  const shownAs = (name: string, properties: [string, unknown][]): Preview => ({
    t: 'object',
    name,
    entries: properties.map(([key, value]) => [key, child(value)]),
    more: 0,
  });
  if (has('Response')) {
    const r = object as Response;
    return shownAs('Response', [
      ['status', r.status],
      ['statusText', r.statusText],
      ['ok', r.ok],
      ['type', r.type],
      ['url', r.url],
      ['redirected', r.redirected],
      ['headers', r.headers],
      ['bodyUsed', r.bodyUsed],
    ]);
  }
  if (has('Request')) {
    const r = object as Request;
    return shownAs('Request', [['method', r.method], ['url', r.url], ['headers', r.headers], ['redirect', r.redirect]]);
  }
  if (has('Blob')) {
    const b = object as Blob;
    return shownAs('Blob', [['size', b.size], ['type', b.type]]);
  }
  if (has('AbortSignal')) return shownAs('AbortSignal', [['aborted', (object as AbortSignal).aborted]]);
  if (object instanceof Promise) return { t: 'object', name: 'Promise', entries: [], more: 0 };
  return undefined;
}

/** An own data property of an error, or its prototype's: `name` usually lives on the prototype. */
function errorField(error: Error, key: 'name' | 'message'): string {
  for (let object: object | null = error; object !== null; object = Object.getPrototypeOf(object) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(object, key);
    if (descriptor) return 'value' in descriptor ? stringOf(descriptor.value) : '[Getter]';
  }
  return '';
}

function errorPreview(error: Error, depth: number, context: Walk): Preview {
  const message = stringPreview(errorField(error, 'message'));
  const result: Extract<Preview, { t: 'error' }> = { t: 'error', name: errorField(error, 'name').slice(0, 200), message: message.t === 'string' ? message.v : '' };
  let line: number | undefined;
  try {
    line = context.options.errorLine?.(error);
  } catch {
    // V8 builds `stack` from `name` on first read, and throws for a name it cannot turn into text.
  }
  if (line !== undefined) result.line = line;
  const cause = Object.getOwnPropertyDescriptor(error, 'cause');
  if (cause && 'value' in cause && cause.value !== undefined && depth < limits.previewDepth) {
    context.seen.add(error);
    result.cause = walk(cause.value, depth + 1, context);
    context.seen.delete(error);
  }
  return result;
}
