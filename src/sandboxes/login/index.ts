// ro: Cererea de autentificare din notițele de curs, scrisă cu fetch.
// ro: Opțiunile din Python au echivalente: params → șirul de interogare,
// ro: json → body + Content-Type, allow_redirects=True → redirect: 'follow'
// ro: (implicit), timeout=5 → AbortSignal.timeout(5000). O diferență: semnalul
// ro: limitează toată cererea, inclusiv corpul; timeout-ul din requests
// ro: limitează conectarea și fiecare așteptare de date.
// en: The login request from the course notes, written with fetch.
// en: The Python options have equivalents: params → query string,
// en: json → body + Content-Type, allow_redirects=True → redirect: 'follow'
// en: (the default), timeout=5 → AbortSignal.timeout(5000). One difference:
// en: the signal limits the whole request, body included; the timeout of
// en: requests limits connecting and each wait for data.
const url = new URL('https://api.example.com/login');
url.searchParams.set('redirect', 'dashboard');

// ro: Niciun antet Authorization: tokenul este chiar ce primim în răspuns.
// en: No Authorization header: the token is what the response brings.
const response = await fetch(url, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
  body: JSON.stringify({ username: 'admin', password: '123456' }),
  signal: AbortSignal.timeout(5000),
  redirect: 'follow',
});
console.log(response.status, response.statusText);

interface LoginResponse {
  user: { id: number; username: string; role: string };
  token: string;
  expires_in: number;
}
const data: LoginResponse = await response.json();
console.log(data.user);
console.log('Token:', `${data.token.slice(0, 36)}…`);
console.log('Expiră în', data.expires_in, 'secunde'); // @ro
console.log('Expires in', data.expires_in, 'seconds'); // @en

// ro: Serverul trimite și Set-Cookie (vezi „Rețea”), dar un script nu îl poate citi:
// ro: este un antet de răspuns interzis în fetch.
// en: The server also sends Set-Cookie (see "Network"), but a script cannot read it:
// en: it is a forbidden response header in fetch.
console.log('Set-Cookie:', response.headers.get('Set-Cookie'));

// ro: O parolă greșită: 401 Unauthorized, cu detaliile în corpul JSON.
// en: A wrong password: 401 Unauthorized, with the details in the JSON body.
const wrong = await fetch(url, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ username: 'admin', password: 'parola-gresita' }),
});
console.log(wrong.status, wrong.statusText, wrong.ok);
console.log(await wrong.json());
