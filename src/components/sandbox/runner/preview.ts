/**
 * Turns any JavaScript value into a `Preview`: a plain, JSON-safe description
 * that can cross the worker boundary (postMessage) and be formatted later.
 * Values are captured when `console.log` is called, as browsers' consoles do
 * for their text, so later mutations do not change what was printed.
 */

export type Preview =
  | { t: 'string'; v: string }
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
  | { t: 'deep'; name: string };

export interface PreviewOptions {
  /** Finds the line of the reader's source an error was thrown from (see execute.ts). */
  errorLine?: (error: Error) => number | undefined;
}

const maxDepth = 4;
const maxItems = 100;

export function preview(value: unknown, options: PreviewOptions = {}): Preview {
  return walk(value, 0, new Set(), options);
}

function walk(value: unknown, depth: number, seen: Set<object>, options: PreviewOptions): Preview {
  switch (typeof value) {
    case 'string':
      return { t: 'string', v: value };
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
      return { t: 'function', name: value.name, isClass: /^class[\s{]/.test(Function.prototype.toString.call(value)) };
  }
  if (value === null) return { t: 'null' };
  const object = value as object;
  if (seen.has(object)) return { t: 'circular' };
  const name = constructorName(object);
  if (object instanceof Error) return errorPreview(object, depth, seen, options);
  if (object instanceof Date) return { t: 'date', v: Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString() };
  if (object instanceof RegExp) return { t: 'regexp', v: String(object) };
  if (depth >= maxDepth) return { t: 'deep', name: Array.isArray(object) ? 'Array' : name || 'Object' };

  seen.add(object);
  try {
    const child = (v: unknown) => walk(v, depth + 1, seen, options);
    if (Array.isArray(object) || ArrayBuffer.isView(object)) {
      const list = Array.isArray(object) ? object : Array.from(object as unknown as ArrayLike<unknown>);
      return { t: 'array', name: Array.isArray(object) ? '' : `${name}(${list.length})`, items: list.slice(0, maxItems).map(child), more: Math.max(0, list.length - maxItems) };
    }
    if (object instanceof Map) return mapPreview('', [...object], object.size, child);
    if (object instanceof Set) return { t: 'set', items: [...object].slice(0, maxItems).map(child), size: object.size };
    const web = webPreview(object, child);
    if (web) return web;
    const keys = Object.keys(object);
    return {
      t: 'object',
      name,
      entries: keys.slice(0, maxItems).map((key) => [key, child((object as Record<string, unknown>)[key])]),
      more: Math.max(0, keys.length - maxItems),
    };
  } finally {
    seen.delete(object);
  }
}

function constructorName(object: object): string {
  const proto = Object.getPrototypeOf(object) as { constructor?: { name?: string } } | null;
  if (proto === null) return '[Object: null prototype]';
  const name = proto.constructor?.name ?? '';
  return name === 'Object' ? '' : name;
}

function mapPreview(name: string, entries: [unknown, unknown][], size: number, child: (v: unknown) => Preview): Preview {
  return { t: 'map', name, entries: entries.slice(0, maxItems).map(([k, v]) => [child(k), child(v)]), size };
}

const str = (v: string): Preview => ({ t: 'string', v });

/** The web platform objects a fetch example prints: shown by what they mean, not by their internals. */
function webPreview(object: object, child: (v: unknown) => Preview): Preview | undefined {
  const has = (name: string) => name in globalThis && object instanceof (globalThis as unknown as Record<string, new () => object>)[name]!;
  if (has('URLSearchParams')) {
    const params = object as URLSearchParams;
    return mapPreview('URLSearchParams', [...params], [...params].length, child);
  }
  if (has('Headers')) {
    const headers = object as Headers;
    return { t: 'object', name: 'Headers', entries: [...headers].map(([k, v]) => [k, str(v)]), more: 0 };
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
  if (has('Response')) {
    const r = object as Response;
    const entries: [string, unknown][] = [
      ['status', r.status],
      ['statusText', r.statusText],
      ['ok', r.ok],
      ['type', r.type],
      ['url', r.url],
      ['redirected', r.redirected],
      ['headers', r.headers],
      ['bodyUsed', r.bodyUsed],
    ];
    return { t: 'object', name: 'Response', entries: entries.map(([k, v]) => [k, child(v)]), more: 0 };
  }
  if (has('Request')) {
    const r = object as Request;
    const entries: [string, unknown][] = [
      ['method', r.method],
      ['url', r.url],
      ['headers', r.headers],
      ['redirect', r.redirect],
    ];
    return { t: 'object', name: 'Request', entries: entries.map(([k, v]) => [k, child(v)]), more: 0 };
  }
  if (has('Blob')) {
    const b = object as Blob;
    return { t: 'object', name: 'Blob', entries: [['size', child(b.size)], ['type', str(b.type)]], more: 0 };
  }
  if (has('AbortSignal')) {
    const s = object as AbortSignal;
    return { t: 'object', name: 'AbortSignal', entries: [['aborted', child(s.aborted)]], more: 0 };
  }
  if (object instanceof Promise) return { t: 'object', name: 'Promise', entries: [], more: 0 };
  return undefined;
}

function errorPreview(error: Error, depth: number, seen: Set<object>, options: PreviewOptions): Preview {
  const result: Extract<Preview, { t: 'error' }> = { t: 'error', name: error.name, message: error.message };
  const line = options.errorLine?.(error);
  if (line !== undefined) result.line = line;
  if (error.cause !== undefined && depth < maxDepth) {
    seen.add(error);
    result.cause = walk(error.cause, depth + 1, seen, options);
    seen.delete(error);
  }
  return result;
}
