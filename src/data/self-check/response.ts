/**
 * "Check yourself" on the response page: what fetch rejects on and what
 * `response.ok` says, reading a body twice, redirects, the reason phrase,
 * headers a cross-origin script can read, and where a redirect points.
 */
import { prose } from '../locale.ts';
import type { Question } from './types.ts';

export const questions: readonly Question[] = [
  {
    id: 'fetch-on-404',
    kind: 'predict',
    prompt: {
      ro: 'Serverul răspunde cu `404 Not Found`. Ce afișează codul?',
      en: 'The server answers `404 Not Found`. What does the code print?',
    },
    code: `try {
  const response = await fetch('https://api.example.com/status/404');
  console.log('ok:', response.ok, 'status:', response.status);
} catch {
  console.log('fetch a respins promisiunea'); // @ro
  console.log('fetch rejected the promise'); // @en
}`,
    options: [
      { id: 'rejected', text: { ro: 'fetch a respins promisiunea', en: 'fetch rejected the promise' } },
      { id: 'ok-true', text: 'ok: true status: 404' },
      { id: 'ok-false', text: 'ok: false status: 404', correct: true },
      { id: 'status-zero', text: 'ok: false status: 0' },
    ],
    explanation: {
      ro: prose`\`fetch\` respinge promisiunea doar când nu primește niciun răspuns: rețea căzută, un nume care nu se rezolvă, o cerere refuzată de CORS.
        Un 404 este un răspuns ca oricare altul, cu [\`response.ok\`](/response/#attr-status-code) fals: verifici singur \`ok\` sau \`status\`, cum ai apela \`raise_for_status()\` în \`requests\`.`,
      en: prose`\`fetch\` rejects its promise only when no response arrives at all: the network is down, a name does not resolve, CORS refuses the request.
        A 404 is a response like any other, with [\`response.ok\`](/en/response/#attr-status-code) false: check \`ok\` or \`status\` yourself, as you would call \`raise_for_status()\` in \`requests\`.`,
    },
  },
  {
    id: 'body-once',
    kind: 'predict',
    prompt: {
      ro: 'Corpul răspunsului este citit de două ori. Ce afișează codul?',
      en: 'The response body is read twice. What does the code print?',
    },
    code: `const response = await fetch('https://api.example.com/anything');
await response.json();
const again = await response.text().catch((error: Error) => error.name);
console.log(again, response.bodyUsed);`,
    options: [
      { id: 'type-error', text: 'TypeError true', correct: true },
      { id: 'type-error-unused', text: 'TypeError false' },
      { id: 'syntax-error', text: 'SyntaxError true' },
      { id: 'abort-error', text: 'AbortError false' },
    ],
    explanation: {
      ro: prose`Corpul unui răspuns este un flux și se poate citi [o singură dată](/response/#attr-json): după \`json()\`, \`bodyUsed\` este \`true\`, iar orice altă citire respinge promisiunea cu \`TypeError\`.
        Pentru două citiri, faci întâi o copie cu \`response.clone()\`.`,
      en: prose`A response body is a stream and can be read [only once](/en/response/#attr-json): after \`json()\`, \`bodyUsed\` is \`true\`, and any other read rejects with a \`TypeError\`.
        To read it twice, make a copy with \`response.clone()\` first.`,
    },
  },
  {
    id: 'redirects',
    kind: 'predict',
    prompt: {
      ro: '`/redirect/2` trimite clientul prin două redirecționări până la `/anything`. Ce afișează codul?',
      en: '`/redirect/2` sends the client through two redirects to `/anything`. What does the code print?',
    },
    code: `const response = await fetch('https://api.example.com/redirect/2');
console.log(response.status, response.redirected);
console.log(response.url);`,
    options: [
      { id: 'not-followed', text: '302 false\nhttps://api.example.com/redirect/2' },
      { id: 'first-url', text: '200 true\nhttps://api.example.com/redirect/2' },
      { id: 'final', text: '200 true\nhttps://api.example.com/anything', correct: true },
      { id: 'not-redirected', text: '200 false\nhttps://api.example.com/anything' },
    ],
    explanation: {
      ro: prose`\`fetch\` urmează singur redirecționările (\`redirect: "follow"\` este implicit) și întoarce ultimul răspuns: \`status\` este al lui, [\`url\`](/response/#attr-url) este adresa finală, iar \`redirected\` spune că a existat cel puțin o redirecționare.
        Pașii intermediari nu se păstrează, cum îi păstrează [\`history\`](/response/#attr-history) în \`requests\`.`,
      en: prose`\`fetch\` follows redirects by itself (\`redirect: "follow"\` is the default) and returns the last response: \`status\` is that response's, [\`url\`](/en/response/#attr-url) is the final address, and \`redirected\` says there was at least one redirect.
        The steps in between are not kept, as [\`history\`](/en/response/#attr-history) keeps them in \`requests\`.`,
    },
  },
  {
    id: 'status-text',
    kind: 'single',
    prompt: {
      ro: 'De ce nu ar trebui ca un program să decidă după `response.statusText`, de exemplu `Not Found`?',
      en: 'Why should a program not decide by `response.statusText`, such as `Not Found`?',
    },
    options: [
      { id: 'translated', text: { ro: 'Browserul îl traduce în limba utilizatorului.', en: 'The browser translates it into the user\'s language.' } },
      { id: 'once', text: { ro: 'Se poate citi o singură dată, ca și corpul.', en: 'It can be read only once, like the body.' } },
      {
        id: 'empty-over-h2',
        text: {
          ro: 'Peste HTTP/2 și HTTP/3 este șirul gol: mesajul de stare nu se mai transmite, contează doar codul.',
          en: 'Over HTTP/2 and HTTP/3 it is the empty string: the reason phrase is no longer sent, only the code counts.',
        },
        correct: true,
      },
      { id: 'cors', text: { ro: 'Browserul îl ascunde la răspunsurile de pe altă origine.', en: 'The browser hides it in cross-origin responses.' } },
    ],
    explanation: {
      ro: prose`Mesajul de stare, [\`reason\`](/response/#attr-reason) în \`requests\`, este doar pentru oameni: un server îl poate scrie cum vrea, iar HTTP/2 și HTTP/3 nu îl mai transmit deloc.
        Programul decide după \`status\`, adică după [codul de stare](/status-codes/#overview).`,
      en: prose`The reason phrase, [\`reason\`](/en/response/#attr-reason) in \`requests\`, is for humans only: a server may write whatever it likes, and HTTP/2 and HTTP/3 no longer carry it at all.
        Programs decide by \`status\`, the [status code](/en/status-codes/#overview).`,
    },
  },
  {
    id: 'exposed-headers',
    kind: 'multiple',
    prompt: {
      ro: 'O pagină citește cu `fetch` răspunsul unui API de pe altă origine. API-ul permite CORS pentru pagină, dar nu trimite `Access-Control-Expose-Headers`. Ce antete poate citi scriptul cu `response.headers.get()`?',
      en: 'A page reads the response of an API on another origin with `fetch`. The API allows CORS for the page but sends no `Access-Control-Expose-Headers`. Which headers can the script read with `response.headers.get()`?',
    },
    options: [
      { id: 'content-type', text: '`Content-Type`', correct: true },
      { id: 'etag', text: '`ETag`' },
      { id: 'set-cookie', text: '`Set-Cookie`' },
      { id: 'cache-control', text: '`Cache-Control`', correct: true },
      { id: 'server', text: '`Server`' },
    ],
    explanation: {
      ro: prose`Fără [\`Access-Control-Expose-Headers\`](/response/#access-control-expose-headers), scriptul vede doar antetele mereu permise: \`Cache-Control\`, \`Content-Language\`, \`Content-Length\`, \`Content-Type\`, \`Expires\`, \`Last-Modified\` și \`Pragma\`.
        [\`ETag\`](/response/#etag) și \`Server\` trebuie listate de server, iar [\`Set-Cookie\`](/response/#set-cookie) nu ajunge niciodată la script: browserul salvează singur cookie-ul.`,
      en: prose`Without [\`Access-Control-Expose-Headers\`](/en/response/#access-control-expose-headers), the script sees only the always-allowed headers: \`Cache-Control\`, \`Content-Language\`, \`Content-Length\`, \`Content-Type\`, \`Expires\`, \`Last-Modified\` and \`Pragma\`.
        [\`ETag\`](/en/response/#etag) and \`Server\` must be listed by the server, and [\`Set-Cookie\`](/en/response/#set-cookie) never reaches the script: the browser stores the cookie itself.`,
    },
  },
  {
    id: 'location',
    kind: 'short',
    prompt: {
      ro: 'Ce antet de răspuns poartă adresa la care trimite o redirecționare `3xx`?',
      en: 'Which response header carries the address a `3xx` redirect points to?',
    },
    accepted: ['Location'],
    explanation: {
      ro: prose`[\`Location\`](/response/#location) dă ținta redirecționării și tot el indică resursa nou creată la [201 Created](/status-codes/#201).
        Poate fi relativ, de exemplu \`/dashboard\`, caz în care se rezolvă față de adresa cererii.`,
      en: prose`[\`Location\`](/en/response/#location) gives the redirect target, and it also points to the newly created resource with [201 Created](/en/status-codes/#201).
        It may be relative, such as \`/dashboard\`, in which case it is resolved against the request's address.`,
    },
  },
];
