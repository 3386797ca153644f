/**
 * The demo API served at https://api.example.com inside the sandboxes.
 * `createDemoApi()` returns a fresh instance (fresh users, fresh tokens) so
 * that the same code gives the same output on every run.
 */
import { cachingRoutes } from './caching.ts';
import { delayRoutes } from './delay.ts';
import { echoRoutes } from './echo.ts';
import { faultRoutes } from './faults.ts';
import { redirectRoutes } from './redirects.ts';
import { Router } from './router.ts';
import { statusRoutes } from './status.ts';
import { userRoutes, type User, type UsersSnapshot } from './users.ts';

export { apiOrigin } from './http.ts';

export interface DemoApi {
  /** Answers one request, as the server at api.example.com would (no redirect following). */
  handle(request: Request): Promise<Response>;
  /** A copy of what the server holds now (users by id, never passwords), for an exercise's checks. */
  snapshot(): { users: User[] };
}

export function createDemoApi(): DemoApi {
  const router = new Router();
  let users: UsersSnapshot = () => [];
  userRoutes(router, (snapshot) => (users = snapshot));
  for (const add of [statusRoutes, redirectRoutes, cachingRoutes, delayRoutes, faultRoutes, echoRoutes]) add(router);
  return { handle: (request) => router.handle(request), snapshot: () => ({ users: users() }) };
}
