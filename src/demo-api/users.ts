/**
 * The demo API's people: a login endpoint that issues Bearer tokens and a
 * `/users` collection with full CRUD. State lives in one `UserStore` per API
 * instance, so every run of a sandbox starts from the same three users.
 */
import { emptyResponse, entityTag, errorResponse, isJsonContentType, jsonResponse, readJson, noneMatch } from './http.ts';
import type { RouteContext, Router } from './router.ts';

export type Role = 'administrator' | 'user';

export interface User {
  id: number;
  username: string;
  name: string;
  email: string;
  role: Role;
}

/** The seed data; the passwords are the course notes' `admin`/`123456` and one ordinary account. */
const seed: ReadonlyArray<User & { password: string }> = [
  { id: 1, username: 'admin', name: 'Administrator', email: 'admin@example.com', role: 'administrator', password: '123456' },
  { id: 2, username: 'ana', name: 'Ana Popescu', email: 'ana@example.com', role: 'user', password: 'parola-ana' },
  { id: 3, username: 'mihai', name: 'Mihai Ionescu', email: 'mihai@example.com', role: 'user', password: 'parola-mihai' },
];

/** Seconds a token stays valid, as in the notes' login response (`expires_in: 3600`). */
export const tokenLifetime = 3600;

const base64url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

/**
 * A JWT-shaped token (header.payload.signature) with a fixed fake signature:
 * deterministic, so a sandbox prints the same token on every run. It is not
 * signed; a real API must sign and verify its tokens.
 */
export function tokenFor(user: Pick<User, 'id' | 'username' | 'role'>): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ sub: String(user.id), username: user.username, role: user.role }));
  return `${header}.${payload}.demo-signature`;
}

const usernamePattern = /^[a-z0-9_.-]{3,32}$/;

/** A user with its fields in the same order every time, whatever order the client sent. */
function userRecord(id: number, fields: Partial<Omit<User, 'id'>>, previous?: User): User {
  const merged = { ...previous, ...fields };
  return {
    id,
    username: merged.username ?? '',
    name: merged.name ?? '',
    email: merged.email ?? '',
    // A field a PUT leaves out goes back to its default.
    role: merged.role ?? 'user',
  };
}

class UserStore {
  readonly users = new Map<number, User>();
  readonly passwords = new Map<string, string>();
  nextId = 1;

  constructor() {
    for (const { password, ...user } of seed) this.save(user, password);
  }

  save(user: User, password?: string): void {
    this.users.set(user.id, user);
    if (password) this.passwords.set(user.username, password);
    this.nextId = Math.max(this.nextId, user.id + 1);
  }

  byUsername(username: string): User | undefined {
    return [...this.users.values()].find((u) => u.username === username);
  }

  /** The user a `Bearer` token was issued to, if it is still a current user's token. */
  byToken(token: string): User | undefined {
    return [...this.users.values()].find((u) => tokenFor(u) === token);
  }
}

type Check = { user: User } | { response: Response };

/** Writes need an administrator's token: 401 without a valid one, 403 for anybody else's. */
function requireAdmin(store: UserStore, request: Request): Check {
  const challenge = { 'WWW-Authenticate': 'Bearer realm="api.example.com"' };
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '');
  if (!match?.[1]) return { response: errorResponse(401, 'Missing Bearer token: send Authorization: Bearer <token>', { headers: challenge }) };
  const user = store.byToken(match[1]);
  if (!user) {
    return {
      response: errorResponse(401, 'Invalid or expired token', {
        headers: { 'WWW-Authenticate': 'Bearer realm="api.example.com", error="invalid_token"' },
      }),
    };
  }
  if (user.role !== 'administrator') return { response: errorResponse(403, `User ${user.username} may not modify users`) };
  return { user };
}

