const url = new URL('https://api.example.com/anything');
// ro: searchParams codifică fiecare valoare: spațiul devine „+”, iar „&” devine %26.
// en: searchParams encodes each value: the space becomes "+", and "&" becomes %26.
url.searchParams.set('name', 'Ion Pop');
url.searchParams.set('role', 'administrator & co');

const response = await fetch(url);
const echo = await response.json();
console.log(url.href);
console.log(echo.query);
