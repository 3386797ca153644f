// ro: URL este o clasă globală, în browser și în Node.js: nu trebuie importată.
// en: URL is a global class, in browsers and in Node.js: no import needed.
const url = new URL('https://www.example.com:8080/cale/pagina.html?cheie=valoare#sectiune');

console.log(url.protocol); // "https:"
console.log(url.hostname); // "www.example.com"
console.log(url.port); // "8080"
console.log(url.host); // "www.example.com:8080"
console.log(url.origin); // "https://www.example.com:8080"
console.log(url.pathname); // "/cale/pagina.html"
console.log(url.search); // "?cheie=valoare"
console.log(url.hash); // "#sectiune"

// ro: searchParams citește query string-ul ca perechi cheie=valoare, deja decodificate.
// en: searchParams reads the query string as key=value pairs, already decoded.
console.log(url.searchParams.get('cheie')); // "valoare"

// ro: Portul implicit al schemei nu apare: port este șirul gol.
// en: The scheme's default port does not show: port is the empty string.
console.log(new URL('https://www.example.com:443/').port); // ""

// ro: O adresă IPv6 stă între paranteze drepte, altfel `:` ar fi confundat cu portul.
// en: An IPv6 address sits in square brackets, or its `:` would be taken for the port.
console.log(new URL('http://[2001:db8::1]:8080/').hostname); // "[2001:db8::1]"

export { url };
