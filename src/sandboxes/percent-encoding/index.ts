// ro: În URL-uri, spațiile și diacriticele se scriu ca octeți UTF-8 codificați %XX.
// en: In URLs, spaces and diacritics are written as UTF-8 bytes encoded as %XX.
const city = 'Iași';
const text = 'Ștefan cel Mare';
console.log(encodeURIComponent(city), encodeURIComponent(text));
console.log(decodeURIComponent('Bra%C8%99ov'));

// ro: URLSearchParams scrie spațiul ca „+” (formular HTML); parserul URL, ca „%20”.
// en: URLSearchParams writes a space as "+" (HTML forms); the URL parser as "%20".
const params = new URLSearchParams({ oraș: city, q: text });
console.log(params.toString());
const url = new URL(`https://api.example.com/căutare/orașe mari?q=${text}`);
console.log(url.pathname);
console.log(url.search);
console.log(decodeURIComponent(url.pathname));

// ro: „ș” corect (virgulă dedesubt, U+0219) și „ş” (sedilă, U+015F) sunt
// ro: caractere diferite, deci și adrese diferite.
// en: The correct "ș" (comma below, U+0219) and "ş" (cedilla, U+015F) are
// en: different characters, hence different addresses.
console.log(encodeURIComponent('ș'), encodeURIComponent('ş'));

// ro: Serverul primește forma codificată și o decodifică.
// en: The server receives the encoded form and decodes it.
const response = await fetch(`https://api.example.com/anything?${params}`);
const echo: { url: string; query: Record<string, string> } = await response.json();
console.log(echo.url);
console.log(echo.query);
