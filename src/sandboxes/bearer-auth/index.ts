const api = 'https://api.example.com';

// ro: Autentificare: serverul răspunde cu un token.
// en: Log in: the server answers with a token.
async function login(username: string, password: string): Promise<string> {
  const response = await fetch(`${api}/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const { token } = await response.json();
  return token;
}
const adminToken = await login('admin', '123456');

// ro: Antetele se pot da ca obiect simplu sau ca obiect Headers;
// ro: numele nu țin cont de majuscule.
// en: Headers can be given as a plain object or as a Headers object;
// en: names are case-insensitive.
const headers = new Headers({ Accept: 'application/json' });
headers.set('Authorization', `Bearer ${adminToken}`);
headers.append('X-Request-Id', 'demo-42');
console.log(headers.has('authorization'), headers.get('x-request-id'));

// ro: /anything trimite înapoi cererea primită: vedem ce a plecat de fapt.
// en: /anything echoes the request back: we see what was actually sent.
const echo = await fetch(`${api}/anything`, { headers });
const sent: { headers: Record<string, string> } = await echo.json();
console.log(Object.keys(sent.headers));
console.log(sent.headers.authorization?.startsWith('Bearer '));

// ro: Crearea unui utilizator cere un token de administrator.
// en: Creating a user needs an administrator's token.
const newUser = JSON.stringify({ username: 'ion', name: 'Ion Vasile', email: 'ion@example.com' });
const createUser = (token?: string) =>
  fetch(`${api}/users`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: newUser,
  });

// ro: Fără token: 401, iar WWW-Authenticate spune ce schemă se așteaptă.
// en: No token: 401, and WWW-Authenticate says which scheme is expected.
const anonymous = await createUser();
console.log(anonymous.status, anonymous.statusText, anonymous.headers.get('WWW-Authenticate'));

// ro: Un utilizator obișnuit este autentificat, dar nu are dreptul: 403.
// en: An ordinary user is authenticated but not allowed: 403.
const ana = await createUser(await login('ana', 'parola-ana'));
console.log(ana.status, ana.statusText);

// ro: Administratorul: 201 Created.
// en: The administrator: 201 Created.
const created = await createUser(adminToken);
console.log(created.status, created.statusText, created.headers.get('Location'));
