// ro: Adrese relative rezolvate față de o bază, ca href-urile dintr-o pagină.
// en: Relative addresses resolved against a base, like the hrefs of a page.
const base = 'https://api.example.com/v1/users/123';
for (const reference of ['orders', './orders', '../groups', '../../status', '/health', '?page=2', '#top', '//cdn.example.com/app.js']) {
  console.log(reference.padEnd(24), '→', new URL(reference, base).href);
}

// ro: Bara finală contează: „users/” este un director, „users” nu.
// en: The trailing slash matters: "users/" is a directory, "users" is not.
console.log(new URL('123', 'https://api.example.com/v1/users/').href);
console.log(new URL('123', 'https://api.example.com/v1/users').href);

// ro: O adresă absolută ignoră baza.
// en: An absolute address ignores the base.
console.log(new URL('https://example.org/x', base).href);

// ro: fetch rezolvă la fel antetul Location relativ al unei redirecționări.
// en: fetch resolves a redirect's relative Location header the same way.
const response = await fetch('https://api.example.com/redirect/1');
console.log(response.redirected, response.url);
