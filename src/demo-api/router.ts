/**
 * A small typed router over the standard `Request` and `Response`: the same
 * handlers run in the reader's browser (inside the sandbox worker) and in Node
 * (unit tests), with no framework in between.
 */
import { emptyResponse, errorResponse } from './http.ts';

export type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteContext {
  request: Request;
  url: URL;
  /** Values of the `:name` segments of the route's path, and `*` for a trailing wildcard. */
  params: Record<string, string>;
}

export type Handler = (context: RouteContext) => Response | Promise<Response>;

interface Route {
  method: Method;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

/** `/users/:id` → /^\/users\/([^/]+)$/ ; a final `/*` also matches the bare prefix. */
function compile(path: string): { pattern: RegExp; keys: string[] } {
  const keys: string[] = [];
  let source = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  source = source.replace(/:(\w+)/g, (_, key: string) => {
    keys.push(key);
    return '([^/]+)';
  });
  if (source.endsWith('/*')) {
    keys.push('*');
    source = `${source.slice(0, -2)}(?:/(.*))?`;
  }
  return { pattern: new RegExp(`^${source}$`), keys };
}

export class Router {
  readonly #routes: Route[] = [];

  on(method: Method, path: string, handler: Handler): this {
    this.#routes.push({ method, ...compile(path), handler });
    return this;
  }

  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const matches = this.#routes
      .map((route) => ({ route, match: route.pattern.exec(url.pathname) }))
      .filter((m): m is { route: Route; match: RegExpExecArray } => m.match !== null);
    if (matches.length === 0) return errorResponse(404, `No route for ${url.pathname}`, { method: request.method });

    const allowed = [...new Set(matches.map((m) => m.route.method))];
    if (allowed.includes('GET')) allowed.splice(allowed.indexOf('GET') + 1, 0, 'HEAD');
    if (request.method === 'OPTIONS') return preflight(allowed);

    // HEAD is GET without the body (RFC 9110 §9.3.2); the response helpers drop it.
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const found = matches.find((m) => m.route.method === method);
    if (!found) {
      return errorResponse(405, `${request.method} is not allowed on ${url.pathname}`, {
        headers: { Allow: allowed.join(', ') },
      });
    }
    const params: Record<string, string> = {};
    found.route.keys.forEach((key, i) => {
      params[key] = decodeURIComponent(found.match[i + 1] ?? '');
    });
    return found.route.handler({ request, url, params });
  }
}

/** The answer to a CORS preflight: which methods and headers a page on another origin may use. */
function preflight(allowed: string[]): Response {
  return emptyResponse(204, {
    headers: {
      Allow: allowed.join(', '),
      'Access-Control-Allow-Methods': allowed.join(', '),
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-None-Match, If-Modified-Since',
      'Access-Control-Max-Age': '600',
    },
  });
}
