/**
 * `/status/:code`: answers with any status code from 100 to 599 and its
 * reason phrase, so a client's handling of each class can be tried.
 */
import { emptyResponse, errorResponse, jsonResponse, NetworkError } from './http.ts';
import { reasonPhrase } from './reason-phrases.ts';
import type { Router } from './router.ts';

export function statusRoutes(router: Router): Router {
  return router.on('GET', '/status/:code', ({ request, params }) => {
    const code = Number(params.code);
    if (!/^\d{3}$/.test(params.code ?? '') || code < 100 || code > 599) {
      return errorResponse(400, 'The code must be a number from 100 to 599');
    }
    const body = { code, reason: reasonPhrase(code) };
    // Switching protocols without an `Upgrade` request is a network error in fetch.
    if (code === 101) throw new NetworkError('101 Switching Protocols without an Upgrade request');
    if (code < 200) {
      // 1xx answers are interim: HTTP sends the final answer right after them, and fetch only
      // ever returns that final one (the Fetch standard skips interim responses).
      return jsonResponse(200, { interim: body, note: 'fetch skips interim (1xx) responses and returns the final one' }, { method: request.method });
    }
    if (code === 204 || code === 205 || code === 304) return emptyResponse(code);
    const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
    if (code >= 300 && code < 400) headers.Location = '/anything';
    if (code === 401) headers['WWW-Authenticate'] = 'Bearer realm="api.example.com"';
    if (code === 405) headers.Allow = 'GET, HEAD';
    if (code === 429 || code === 503) headers['Retry-After'] = '120';
    return jsonResponse(code, body, { method: request.method, headers });
  });
}
