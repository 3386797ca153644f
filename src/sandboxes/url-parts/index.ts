// ro: Exemplul din notițe, descompus de parserul standard (WHATWG URL).
// en: The course notes' example, taken apart by the standard (WHATWG) URL parser.
const url = new URL('https://www.example.com:8080/cale/pagina.html?cheie=valoare#sectiune');

console.table({
  protocol: url.protocol,
  hostname: url.hostname,
  port: url.port,
  pathname: url.pathname,
  search: url.search,
  hash: url.hash,
});

// ro: host = hostname + port; origin = schemă + host.
// en: host = hostname + port; origin = scheme + host.
console.log('host:', url.host);
console.log('origin:', url.origin);
console.log('cheie =', url.searchParams.get('cheie'));

// ro: Fragmentul rămâne în browser: cererea HTTP conține doar calea și query string-ul.
// en: The fragment stays in the browser: the HTTP request carries only the path and the query string.
console.log(`GET ${url.pathname}${url.search} HTTP/1.1`);
console.log(`Host: ${url.host}`);

// ro: Endpoint-ul din notițe: originea API-ului, apoi calea resursei.
// en: The notes' endpoint: the API's origin, then the resource's path.
const endpoint = new URL('https://api.example.com/users/123');
const [, collection, id] = endpoint.pathname.split('/');
console.log(endpoint.origin, '|', collection, '|', id);
