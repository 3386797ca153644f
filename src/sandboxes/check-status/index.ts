// ro: Prima cifră a codului dă clasa răspunsului.
// en: The first digit of the code gives the class of the response.
function statusClass(status: number): string {
  switch (Math.floor(status / 100)) {
    case 2:
      return '2xx succes'; // @ro
      return '2xx success'; // @en
    case 3:
      return '3xx redirecționare'; // @ro
      return '3xx redirection'; // @en
    case 4:
      return '4xx eroare de client'; // @ro
      return '4xx client error'; // @en
    case 5:
      return '5xx eroare de server'; // @ro
      return '5xx server error'; // @en
    default:
      return '1xx informațional'; // @ro
      return '1xx informational'; // @en
  }
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
