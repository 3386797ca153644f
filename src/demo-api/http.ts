/**
 * Building blocks for the demo API's responses: every answer carries the
 * headers a real API sends (Date, Content-Type, Content-Length, Cache-Control,
 * CORS), so that reading `response.headers` teaches something true.
 */
import { reasonPhrase } from './reason-phrases.ts';

export const apiOrigin = 'https://api.example.com';

/**
 * Thrown by a route whose answer cannot reach a fetch caller as a response
 * (a 101 without an Upgrade request, say): the fetch wrapper turns it into
 * the network error a browser reports, `TypeError: Failed to fetch`.
 */
export class NetworkError extends Error {}

/** Headers a browser script may read on a cross-origin response beyond the CORS-safelisted ones. */
export const exposedHeaders = ['Date', 'ETag', 'Location', 'Retry-After', 'WWW-Authenticate', 'X-Total-Count'];

/** Statuses whose responses never have a body (RFC 9110 §6.4.1); `new Response` refuses one. */
const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);

export interface ResponseOptions {
  headers?: Record<string, string>;
  /** The request method: a `HEAD` response keeps the headers of `GET` but has no body. */
  method?: string;
}

function baseHeaders(): Headers {
  return new Headers({
    Date: new Date().toUTCString(),
    Server: 'demo-api',
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': exposedHeaders.join(', '),
  });
}

/** A response with a UTF-8 body; Content-Length counts bytes, not characters. */
export function textResponse(status: number, body: string, contentType: string, options: ResponseOptions = {}): Response {
  const headers = baseHeaders();
  const bytes = new TextEncoder().encode(body);
  const hasBody = !nullBodyStatuses.has(status);
  if (hasBody) {
    headers.set('Content-Type', contentType);
    headers.set('Content-Length', String(bytes.byteLength));
  }
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  const sendBody = hasBody && options.method !== 'HEAD';
  return new Response(sendBody ? bytes : null, { status, statusText: reasonPhrase(status), headers });
}

export function jsonResponse(status: number, data: unknown, options: ResponseOptions = {}): Response {
  return textResponse(status, JSON.stringify(data, null, 2), 'application/json; charset=utf-8', options);
}

/** A response without a body: 204 and 304 by definition, redirects by choice (`Content-Length: 0`). */
export function emptyResponse(status: number, options: ResponseOptions = {}): Response {
  const headers = baseHeaders();
  // RFC 9110 §8.6: a 204 never carries Content-Length; elsewhere 0 tells the client not to wait for a body.
  if (!nullBodyStatuses.has(status)) headers.set('Content-Length', '0');
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  return new Response(null, { status, statusText: reasonPhrase(status), headers });
}

/** The error format of every 4xx/5xx answer: `{ "error": { "status", "message" } }`. */
export function errorResponse(status: number, message: string, options: ResponseOptions = {}): Response {
  return jsonResponse(status, { error: { status, reason: reasonPhrase(status), message } }, options);
}

/**
 * A strong entity tag derived from the representation (FNV-1a over its
 * UTF-16 code units): the same content always gets the same tag.
 */
export function entityTag(body: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) {
    hash ^= body.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `"${hash.toString(16).padStart(8, '0')}-${body.length.toString(16)}"`;
}

/** `If-None-Match` evaluation with the weak comparison RFC 9110 §13.1.2 requires. */
export function noneMatch(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return !ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/** Parses a JSON request body; `undefined` when it is not valid JSON. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** True for `application/json` and structured-syntax JSON types such as `application/merge-patch+json`. */
export function isJsonContentType(value: string | null): boolean {
  const mediaType = (value ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return mediaType === 'application/json' || /^application\/[\w.-]+\+json$/.test(mediaType);
}
