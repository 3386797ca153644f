// ro: Tot ce oferă un obiect Response, pe rând.
// en: Everything a Response object offers, one by one.
const response = await fetch('https://api.example.com/users/1');

console.log('status:', response.status);
console.log('statusText:', response.statusText);
console.log('ok:', response.ok);
console.log('url:', response.url);
console.log('redirected:', response.redirected);
console.log('type:', response.type);

// ro: Antetele se citesc cu get(), fără să conteze majusculele.
// en: Read headers with get(); case does not matter.
console.log('content-type:', response.headers.get('Content-Type'));
console.log('content-length:', response.headers.get('content-length'));
console.log('etag:', response.headers.get('ETag'));
// ro: Un script vede doar antetele permise de CORS (Access-Control-Expose-Headers).
// en: A script sees only the headers CORS allows (Access-Control-Expose-Headers).
console.log([...response.headers.keys()]);

// ro: Corpul este un flux: json(), text(), blob() sau arrayBuffer(), o singură dată.
// en: The body is a stream: json(), text(), blob() or arrayBuffer(), only once.
console.log('bodyUsed:', response.bodyUsed);
const user = await response.json();
console.log(user);
console.log('bodyUsed:', response.bodyUsed);
try {
  await response.text();
} catch (error) {
  console.log('A doua citire:', (error as Error).name); // @ro
  console.log('Second read:', (error as Error).name); // @en
}

// ro: clone() înainte de citire permite două citiri ale aceluiași corp.
// en: clone() before reading allows two reads of the same body.
const again = await fetch('https://api.example.com/users/2');
const copy = again.clone();
const text = await again.text();
const blob = await copy.blob();
console.log(text.length, 'caractere;', blob.size, 'octeți'); // @ro
console.log(text.length, 'characters;', blob.size, 'bytes'); // @en
