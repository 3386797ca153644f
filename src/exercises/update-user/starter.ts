const api = 'https://api.example.com';
const login = await fetch(`${api}/login`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ username: 'admin', password: '123456' }),
});
const { token } = await login.json();
const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };

// ro: De aici: PATCH pentru utilizatorul 2, DELETE pentru utilizatorul 3, apoi GET /users.
// en: From here: PATCH for user 2, DELETE for user 3, then GET /users.
const user = await fetch(`${api}/users/2`);
console.log(await user.json());
