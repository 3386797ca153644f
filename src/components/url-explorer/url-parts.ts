/**
 * A parsed URL as coloured segments and a list of named parts, computed the
 * same way on the server (static HTML) and in the browser (as the reader types).
 */

export type PartName = 'protocol' | 'username' | 'password' | 'hostname' | 'port' | 'pathname' | 'search' | 'hash';

export interface Segment {
  text: string;
  /** The part this text belongs to; separators such as "//" and "@" have none. */
  part?: PartName;
}

/** Default ports of the "special" schemes (WHATWG URL standard §4.1). */
export const defaultPorts: Readonly<Record<string, string>> = {
  'http:': '80',
  'https:': '443',
  'ws:': '80',
  'wss:': '443',
  'ftp:': '21',
};

export type Parsed = { ok: true; url: URL } | { ok: false; message: string };

export function parse(input: string): Parsed {
  try {
    return { ok: true, url: new URL(input.trim()) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The normalised href, cut into its parts (concatenated, the segments give back `url.href`). */
export function segments(url: URL): Segment[] {
  const result: Segment[] = [{ text: url.protocol, part: 'protocol' }];
  const hasAuthority = url.href.startsWith(`${url.protocol}//`);
  if (hasAuthority) result.push({ text: '//' });
  if (url.username || url.password) {
    if (url.username) result.push({ text: url.username, part: 'username' });
    if (url.password) result.push({ text: ':' }, { text: url.password, part: 'password' });
    result.push({ text: '@' });
  }
  if (url.hostname) result.push({ text: url.hostname, part: 'hostname' });
  if (url.port) result.push({ text: ':' }, { text: url.port, part: 'port' });
  if (url.pathname) result.push({ text: url.pathname, part: 'pathname' });
  if (url.search) result.push({ text: url.search, part: 'search' });
  if (url.hash) result.push({ text: url.hash, part: 'hash' });
  return result;
}
