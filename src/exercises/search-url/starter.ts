// ro: Lipit de mână, URL-ul nu codifică nimic: spațiul și „&” ajung așa cum sunt.
// en: Glued by hand, the URL encodes nothing: the space and the "&" go out as they are.
const url = new URL('https://api.example.com/anything?name=Ion Pop&role=administrator & co');

const response = await fetch(url);
const echo = await response.json();
console.log(echo.query);
