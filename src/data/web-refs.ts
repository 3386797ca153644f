/**
 * Links to the non-RFC sources behind request and response facts: MDN for
 * the Fetch API and for headers that no RFC defines, the WHATWG Fetch
 * standard for CORS, and the `requests` documentation for the Python side
 * of the course notes. RFC sections use `rfc()` from `./locale.ts`.
 */
import type { SpecRef } from './locale.ts';

/** A page of MDN's English docs, e.g. `mdn('Web/API/Response/status', 'MDN: Response.status')`. */
export function mdn(path: string, label: string): SpecRef {
  return { label, url: `https://developer.mozilla.org/en-US/docs/${path}` };
}

/** MDN's page about one HTTP header, for headers no RFC defines. */
export function mdnHeader(name: string): SpecRef {
  return mdn(`Web/HTTP/Reference/Headers/${name}`, `MDN: ${name}`);
}

/** A definition in the WHATWG Fetch standard, e.g. `fetchSpec('http-access-control-allow-origin', 'Access-Control-Allow-Origin')`. */
export function fetchSpec(anchor: string, what: string): SpecRef {
  return { label: `Fetch Standard: ${what}`, url: `https://fetch.spec.whatwg.org/#${anchor}` };
}

/** The API reference of Python's `requests`, e.g. `requestsApi('requests.Response.elapsed')`. */
export function requestsApi(name: string): SpecRef {
  return { label: `requests: ${name.replace(/^requests\./, '')}`, url: `https://requests.readthedocs.io/en/latest/api/#${name}` };
}
