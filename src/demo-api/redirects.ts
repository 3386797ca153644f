/**
 * Redirect routes, to show what `redirect: "follow" | "manual" | "error"` do:
 *   /redirect/:n             a chain of n redirects ending at /anything
 *   /redirect-to?url=&status= one redirect to any address
 */
import { emptyResponse, errorResponse } from './http.ts';
import type { Router } from './router.ts';

export const redirectStatuses = [301, 302, 303, 307, 308] as const;
const maxChain = 30;

function statusFrom(url: URL): number | undefined {
  const status = Number(url.searchParams.get('status') ?? 302);
  return (redirectStatuses as readonly number[]).includes(status) ? status : undefined;
}

export function redirectRoutes(router: Router): Router {
  const chain = ({ url, params }: { url: URL; params: Record<string, string> }) => {
    const n = Number(params.n);
    const status = statusFrom(url);
    if (!Number.isInteger(n) || n < 1 || n > maxChain) return errorResponse(400, `n must be an integer from 1 to ${maxChain}`);
    if (!status) return errorResponse(400, `status must be one of ${redirectStatuses.join(', ')}`);
    const query = url.search;
    // A relative Location: the client resolves it against the URL it just requested.
    const next = n === 1 ? `/anything${query}` : `/redirect/${n - 1}${query}`;
    return emptyResponse(status, { headers: { Location: next, 'Cache-Control': 'no-store' } });
  };
  const to = ({ url }: { url: URL }) => {
    const target = url.searchParams.get('url');
    const status = statusFrom(url);
    if (!target) return errorResponse(400, 'Missing the url parameter');
    if (!status) return errorResponse(400, `status must be one of ${redirectStatuses.join(', ')}`);
    return emptyResponse(status, { headers: { Location: target, 'Cache-Control': 'no-store' } });
  };
  for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const) {
    router.on(method, '/redirect/:n', chain).on(method, '/redirect-to', to);
  }
  return router;
}
