/**
 * `/etag`: a resource with validators, for conditional requests.
 * `ETag` + `If-None-Match` and `Last-Modified` + `If-Modified-Since` both
 * lead to `304 Not Modified`; If-None-Match wins when both are sent
 * (RFC 9110 §13.2.2).
 */
import { emptyResponse, entityTag, jsonResponse, noneMatch } from './http.ts';
import type { Router } from './router.ts';

/** The date of the course notes' `Last-Modified` example. */
export const lastModified = 'Fri, 21 Nov 2025 11:00:00 GMT';

const resource = { id: 'course-notes', title: 'Networking and APIs', version: 3 };

export function cachingRoutes(router: Router): Router {
  return router.on('GET', '/etag', ({ request }) => {
    const body = JSON.stringify(resource, null, 2);
    const validators = { ETag: entityTag(body), 'Last-Modified': lastModified, 'Cache-Control': 'no-cache' };
    const ifNoneMatch = request.headers.get('If-None-Match');
    const ifModifiedSince = request.headers.get('If-Modified-Since');
    const unchanged = ifNoneMatch
      ? !noneMatch(ifNoneMatch, validators.ETag)
      : ifModifiedSince !== null && Date.parse(lastModified) <= Date.parse(ifModifiedSince);
    if (unchanged) return emptyResponse(304, { headers: validators });
    return jsonResponse(200, resource, { method: request.method, headers: validators });
  });
}
