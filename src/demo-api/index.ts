/**
 * The demo API served at https://api.example.com inside the sandboxes.
 * `createDemoApi()` returns a fresh instance (fresh users, fresh tokens) so
 * that the same code gives the same output on every run.
 */
import { cachingRoutes } from './caching.ts';
import { delayRoutes } from './delay.ts';
import { echoRoutes } from './echo.ts';
import { redirectRoutes } from './redirects.ts';
import { Router } from './router.ts';
import { statusRoutes } from './status.ts';
import { userRoutes } from './users.ts';

export { apiOrigin } from './http.ts';

export interface DemoApi {
  /** Answers one request, as the server at api.example.com would (no redirect following). */
  handle(request: Request): Promise<Response>;
}

export function createDemoApi(): DemoApi {
  const router = new Router();
  for (const add of [userRoutes, statusRoutes, redirectRoutes, cachingRoutes, delayRoutes, echoRoutes]) add(router);
  return { handle: (request) => router.handle(request) };
}
