/**
 * "Check yourself" on the status codes page: 401 against 403, 422 against
 * 400 and 415, which codes `response.ok` accepts, which errors are worth a
 * retry, a POST redirected with 301, and 504 against 408.
 */
import { prose } from '../locale.ts';
import type { Question } from './types.ts';

export const questions: readonly Question[] = [
  {
    id: 'authenticated-no-right',
    kind: 'single',
    prompt: {
      ro: 'Un utilizator s-a autentificat corect, dar rolul lui nu are voie să vadă resursa cerută. Ce cod este potrivit?',
      en: 'A user has logged in correctly, but their role may not see the requested resource. Which code fits?',
    },
    options: [
      { id: '401', text: '`401 Unauthorized`' },
      { id: '403', text: '`403 Forbidden`', correct: true },
      { id: '400', text: '`400 Bad Request`' },
      { id: '409', text: '`409 Conflict`' },
    ],
    explanation: {
      ro: prose`În ciuda numelui, [401](/status-codes/#401) înseamnă „neautentificat”: cererea nu are credențiale valide.
        Aici serverul știe cine este clientul și refuză pentru că nu are dreptul: [403](/status-codes/#403).
        Unele servere răspund chiar [404](/status-codes/#404), ca să nu dezvăluie că resursa există.`,
      en: prose`Despite its name, [401](/en/status-codes/#401) means "unauthenticated": the request has no valid credentials.
        Here the server knows who the client is and refuses because they lack the right: [403](/en/status-codes/#403).
        Some servers even answer [404](/en/status-codes/#404), so as not to reveal that the resource exists.`,
    },
  },
  {
    id: 'no-token',
    kind: 'short',
    prompt: {
      ro: 'Cererea nu are niciun token. Ce cod primește clientul, împreună cu antetul `WWW-Authenticate`?',
      en: 'The request carries no token at all. Which code does the client get, together with a `WWW-Authenticate` header?',
    },
    accepted: ['401', '401 Unauthorized'],
    numeric: true,
    explanation: {
      ro: prose`[401](/status-codes/#401) cere autentificarea, iar \`WWW-Authenticate\` spune cum, de exemplu \`Bearer\`.
        Cu un token valid, dar fără drepturi, răspunsul ar fi [403](/status-codes/#403).`,
      en: prose`[401](/en/status-codes/#401) asks for authentication, and \`WWW-Authenticate\` says how, for example \`Bearer\`.
        With a valid token that lacks the rights, the answer would be [403](/en/status-codes/#403).`,
    },
  },
  {
    id: 'valid-json-missing-field',
    kind: 'single',
    prompt: {
      ro: 'Un API primește JSON valid, cu `Content-Type: application/json`, dar câmpul obligatoriu `email` lipsește. Ce cod descrie cel mai exact problema?',
      en: 'An API receives valid JSON, with `Content-Type: application/json`, but the required `email` field is missing. Which code describes the problem most precisely?',
    },
    options: [
      { id: '415', text: '`415 Unsupported Media Type`' },
      { id: '500', text: '`500 Internal Server Error`' },
      { id: '404', text: '`404 Not Found`' },
      { id: '422', text: '`422 Unprocessable Content`', correct: true },
    ],
    explanation: {
      ro: prose`Formatul este cel așteptat, deci nu este [415](/status-codes/#415), iar greșeala este a clientului, deci nu este un 5xx.
        [422](/status-codes/#422) spune exact că un corp corect ca format nu trece validarea; multe API-uri folosesc pentru asta și [400](/status-codes/#400), mai general.`,
      en: prose`The format is the expected one, so it is not [415](/en/status-codes/#415), and the mistake is the client's, so it is not a 5xx.
        [422](/en/status-codes/#422) says exactly that a well-formed body fails validation; many APIs use the more general [400](/en/status-codes/#400) for it too.`,
    },
  },
  {
    id: 'ok-range',
    kind: 'predict',
    prompt: {
      ro: 'Ruta `/status/<cod>` răspunde cu orice cod. Ce afișează codul?',
      en: 'The `/status/<code>` route answers with any code. What does the code print?',
    },
    code: `for (const code of [204, 299, 304, 404]) {
  const response = await fetch(\`https://api.example.com/status/\${code}\`);
  console.log(code, response.ok);
}`,
    options: [
      { id: 'below-400', text: '204 true\n299 true\n304 true\n404 false' },
      { id: 'two-hundreds', text: '204 true\n299 true\n304 false\n404 false', correct: true },
      { id: 'known-only', text: '204 true\n299 false\n304 false\n404 false' },
      { id: 'with-body', text: '204 false\n299 true\n304 false\n404 false' },
    ],
    explanation: {
      ro: prose`\`response.ok\` este \`true\` exact pentru 200–299, adică pentru clasa [2xx](/status-codes/#2xx), fie că răspunsul are corp sau nu și fie că codul este cunoscut sau nu: un client tratează un cod necunoscut ca pe \`x00\` al clasei lui.
        [304](/status-codes/#304) este o redirecționare, nu un succes, deși îi spune clientului să-și folosească copia; \`ok\` din \`requests\`, adevărat pentru orice cod sub 400, diferă aici.`,
      en: prose`\`response.ok\` is \`true\` for exactly 200–299, the [2xx](/en/status-codes/#2xx) class, whether the response has a body or not and whether the code is known or not: a client treats an unknown code as its class's \`x00\`.
        [304](/en/status-codes/#304) is a redirection, not a success, even though it tells the client to use its copy; \`requests\`' \`ok\`, true for any code below 400, differs here.`,
    },
  },
  {
    id: 'worth-retrying',
    kind: 'multiple',
    prompt: {
      ro: 'După care dintre aceste coduri poate clientul să trimită din nou aceeași cerere, neschimbată, cu șanse să reușească (eventual după o pauză)?',
      en: 'After which of these codes may the client send the same request again, unchanged, with a chance of success (after a pause, perhaps)?',
    },
    options: [
      { id: '400', text: '`400 Bad Request`' },
      { id: '408', text: '`408 Request Timeout`', correct: true },
      { id: '429', text: '`429 Too Many Requests`', correct: true },
      { id: '403', text: '`403 Forbidden`' },
      { id: '503', text: '`503 Service Unavailable`', correct: true },
    ],
    explanation: {
      ro: prose`După [408](/status-codes/#408) cererea poate fi repetată pe o conexiune nouă, după [429](/status-codes/#429) și [503](/status-codes/#503) după pauza cerută de \`Retry-After\`, când răspunsul îl include.
        Un [400](/status-codes/#400) sau un [403](/status-codes/#403) primește de obicei același răspuns până când clientul corectează cererea sau credențialele.`,
      en: prose`After [408](/en/status-codes/#408) the request may be repeated on a new connection, after [429](/en/status-codes/#429) and [503](/en/status-codes/#503) once the client has waited as long as \`Retry-After\` asks, when the response includes it.
        A [400](/en/status-codes/#400) or a [403](/en/status-codes/#403) usually gets the same answer until the client fixes the request or its credentials.`,
    },
  },
  {
    id: 'post-301',
    kind: 'single',
    prompt: {
      ro: 'Un formular trimis cu `POST` primește `301 Moved Permanently`. Ce face browserul când urmează redirecționarea?',
      en: 'A form sent with `POST` gets `301 Moved Permanently`. What does the browser do when it follows the redirect?',
    },
    options: [
      { id: 'repeat-post', text: { ro: 'Repetă `POST`-ul la noua adresă, cu același corp.', en: 'It repeats the `POST` to the new address, with the same body.' } },
      { id: 'get', text: { ro: 'Cere noua adresă cu `GET`, fără corp.', en: 'It requests the new address with `GET`, without a body.' }, correct: true },
      { id: 'stop', text: { ro: 'Nu urmează redirecționările unui `POST`.', en: 'It does not follow redirects of a `POST`.' } },
      { id: 'put', text: { ro: 'Trimite datele cu `PUT`, ca să nu creeze o resursă nouă.', en: 'It sends the data with `PUT`, so as not to create a new resource.' } },
    ],
    explanation: {
      ro: prose`Din motive istorice, browserele transformă un \`POST\` redirecționat cu [301](/status-codes/#301) sau 302 într-un \`GET\`, iar corpul se pierde.
        Ca metoda și corpul să se păstreze, serverul trimite [308](/status-codes/#308) (sau 307, pentru o mutare temporară).`,
      en: prose`For historical reasons, browsers turn a \`POST\` redirected with [301](/en/status-codes/#301) or 302 into a \`GET\`, and the body is lost.
        To keep the method and body, the server sends [308](/en/status-codes/#308) (or 307, for a temporary move).`,
    },
  },
  {
    id: 'gateway-timeout',
    kind: 'single',
    prompt: {
      ro: 'Un proxy invers nu primește la timp răspunsul aplicației din spatele lui. Ce cod îi trimite clientului?',
      en: 'A reverse proxy does not get the answer of the application behind it in time. Which code does it send the client?',
    },
    options: [
      { id: '408', text: '`408 Request Timeout`' },
      { id: '502', text: '`502 Bad Gateway`' },
      { id: '504', text: '`504 Gateway Timeout`', correct: true },
      { id: '500', text: '`500 Internal Server Error`' },
    ],
    explanation: {
      ro: prose`[504](/status-codes/#504) înseamnă că un intermediar a așteptat degeaba serverul din spatele lui; [502](/status-codes/#502) ar însemna că a primit un răspuns invalid.
        [408](/status-codes/#408) este altceva: serverul a așteptat degeaba cererea **clientului**.`,
      en: prose`[504](/en/status-codes/#504) means an intermediary waited in vain for the server behind it; [502](/en/status-codes/#502) would mean it got an invalid answer.
        [408](/en/status-codes/#408) is something else: the server waited in vain for the **client's** request.`,
    },
  },
];
