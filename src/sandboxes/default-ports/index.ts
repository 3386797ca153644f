// ro: Portul implicit al schemei dispare din URL: 443 pentru https, 80 pentru http.
// en: The scheme's default port disappears from the URL: 443 for https, 80 for http.
const addresses = [
  'https://api.example.com:443/users',
  'http://api.example.com:80/users',
  'https://api.example.com:8443/users',
  'http://api.example.com:443/users',
  'wss://chat.example.com:443/',
  'ftp://files.example.com:21/',
];
for (const address of addresses) {
  const url = new URL(address);
  console.log(url.href, '| port:', JSON.stringify(url.port), '| host:', url.host);
}

// ro: Cu sau fără portul implicit, este aceeași origine.
// en: With or without the default port, it is the same origin.
const a = new URL('https://api.example.com:443/');
const b = new URL('https://api.example.com/');
console.log(a.origin === b.origin, a.origin);

// ro: Un port explicit schimbă originea (contează pentru CORS și cookie-uri).
// en: An explicit port changes the origin (it matters for CORS and cookies).
console.log(new URL('https://api.example.com:8443/').origin === b.origin);
