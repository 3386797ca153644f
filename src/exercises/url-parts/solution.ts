const address = 'https://ana:secret@shop.example.com:8443/orders/42?status=open#items';
const url = new URL(address);

console.log('protocol:', url.protocol);
console.log('hostname:', url.hostname);
console.log('port:', url.port);
console.log('pathname:', url.pathname);
console.log('status:', url.searchParams.get('status'));
console.log('hash:', url.hash);

// ro: Doar calea și interogarea: fără nume, parolă sau fragment.
// en: Only the path and the query: no username, password or fragment.
const response = await fetch(`https://api.example.com/anything${url.pathname}${url.search}`);
console.log((await response.json()).path);
