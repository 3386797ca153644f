/**
 * `/anything` (and any path below it): echoes the request back as JSON, so
 * a reader sees exactly what their `fetch` call sent.
 */
import { jsonResponse } from './http.ts';
import type { Method, Router } from './router.ts';

/** Query parameters as an object; a repeated name becomes an array, in order. */
function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of params) {
    const previous = query[name];
    query[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return query;
}

export function echoRoutes(router: Router): Router {
  const echo = async ({ request, url }: { request: Request; url: URL }) => {
    const body = await request.text();
    let json: unknown = null;
    try {
      json = body ? (JSON.parse(body) as unknown) : null;
    } catch {
      // Not JSON: the text is echoed in `body` all the same.
    }
    return jsonResponse(
      200,
      {
        method: request.method,
        url: url.href,
        path: url.pathname,
        query: queryObject(url.searchParams),
        headers: Object.fromEntries([...request.headers].sort(([a], [b]) => a.localeCompare(b))),
        body,
        json,
      },
      { method: request.method, headers: { 'Cache-Control': 'no-store' } },
    );
  };
  const methods: Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
  for (const method of methods) router.on(method, '/anything/*', echo);
  return router;
}
