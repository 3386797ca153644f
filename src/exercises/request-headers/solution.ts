const id = `req-${Date.now()}`;

const response = await fetch('https://api.example.com/anything', {
  headers: { Accept: 'application/json', 'X-Request-Id': id },
});
const body = await response.json();

// ro: Serverul vede numele antetelor cu litere mici.
// en: The server sees header names in lower case.
console.log(body.headers['x-request-id']);
