/**
 * A sandbox's code in a link: `…/crud/#share=crud-create:<payload>`, the
 * payload being the code's UTF-8 bytes, raw DEFLATE (fflate, already used for
 * the starter zip), in base64url. In the fragment, the code never reaches a
 * server and needs none: the page reads it in the reader's browser.
 *
 * A link is input from anyone. Decoding never trusts it: a link longer than
 * `maxShareLink`, bytes that are not base64url, DEFLATE that is broken or cut
 * short, bytes that are not UTF-8, and code that inflates past
 * `maxSharedCode` (a small "deflate bomb" can ask for gigabytes) are each a
 * clear problem, reported before anything is shown. Inflating is streamed
 * and abandoned as soon as the output passes the limit.
 */
import { Deflate, Inflate } from 'fflate';
import { shareFragmentPrefix, sharePrefix } from './share-prefix.ts';

export { sharePrefix, shareFragmentPrefix } from './share-prefix.ts';
/** Links get unwieldy past this, and some chat apps cut them; 32,000 stays clear of browsers' own limits. */
export const maxShareLink = 32_000;
/** The same limit as kept code. */
export const maxSharedCode = 100_000;
/** UTF-8 takes at most 3 bytes per UTF-16 code unit. */
const maxSharedBytes = maxSharedCode * 3;

export type ShareProblem = 'malformed' | 'oversized';
export type SharedCode = { id: string; code: string } | { id: string; problem: ShareProblem };

function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function deflate(bytes: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  const stream = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  stream.push(bytes, true);
  return concat(chunks);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const tooLarge = new Error('oversized');

/** The inflated bytes, `'oversized'` past the limit, `undefined` when the stream is broken or incomplete. */
function inflate(bytes: Uint8Array): Uint8Array | 'oversized' | undefined {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let complete = false;
  const stream = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > maxSharedBytes) throw tooLarge;
    chunks.push(chunk);
    complete = final;
  });
  try {
    // Fed in small slices, so a bomb is abandoned after a slice's worth of output, not after all of it.
    for (let at = 0; at < bytes.length; at += 512) stream.push(bytes.subarray(at, at + 512), at + 512 >= bytes.length);
  } catch (error) {
    return error === tooLarge ? 'oversized' : undefined;
  }
  return complete ? concat(chunks) : undefined;
}

/** The fragment (with its `#`) that opens sandbox `id` with `code`. */
export function shareFragment(id: string, code: string): string {
  return shareFragmentPrefix(id) + toBase64url(deflate(new TextEncoder().encode(code)));
}

/**
 * What a location's fragment shares: `undefined` when it is not a share
 * link at all, else the sandbox's id with its code or with what is wrong.
 */
export function readShareFragment(hash: string): SharedCode | undefined {
  if (!hash.startsWith(sharePrefix)) return undefined;
  const rest = hash.slice(sharePrefix.length);
  const colon = rest.indexOf(':');
  const id = colon === -1 ? rest : rest.slice(0, colon);
  if (hash.length > maxShareLink) return { id, problem: 'oversized' };
  if (colon === -1) return { id, problem: 'malformed' };
  const bytes = fromBase64url(rest.slice(colon + 1));
  if (bytes === undefined || bytes.length === 0) return { id, problem: 'malformed' };
  const inflated = inflate(bytes);
  if (inflated === 'oversized') return { id, problem: 'oversized' };
  if (inflated === undefined) return { id, problem: 'malformed' };
  let code: string;
  try {
    code = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return { id, problem: 'malformed' };
  }
  if (code.length > maxSharedCode) return { id, problem: 'oversized' };
  return { id, code };
}
