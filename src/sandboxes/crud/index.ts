const api = 'https://api.example.com';

// ro: Scrierile cer un token de administrator: ne autentificăm întâi.
// en: Writes need an administrator's token: log in first.
const login = await fetch(`${api}/login`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ username: 'admin', password: '123456' }),
});
const { token } = await login.json();
const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };

// ro: Create: POST pe colecție → 201 Created, iar Location arată adresa noii resurse.
// en: Create: POST to the collection → 201 Created, and Location gives the new address.
const created = await fetch(`${api}/users`, {
  method: 'POST',
  headers,
  body: JSON.stringify({ username: 'ion', name: 'Ion Vasile', email: 'ion@example.com' }),
});
const location = created.headers.get('Location') ?? '';
console.log('POST', created.status, created.statusText, location);
const userUrl = new URL(location, api);

// ro: Read: GET → 200 OK.
// en: Read: GET → 200 OK.
const read = await fetch(userUrl);
console.log('GET', read.status, await read.json());

// ro: PUT înlocuiește toată resursa: câmpurile lipsă revin la valorile implicite
// ro: (aici role), iar o cerere fără un câmp obligatoriu este respinsă.
// en: PUT replaces the whole resource: missing fields go back to their defaults
// en: (role here), and a request without a required field is refused.
const put = await fetch(userUrl, {
  method: 'PUT',
  headers,
  body: JSON.stringify({ username: 'ion', name: 'Ion V.', email: 'ion.v@example.com' }),
});
console.log('PUT', put.status, await put.json());
const incomplete = await fetch(userUrl, { method: 'PUT', headers, body: JSON.stringify({ name: 'Ion' }) });
console.log('PUT', incomplete.status, (await incomplete.json()).error.message);

// ro: PATCH modifică doar câmpurile trimise.
// en: PATCH changes only the fields it sends.
const patch = await fetch(userUrl, { method: 'PATCH', headers, body: JSON.stringify({ role: 'administrator' }) });
console.log('PATCH', patch.status, await patch.json());

// ro: Delete: 204 No Content, fără corp.
// en: Delete: 204 No Content, no body.
const removed = await fetch(userUrl, { method: 'DELETE', headers });
console.log('DELETE', removed.status, removed.statusText);

// ro: Citită din nou, resursa nu mai există: 404.
// en: Read again, the resource is gone: 404.
const gone = await fetch(userUrl);
console.log('GET', gone.status, gone.statusText);