/** Reads a JSON object body: 415 for another media type, 400 for text that is not a JSON object. */
async function readJsonObject(request: Request): Promise<{ body: Record<string, unknown> } | { response: Response }> {
  if (!isJsonContentType(request.headers.get('Content-Type'))) {
    return {
      response: errorResponse(415, 'Send the body as JSON with Content-Type: application/json', {
        headers: { 'Accept-Patch': 'application/json, application/merge-patch+json' },
      }),
    };
  }
  const body = await readJson(request);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { response: errorResponse(400, 'The body is not a JSON object') };
  }
  return { body: body as Record<string, unknown> };
}

/** The fields a client may set, validated; `partial` allows any subset (PATCH). */
function validate(body: Record<string, unknown>, partial: boolean): { fields: Partial<Omit<User, 'id'>> } | { error: string } {
  const fields: Partial<Omit<User, 'id'>> = {};
  const required = partial ? [] : ['username', 'name', 'email'];
  for (const key of required) if (!(key in body)) return { error: `Missing field "${key}"` };
  if ('username' in body) {
    if (typeof body.username !== 'string' || !usernamePattern.test(body.username)) {
      return { error: 'username must be 3–32 characters: lowercase letters, digits, "_", "." or "-"' };
    }
    fields.username = body.username;
  }
  if ('name' in body) {
    if (typeof body.name !== 'string' || body.name.trim() === '') return { error: 'name must be a non-empty string' };
    fields.name = body.name;
  }
  if ('email' in body) {
    if (typeof body.email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(body.email)) return { error: 'email must look like name@host' };
    fields.email = body.email;
  }
  if ('role' in body) {
    if (body.role !== 'administrator' && body.role !== 'user') return { error: 'role must be "administrator" or "user"' };
    fields.role = body.role;
  }
  const unknown = Object.keys(body).filter((k) => !['username', 'name', 'email', 'role', 'id'].includes(k));
  if (unknown.length > 0) return { error: `Unknown field "${unknown[0]}"` };
  return { fields };
}

