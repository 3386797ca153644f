/**
 * Faults to practise with: the answers a client must be ready for although
 * nothing is wrong with its own code.
 *
 *   GET /flaky/:key?fail=N&status=S&retry-after=T
 *       the first N requests for :key in this run (default 2, at most 10) answer
 *       S (503 or 429, default 503) with `Retry-After: T` seconds (default 1,
 *       at most 5); later ones answer 200 `{ key, attempt }`
 *   GET /truncated      200 JSON cut in the middle: `json()` rejects, `text()` works
 *   GET /drop?after=ms  the server closes the connection without answering:
 *                       fetch rejects with `TypeError: Failed to fetch`
 *   GET /cors/refused   200 without `Access-Control-Allow-Origin`: the browser
 *                       keeps the response from the script, fetch rejects
 *
 * Latency is `/delay/:ms` (delay.ts). Counters live in the API instance, so
 * every run starts again from the first failure.
 */
import { errorResponse, jsonResponse, NetworkError, textResponse } from './http.ts';
import type { Router } from './router.ts';
import { sleep } from './delay.ts';

/** An integer query parameter within bounds, its default when absent, or an error message. */
function intParam(url: URL, name: string, fallback: number, max: number): number | string {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  return /^\d+$/.test(raw) && value <= max ? value : `${name} must be an integer from 0 to ${max}`;
}

export function faultRoutes(router: Router): Router {
  const attempts = new Map<string, number>();

  router.on('GET', '/flaky/:key', ({ request, url, params }) => {
    const fail = intParam(url, 'fail', 2, 10);
    const retryAfter = intParam(url, 'retry-after', 1, 5);
    const status = Number(url.searchParams.get('status') ?? 503);
    if (typeof fail === 'string') return errorResponse(400, fail);
    if (typeof retryAfter === 'string') return errorResponse(400, retryAfter);
    if (status !== 429 && status !== 503) return errorResponse(400, 'status must be 429 or 503');
    const key = params.key ?? '';
    const attempt = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, attempt);
    const headers = { 'Cache-Control': 'no-store' };
    if (attempt <= fail) {
      const message = status === 429 ? `Too many requests for ${key}: try again in ${retryAfter} s` : `${key} is unavailable: try again in ${retryAfter} s`;
      // RFC 9110 §10.2.3: Retry-After in seconds (it may also be an HTTP date).
      return errorResponse(status, message, { method: request.method, headers: { ...headers, 'Retry-After': String(retryAfter) } });
    }
    return jsonResponse(200, { key, attempt }, { method: request.method, headers });
  });

  router.on('GET', '/truncated', ({ request }) => {
    const whole = JSON.stringify([
      { id: 1, username: 'admin' },
      { id: 2, username: 'ana' },
      { id: 3, username: 'mihai' },
    ]);
    // The server sent broken JSON and said so honestly: Content-Length matches what arrives.
    return textResponse(200, whole.slice(0, Math.floor(whole.length / 2)), 'application/json; charset=utf-8', {
      method: request.method,
      headers: { 'Cache-Control': 'no-store' },
    });
  });

  router.on('GET', '/drop', async ({ request, url }) => {
    const after = intParam(url, 'after', 0, 5000);
    if (typeof after === 'string') return errorResponse(400, after);
    if (after > 0) await sleep(after, request.signal);
    throw new NetworkError('the server closed the connection without answering');
  });

  router.on('GET', '/cors/refused', ({ request }) => {
    const response = jsonResponse(200, { secret: 'a page on another origin may not read this' }, { method: request.method });
    response.headers.delete('Access-Control-Allow-Origin');
    return response;
  });

  return router;
}
