const api = 'https://api.example.com';
const login = await fetch(`${api}/login`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ username: 'admin', password: '123456' }),
});
const { token } = await login.json();
const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };

// ro: PATCH trimite doar câmpul care se schimbă.
// en: PATCH sends only the field that changes.
const patched = await fetch(`${api}/users/2`, { method: 'PATCH', headers, body: JSON.stringify({ email: 'ana.popescu@example.com' }) });
console.log('PATCH', patched.status);

const removed = await fetch(`${api}/users/3`, { method: 'DELETE', headers });
console.log('DELETE', removed.status);

// ro: Lista vine într-un obiect, cu numărul total și pagina.
// en: The list comes inside an object, with the total and the page.
const { users }: { users: { username: string }[] } = await (await fetch(`${api}/users`)).json();
console.log(users.map((u) => u.username));
