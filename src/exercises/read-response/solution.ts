const url = 'https://api.example.com/users/1';
const response = await fetch(url);

console.log(response.status, response.statusText);
console.log(response.headers.get('Content-Type'));

// ro: Corpul se citește o singură dată: aici ca JSON.
// en: The body is read once: here as JSON.
const user = await response.json();
console.log(user.name);

// ro: HEAD: aceleași antete ca GET, dar fără corp.
// en: HEAD: the same headers as GET, but no body.
const head = await fetch(url, { method: 'HEAD' });
console.log(head.headers.get('Content-Length'));
