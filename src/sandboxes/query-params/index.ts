// ro: Parametrii de interogare (care formează șirul de interogare, query string) se construiesc cu URLSearchParams:
// ro: valorile sunt codificate corect, iar ordinea se păstrează.
// en: Build query parameters with URLSearchParams: values are encoded
// en: correctly and their order is kept.
const params = new URLSearchParams({ role: 'user', page: '1', limit: '2' });
const url = `https://api.example.com/users?${params}`;
console.log(url);

// ro: GET este metoda implicită a lui fetch.
// en: GET is fetch's default method.
const response = await fetch(url);
console.log(response.status, response.statusText);

interface User {
  id: number;
  username: string;
  role: string;
}
const body: { total: number; users: User[] } = await response.json();
console.log('Total:', body.total); // @ro
console.log('Total:', body.total); // @en
console.table(body.users.map(({ id, username, role }) => ({ id, username, role })));
