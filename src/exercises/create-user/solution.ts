const api = 'https://api.example.com';

// ro: 1. Autentificarea: POST /login cu numele și parola, în JSON.
// en: 1. Log in: POST /login with the username and password, as JSON.
const login = await fetch(`${api}/login`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ username: 'admin', password: '123456' }),
});
const { token } = await login.json();

// ro: 2. POST pe colecție, cu tokenul și un corp JSON.
// en: 2. POST to the collection, with the token and a JSON body.
const created = await fetch(`${api}/users`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
  body: JSON.stringify({ username: 'maria', name: 'Maria Pop', email: 'maria@example.com' }),
});

// ro: 3. 201 Created, iar Location spune unde trăiește noua resursă.
// en: 3. 201 Created, and Location says where the new resource lives.
console.log(created.status, created.headers.get('Location'));
