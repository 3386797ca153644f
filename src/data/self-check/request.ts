/**
 * "Check yourself" on the request page: the body's Content-Type, timeouts in
 * fetch, headers a page cannot set, what Basic authentication protects, and
 * how fetch writes method names.
 */
import { prose } from '../locale.ts';
import type { Question } from './types.ts';

export const questions: readonly Question[] = [
  {
    id: 'json-content-type',
    kind: 'predict',
    prompt: {
      ro: 'Corpul este JSON, dar cererea nu are niciun antet. Ce `Content-Type` primește serverul? (`/anything` trimite cererea înapoi.)',
      en: 'The body is JSON, but the request has no headers. Which `Content-Type` does the server get? (`/anything` echoes the request back.)',
    },
    code: `const response = await fetch('https://api.example.com/anything', {
  method: 'POST',
  body: JSON.stringify({ name: 'Ana' }),
});
const echo = await response.json();
console.log(echo.headers['content-type']);`,
    options: [
      { id: 'json', text: 'application/json' },
      { id: 'form', text: 'application/x-www-form-urlencoded;charset=UTF-8' },
      { id: 'text', text: 'text/plain;charset=UTF-8', correct: true },
      { id: 'none', text: 'undefined' },
    ],
    explanation: {
      ro: prose`\`JSON.stringify()\` dă un șir, iar pentru un șir \`fetch\` scrie singur \`text/plain;charset=UTF-8\`: nu știe că textul este JSON.
        Echivalentul opțiunii [\`json\`](/request/#option-json) din \`requests\` are doi pași, corpul și antetul [\`Content-Type: application/json\`](/request/#content-type); fără antet, multe API-uri răspund cu 415.`,
      en: prose`\`JSON.stringify()\` gives a string, and for a string \`fetch\` writes \`text/plain;charset=UTF-8\` by itself: it does not know the text is JSON.
        The counterpart of \`requests\`' [\`json\`](/en/request/#option-json) option takes two steps, the body and the [\`Content-Type: application/json\`](/en/request/#content-type) header; without the header, many APIs answer 415.`,
    },
  },
  {
    id: 'timeout-units',
    kind: 'single',
    prompt: {
      ro: 'În Python, `requests.get(url, timeout=5)`. Care apel `fetch` se apropie cel mai mult?',
      en: 'In Python, `requests.get(url, timeout=5)`. Which `fetch` call comes closest?',
    },
    options: [
      { id: 'timeout-option', text: '`fetch(url, { timeout: 5 })`' },
      { id: 'milliseconds', text: '`fetch(url, { signal: AbortSignal.timeout(5_000) })`', correct: true },
      { id: 'seconds', text: '`fetch(url, { signal: AbortSignal.timeout(5) })`' },
      { id: 'keepalive', text: '`fetch(url, { keepalive: true })`' },
    ],
    explanation: {
      ro: prose`\`fetch\` nu are o opțiune \`timeout\` (una necunoscută este ignorată în tăcere): limita vine printr-un semnal, [\`AbortSignal.timeout(ms)\`](/request/#option-timeout), în **milisecunde**, deci 5 secunde sunt \`5_000\`.
        Nici așa nu este chiar același lucru: \`requests\` limitează conectarea și fiecare pauză dintre octeți, iar semnalul limitează toată operația, inclusiv citirea corpului.`,
      en: prose`\`fetch\` has no \`timeout\` option (an unknown one is silently ignored): the limit comes through a signal, [\`AbortSignal.timeout(ms)\`](/en/request/#option-timeout), in **milliseconds**, so 5 seconds is \`5_000\`.
        Even then it is not quite the same: \`requests\` limits connecting and each gap between bytes, while the signal limits the whole operation, reading the body included.`,
    },
  },
  {
    id: 'forbidden-headers',
    kind: 'multiple',
    prompt: {
      ro: 'Pe care dintre aceste antete nu le poate scrie JavaScript-ul unei pagini în `fetch`? Browserul le elimină fără nicio eroare.',
      en: 'Which of these headers can a page\'s JavaScript not set in `fetch`? The browser drops them without any error.',
    },
    options: [
      { id: 'host', text: '`Host`', correct: true },
      { id: 'authorization', text: '`Authorization`' },
      { id: 'cookie', text: '`Cookie`', correct: true },
      { id: 'accept', text: '`Accept`' },
      { id: 'content-length', text: '`Content-Length`', correct: true },
    ],
    explanation: {
      ro: prose`[\`Host\`](/request/#host), [\`Cookie\`](/request/#cookie) și [\`Content-Length\`](/request/#content-length) sunt antete interzise: le scrie browserul, din adresă, din cookie-urile salvate și din corp.
        \`Authorization\` și \`Accept\` sunt ale aplicației, iar un token Bearer se trimite chiar așa (vezi opțiunea [\`headers\`](/request/#option-headers)).`,
      en: prose`[\`Host\`](/en/request/#host), [\`Cookie\`](/en/request/#cookie) and [\`Content-Length\`](/en/request/#content-length) are forbidden headers: the browser writes them, from the address, its stored cookies and the body.
        \`Authorization\` and \`Accept\` belong to the application, and a Bearer token is sent exactly that way (see the [\`headers\`](/en/request/#option-headers) option).`,
    },
  },
  {
    id: 'basic-auth',
    kind: 'single',
    prompt: {
      ro: 'Cererea trimite `Authorization: Basic YWRtaW46MTIzNDU2`. Ce protecție oferă Base64 numelui și parolei?',
      en: 'The request sends `Authorization: Basic YWRtaW46MTIzNDU2`. What protection does Base64 give the name and password?',
    },
    options: [
      { id: 'encrypted', text: { ro: 'Le criptează cu o cheie a serverului.', en: 'It encrypts them with a key of the server\'s.' } },
      { id: 'hashed', text: { ro: 'Le transformă ireversibil, ca un hash.', en: 'It turns them into an irreversible hash.' } },
      {
        id: 'none',
        text: {
          ro: 'Niciuna: oricine vede antetul le decodează, deci Basic are sens doar peste HTTPS.',
          en: 'None: anyone who sees the header decodes them, so Basic only makes sense over HTTPS.',
        },
        correct: true,
      },
      { id: 'signed', text: { ro: 'Semnează cererea, ca să nu poată fi repetată.', en: 'It signs the request so that it cannot be replayed.' } },
    ],
    explanation: {
      ro: prose`Base64 este doar o codificare: \`YWRtaW46MTIzNDU2\` se decodează înapoi în \`admin:123456\`, fără nicio cheie.
        Autentificarea [Basic](/request/#option-auth) pune numele și parola în fiecare cerere, deci doar TLS le protejează pe drum (vezi [\`Authorization\`](/request/#authorization)).`,
      en: prose`Base64 is only an encoding: \`YWRtaW46MTIzNDU2\` decodes back to \`admin:123456\`, with no key at all.
        [Basic](/en/request/#option-auth) authentication puts the name and password in every request, so only TLS protects them on the way (see [\`Authorization\`](/en/request/#authorization)).`,
    },
  },
  {
    id: 'method-case',
    kind: 'predict',
    prompt: {
      ro: 'Metodele sunt scrise cu litere mici. Ce afișează codul?',
      en: 'The methods are written in lower case. What does the code print?',
    },
    code: `for (const method of ['delete', 'patch']) {
  const request = new Request('https://api.example.com/users/1', { method });
  console.log(request.method);
}`,
    options: [
      { id: 'both-upper', text: 'DELETE\nPATCH' },
      { id: 'as-written', text: 'delete\npatch' },
      { id: 'only-known', text: 'DELETE\npatch', correct: true },
      { id: 'error', text: 'DELETE\nTypeError' },
    ],
    explanation: {
      ro: prose`\`fetch\` trece în majuscule doar \`DELETE\`, \`GET\`, \`HEAD\`, \`OPTIONS\`, \`POST\` și \`PUT\`; orice altă metodă pleacă exact cum a fost scrisă.
        Numele metodelor țin cont de majuscule, deci un server nu recunoaște \`patch\` și răspunde de obicei cu 400 sau 501: scrie metodele cu majuscule (vezi opțiunea [\`method\`](/request/#option-method)).`,
      en: prose`\`fetch\` upper-cases only \`DELETE\`, \`GET\`, \`HEAD\`, \`OPTIONS\`, \`POST\` and \`PUT\`; any other method is sent exactly as written.
        Method names are case-sensitive, so a server does not recognise \`patch\` and usually answers 400 or 501: write methods in upper case (see the [\`method\`](/en/request/#option-method) option).`,
    },
  },
  {
    id: 'body-format-header',
    kind: 'short',
    prompt: {
      ro: 'Ce antet spune serverului în ce format este corpul pe care i-l trimiți?',
      en: 'Which header tells the server the format of the body you send?',
    },
    accepted: ['Content-Type'],
    explanation: {
      ro: prose`[\`Content-Type\`](/request/#content-type) descrie corpul: \`application/json\`, \`multipart/form-data\`, \`text/plain\`.
        [\`Accept\`](/request/#accept) spune altceva: ce formate vrea clientul să primească în răspuns.`,
      en: prose`[\`Content-Type\`](/en/request/#content-type) describes the body: \`application/json\`, \`multipart/form-data\`, \`text/plain\`.
        [\`Accept\`](/en/request/#accept) says something else: which formats the client wants back in the response.`,
    },
  },
];
