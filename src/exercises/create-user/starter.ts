const api = 'https://api.example.com';

// ro: 1. Autentificarea: POST /login cu numele și parola, în JSON.
// en: 1. Log in: POST /login with the username and password, as JSON.
const login = await fetch(`${api}/login`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ username: 'admin', password: '123456' }),
});
const { token } = await login.json();

// ro: 2. Creează utilizatorul maria (completează cererea).
// en: 2. Create the user maria (complete the request).
const created = await fetch(`${api}/users`);

// ro: 3. Afișează codul de stare și antetul Location.
// en: 3. Print the status code and the Location header.
console.log(created.status);
