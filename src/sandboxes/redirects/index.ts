const api = 'https://api.example.com';

// ro: „follow” (implicit): fetch urmează redirecționările și întoarce răspunsul final.
// en: "follow" (the default): fetch follows redirects and returns the final response.
const followed = await fetch(`${api}/redirect/2`);
console.log(followed.status, followed.redirected, followed.url);

// ro: „manual”: într-o pagină web, scriptul află doar că a existat o redirecționare
// ro: (type „opaqueredirect”, status 0); Node.js întoarce chiar răspunsul 3xx.
// en: "manual": in a web page, the script only learns that a redirect happened
// en: (type "opaqueredirect", status 0); Node.js returns the 3xx response itself.
const manual = await fetch(`${api}/redirect/2`, { redirect: 'manual' });
console.log(manual.type, manual.status);

// ro: „error”: orice redirecționare devine o eroare de rețea.
// en: "error": any redirect becomes a network error.
try {
  await fetch(`${api}/redirect/1`, { redirect: 'error' });
} catch (error) {
  console.log('redirect: "error" →', (error as Error).name);
}

// ro: Ce devine un POST după fiecare cod: 301/302/303 îl schimbă în GET fără corp,
// ro: 307/308 păstrează metoda și corpul.
// en: What a POST becomes after each code: 301/302/303 turn it into a GET without
// en: a body, 307/308 keep the method and the body.
for (const status of [301, 302, 303, 307, 308]) {
  const response = await fetch(`${api}/redirect-to?url=/anything&status=${status}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ id: 7 }),
  });
  const echo: { method: string; body: string } = await response.json();
  console.log(status, '→', echo.method, echo.body || '(fără corp)'); // @ro
  console.log(status, '→', echo.method, echo.body || '(no body)'); // @en
}
