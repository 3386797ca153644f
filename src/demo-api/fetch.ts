/**
 * The `fetch` that sandboxed code calls. Requests to https://api.example.com
 * are answered by the in-browser demo API; any other URL goes to the real
 * network. Between the two, this module does what a browser's fetch does
 * around the server (Fetch standard, https://fetch.spec.whatwg.org/):
 *
 * - follows redirects (at most 20), turning POST into GET after 301/302 and
 *   anything but GET/HEAD into GET after 303, keeping method and body after
 *   307/308, and honouring `redirect: "manual"` and `"error"`;
 * - rejects with the signal's reason when the request's AbortSignal fires;
 * - shows the script only the headers CORS lets it read (Set-Cookie never),
 *   and refuses it a response without `Access-Control-Allow-Origin` (the
 *   sandbox runs on an opaque origin, so only `*` lets it read);
 * - never sends a URL's fragment: it belongs to the client (RFC 3986 §3.5),
 *   and `Response.url` leaves it out too.
 *
 * Every exchange is reported to `onRequest`, like a devtools Network tab.
 */
import { limits } from '../components/sandbox/runner/limits.ts';
import type { NetworkEntry } from '../components/sandbox/runner/protocol.ts';
import type { DemoApi } from './index.ts';
import { apiOrigin, NetworkError } from './http.ts';

export interface SandboxFetchOptions {
  api: DemoApi;
  /** The runtime's own fetch, for every URL outside the demo API. */
  networkFetch: typeof fetch;
  onRequest?: (entry: NetworkEntry) => void;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const maxRedirects = 20;
/** Response headers a cross-origin script may always read (Fetch: CORS-safelisted response-header names). */
const safelistedResponseHeaders = new Set([
  'cache-control',
  'content-language',
  'content-length',
  'content-type',
  'expires',
  'last-modified',
  'pragma',
]);
/** Headers that describe a body, dropped when a redirect turns the request into a GET (Fetch §4.4 step 12). */
const requestBodyHeaders = ['content-encoding', 'content-language', 'content-location', 'content-type'];

interface Hop {
  url: string;
  method: string;
  headers: Headers;
  body: ArrayBuffer | null;
}

export function createSandboxFetch({ api, networkFetch, onRequest }: SandboxFetchOptions): typeof fetch {
  const report = (entry: NetworkEntry) => onRequest?.(entry);

  /** What is known of an exchange before it is sent. */
  type Outgoing = Pick<NetworkEntry, 'method' | 'url' | 'requestHeaders' | 'requestBody' | 'local'>;

  /**
   * Sends one exchange and lists it in the network log, whether a response arrives or not.
   * `refuse` says why the browser would keep a response that did arrive from the script (CORS):
   * the log then shows both the status and the reason, as devtools does.
   */
  async function logged(outgoing: Outgoing, send: () => Promise<Response>, refuse?: (response: Response) => string | undefined): Promise<Response> {
    const started = performance.now();
    try {
      const response = await send();
      const refused = refuse?.(response);
      report({
        ...outgoing,
        status: response.status,
        statusText: response.statusText,
        responseHeaders: [...response.headers],
        responseBody: await preview(response.clone()),
        durationMs: performance.now() - started,
        ...(refused === undefined ? {} : { error: refused }),
      });
      if (refused !== undefined) throw new TypeError('Failed to fetch', { cause: new Error(refused) });
      return response;
    } catch (error) {
      if (error instanceof TypeError && error.message === 'Failed to fetch' && error.cause instanceof Error && /^CORS/.test(error.cause.message)) throw error;
      report({ ...outgoing, status: 0, statusText: '', responseHeaders: [], responseBody: '', durationMs: performance.now() - started, error: describe(error) });
      throw error;
    }
  }

  async function fromNetwork(request: Request): Promise<Response> {
    const requestBody = await preview(request.clone());
    const outgoing = { method: request.method, url: request.url, requestHeaders: [...request.headers], requestBody, local: false };
    return logged(outgoing, () => networkFetch(request));
  }

  async function fromDemoApi(hop: Hop, signal: AbortSignal): Promise<Response> {
    const request = new Request(hop.url, { method: hop.method, headers: hop.headers, body: hop.body, signal });
    const outgoing = {
      method: hop.method,
      url: hop.url,
      requestHeaders: [...hop.headers],
      requestBody: hop.body ? truncate(new TextDecoder().decode(hop.body)) : '',
      local: true,
    };
    try {
      return await logged(outgoing, () => abortable(api.handle(request), signal), corsRefusal);
    } catch (error) {
      // An answer that cannot be a fetch response (a 101, say): the browser reports a network error.
      if (error instanceof NetworkError) throw new TypeError('Failed to fetch', { cause: error });
      throw error;
    }
  }

  return async function sandboxFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    if (new URL(request.url).origin !== apiOrigin) return fromNetwork(request);

    const { signal, redirect } = request;
    const headers = new Headers(request.headers);
    // Browsers send `Accept: */*` when the script sets none (Fetch §4.1 step 3).
    if (!headers.has('Accept')) headers.set('Accept', '*/*');
    let hop: Hop = { url: withoutFragment(request.url), method: request.method, headers, body: request.body ? await request.arrayBuffer() : null };
    const urlList: string[] = [];

    for (;;) {
      signal.throwIfAborted();
      urlList.push(hop.url);
      if (new URL(hop.url).origin !== apiOrigin) {
        // Redirected off the demo API: the real network takes over, with the same redirect mode.
        return fromNetwork(new Request(hop.url, { method: hop.method, headers: hop.headers, body: hop.body, signal, redirect }));
      }
      const response = await fromDemoApi(hop, signal);
      const location = response.headers.get('Location');
      if (!redirectStatuses.has(response.status) || location === null) return exposed(response, urlList);

      if (redirect === 'error') throw new TypeError(`Failed to fetch: ${hop.url} redirects, and the request says redirect: "error"`);
      if (redirect === 'manual') return opaqueRedirect(hop.url);
      if (urlList.length > maxRedirects) throw new TypeError(`Failed to fetch: more than ${maxRedirects} redirects`);

      const next = withoutFragment(new URL(location, hop.url).href);
      const toGet =
        ((response.status === 301 || response.status === 302) && hop.method === 'POST') ||
        (response.status === 303 && hop.method !== 'GET' && hop.method !== 'HEAD');
      const nextHeaders = new Headers(hop.headers);
      if (toGet) for (const name of requestBodyHeaders) nextHeaders.delete(name);
      // Credentials do not follow a redirect to another origin (Fetch §4.4 step 13).
      if (new URL(next).origin !== new URL(hop.url).origin) nextHeaders.delete('Authorization');
      hop = { url: next, method: toGet ? 'GET' : hop.method, headers: nextHeaders, body: toGet ? null : hop.body };
    }
  };
}

