const url = 'https://api.example.com/etag';

// ro: Prima cerere: 200, corpul și validatorii lui (ETag, Last-Modified).
// en: First request: 200, the body and its validators (ETag, Last-Modified).
const first = await fetch(url);
const etag = first.headers.get('ETag') ?? '';
const lastModified = first.headers.get('Last-Modified') ?? '';
console.log(first.status, first.statusText, 'ETag:', etag);
console.log('Last-Modified:', lastModified);
const cached = await first.json();

// ro: Cerere condiționată: dacă versiunea nu s-a schimbat, serverul răspunde 304
// ro: fără corp, iar clientul folosește copia pe care o are deja.
// en: Conditional request: if the version has not changed, the server answers 304
// en: without a body, and the client uses the copy it already has.
const second = await fetch(url, { headers: { 'If-None-Match': etag } });
console.log(second.status, second.statusText, 'body:', JSON.stringify(await second.text()));
const data = second.status === 304 ? cached : await second.json();
console.log(data);

// ro: Același lucru după dată, cu If-Modified-Since.
// en: The same by date, with If-Modified-Since.
const third = await fetch(url, { headers: { 'If-Modified-Since': lastModified } });
console.log(third.status, third.statusText);

// ro: Alt ETag înseamnă altă versiune: 200 și corpul complet.
// en: Another ETag means another version: 200 and the full body.
const changed = await fetch(url, { headers: { 'If-None-Match': '"alta-versiune"' } });
console.log(changed.status, changed.statusText);