function userId(context: RouteContext): number | undefined {
  const id = Number(context.params.id);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

const location = (id: number) => ({ Location: `/users/${id}` });

/** What the server holds, copied: an exercise's checks look at it after the reader's program has run. */
export type UsersSnapshot = () => User[];

export function userRoutes(router: Router, expose?: (snapshot: UsersSnapshot) => void): Router {
  const store = new UserStore();
  expose?.(() => [...store.users.values()].sort((a, b) => a.id - b.id).map((user) => ({ ...user })));

  router.on('POST', '/login', async ({ request }) => {
    const read = await readJsonObject(request);
    if ('response' in read) return read.response;
    const { username, password } = read.body;
    if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) {
      return errorResponse(400, 'Send {"username": "...", "password": "..."}');
    }
    const user = store.byUsername(username);
    if (!user || store.passwords.get(username) !== password) {
      return errorResponse(401, 'Wrong username or password', { headers: { 'WWW-Authenticate': 'Bearer realm="api.example.com"' } });
    }
    const token = tokenFor(user);
    // 201: the login creates a session, as in the course notes' example.
    return jsonResponse(
      201,
      { user: { id: user.id, username: user.username, role: user.role }, token, expires_in: tokenLifetime },
      {
        headers: {
          'Cache-Control': 'no-store',
          'Set-Cookie': `sessionid=demo-session-${user.id}; Path=/; Max-Age=${tokenLifetime}; HttpOnly; Secure; SameSite=Lax`,
        },
      },
    );
  });

  router.on('GET', '/users', ({ request, url }) => {
    const role = url.searchParams.get('role');
    const query = url.searchParams.get('q')?.toLowerCase();
    const page = Number(url.searchParams.get('page') ?? 1);
    const limit = Number(url.searchParams.get('limit') ?? 10);
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(limit) || limit < 1 || limit > 100) {
      return errorResponse(400, 'page must be ≥ 1 and limit between 1 and 100');
    }
    const matching = [...store.users.values()]
      .filter((u) => !role || u.role === role)
      .filter((u) => !query || u.username.includes(query) || u.name.toLowerCase().includes(query));
    const users = matching.slice((page - 1) * limit, page * limit);
    return jsonResponse(200, { page, limit, total: matching.length, users }, {
      method: request.method,
      headers: { 'Cache-Control': 'no-cache', 'X-Total-Count': String(matching.length) },
    });
  });

  router.on('GET', '/users/:id', (context) => {
    const { request, params } = context;
    const id = userId(context);
    const user = id === undefined ? undefined : store.users.get(id);
    if (!user) return errorResponse(404, `There is no user ${params.id}`, { method: request.method });
    const etag = entityTag(JSON.stringify(user));
    const ifNoneMatch = request.headers.get('If-None-Match');
    const cache = { 'Cache-Control': 'no-cache', ETag: etag };
    if (ifNoneMatch && !noneMatch(ifNoneMatch, etag)) return emptyResponse(304, { headers: cache });
    return jsonResponse(200, user, { method: request.method, headers: cache });
  });

  router.on('POST', '/users', async ({ request }) => {
    const auth = requireAdmin(store, request);
    if ('response' in auth) return auth.response;
    const read = await readJsonObject(request);
    if ('response' in read) return read.response;
    const checked = validate(read.body, false);
    if ('error' in checked) return errorResponse(400, checked.error);
    if (store.byUsername(checked.fields.username ?? '')) return errorResponse(409, `The username ${checked.fields.username} is taken`);
    const user = userRecord(store.nextId, checked.fields);
    store.save(user);
    return jsonResponse(201, user, { headers: { ...location(user.id), 'Cache-Control': 'no-store' } });
  });

  router.on('PUT', '/users/:id', async (context) => {
    const auth = requireAdmin(store, context.request);
    if ('response' in auth) return auth.response;
    const id = userId(context);
    if (id === undefined) return errorResponse(400, 'The id must be a positive integer');
    const read = await readJsonObject(context.request);
    if ('response' in read) return read.response;
    const checked = validate(read.body, false);
    if ('error' in checked) return errorResponse(400, checked.error);
    const owner = store.byUsername(checked.fields.username ?? '');
    if (owner && owner.id !== id) return errorResponse(409, `The username ${owner.username} is taken`);
    // PUT replaces the whole resource: fields left out fall back to their defaults.
    const existed = store.users.has(id);
    const user = userRecord(id, checked.fields);
    store.save(user);
    return existed
      ? jsonResponse(200, user, { headers: { 'Cache-Control': 'no-store' } })
      : jsonResponse(201, user, { headers: { ...location(id), 'Cache-Control': 'no-store' } });
  });

  router.on('PATCH', '/users/:id', async (context) => {
    const auth = requireAdmin(store, context.request);
    if ('response' in auth) return auth.response;
    const id = userId(context);
    const current = id === undefined ? undefined : store.users.get(id);
    if (!current) return errorResponse(404, `There is no user ${context.params.id}`);
    const read = await readJsonObject(context.request);
    if ('response' in read) return read.response;
    const checked = validate(read.body, true);
    if ('error' in checked) return errorResponse(400, checked.error);
    const owner = store.byUsername(checked.fields.username ?? '');
    if (owner && owner.id !== current.id) return errorResponse(409, `The username ${owner.username} is taken`);
    const user = userRecord(current.id, checked.fields, current);
    store.save(user);
    return jsonResponse(200, user, { headers: { 'Cache-Control': 'no-store' } });
  });

  router.on('DELETE', '/users/:id', (context) => {
    const auth = requireAdmin(store, context.request);
    if ('response' in auth) return auth.response;
    const id = userId(context);
    if (id === undefined || !store.users.delete(id)) return errorResponse(404, `There is no user ${context.params.id}`);
    return emptyResponse(204);
  });

  return router;
}