function withoutFragment(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/** Why the browser keeps this response from a script on an opaque origin, if it does (Fetch §4.9, CORS check). */
function corsRefusal(response: Response): string | undefined {
  const allowed = response.headers.get('Access-Control-Allow-Origin');
  if (allowed === null) return 'CORS: the response has no Access-Control-Allow-Origin header';
  if (allowed.trim() !== '*') return `CORS: Access-Control-Allow-Origin is "${allowed}", not this page's origin`;
  return undefined;
}

/** The response as a cross-origin script sees it: filtered headers, the final URL, `redirected`. */
function exposed(response: Response, urlList: string[]): Response {
  const exposedNames = new Set(
    (response.headers.get('Access-Control-Expose-Headers') ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );
  const headers = new Headers();
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie' || name === 'set-cookie2') continue;
    if (safelistedResponseHeaders.has(name) || exposedNames.has(name) || exposedNames.has('*')) headers.append(name, value);
  }
  const result = new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  return Object.defineProperties(result, {
    url: { value: urlList.at(-1) ?? '' },
    redirected: { value: urlList.length > 1 },
    type: { value: 'cors' },
  });
}

/**
 * What a browser returns for `redirect: "manual"`: an "opaque-redirect"
 * response with status 0 and no headers, so a page cannot read the target.
 * (Server runtimes such as Node return the 3xx response itself.)
 */
function opaqueRedirect(url: string): Response {
  const result = new Response(null);
  return Object.defineProperties(result, {
    status: { value: 0 },
    statusText: { value: '' },
    ok: { value: false },
    headers: { value: new Headers() },
    url: { value: url },
    redirected: { value: false },
    type: { value: 'opaqueredirect' },
  });
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as unknown);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as unknown);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

async function preview(message: Request | Response): Promise<string> {
  try {
    return truncate(await message.text());
  } catch {
    return '';
  }
}

function truncate(text: string): string {
  return text.length > limits.bodyChars ? `${text.slice(0, limits.bodyChars)}…` : text;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
