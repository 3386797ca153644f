// ro: Prima cifră a codului dă clasa răspunsului (RFC 9110 §15).
// en: The first digit of the code gives the class of the response (RFC 9110 §15).
const classes: Record<number, string> = {};
classes[1] = 'informațional'; // @ro
classes[1] = 'informational'; // @en
classes[2] = 'succes'; // @ro
classes[2] = 'success'; // @en
classes[3] = 'redirecționare'; // @ro
classes[3] = 'redirection'; // @en
classes[4] = 'eroare de client'; // @ro
classes[4] = 'client error'; // @en
classes[5] = 'eroare de server'; // @ro
classes[5] = 'server error'; // @en

function statusClass(status: number): string {
  const digit = Math.floor(status / 100);
  return `${digit}xx ${classes[digit]}`;
}

// ro: fetch nu aruncă o eroare pentru 404 sau 500: o promisiune respinsă înseamnă
// ro: doar că nu a sosit niciun răspuns. Verificarea codului ne revine nouă.
// en: fetch does not throw for a 404 or a 500: a rejected promise only means that
// en: no response arrived. Checking the code is up to us.
function checkStatus(response: Response): Response {
  // ro: 304 nu este o eroare: copia din cache este încă valabilă.
  // en: 304 is not an error: the cached copy is still valid.
  if (response.ok || response.status === 304) return response;
  const retry = response.headers.get('Retry-After');
  const hint = retry ? ` (Retry-After: ${retry} s)` : '';
  throw new Error(`${response.status} ${response.statusText}${hint}`);
}

for (const code of [200, 201, 204, 304, 400, 401, 404, 429, 500, 503]) {
  const response = await fetch(`https://api.example.com/status/${code}`);
  try {
    checkStatus(response);
    console.log(code, statusClass(code), '→ ok');
  } catch (error) {
    console.log(code, statusClass(code), '→', (error as Error).message);
  }
}

// ro: Un 301 nu ajunge la checkStatus: fetch urmează redirecționarea.
// en: A 301 never reaches checkStatus: fetch follows the redirect.
const moved = await fetch('https://api.example.com/status/301');
console.log(301, '→', moved.status, 'redirected:', moved.redirected);
