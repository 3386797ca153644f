/**
 * `/delay/:ms`: answers after a pause of up to 10 s, and gives up as soon as
 * the request's `AbortSignal` fires, as a real server sees the connection close.
 */
import { errorResponse, jsonResponse } from './http.ts';
import type { Router } from './router.ts';

export const maxDelay = 10_000;

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}

export function delayRoutes(router: Router): Router {
  return router.on('GET', '/delay/:ms', async ({ request, params }) => {
    const ms = Number(params.ms);
    if (!Number.isInteger(ms) || ms < 0 || ms > maxDelay) return errorResponse(400, `ms must be an integer from 0 to ${maxDelay}`);
    await sleep(ms, request.signal);
    return jsonResponse(200, { delay: ms }, { method: request.method, headers: { 'Cache-Control': 'no-store' } });
  });
}
