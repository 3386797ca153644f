/**
 * HTTP status codes: the facts behind the "Status codes" page in both locales.
 *
 * Reason phrases (in Romanian, „mesajul de stare”) and section numbers come
 * from RFC 9110 (HTTP Semantics), except 429, which RFC 6585 defines. The
 * course notes list 17 codes; the others here (`fromNotes: false`) are the
 * ones an HTTP API meets daily.
 */
import { type Localized, type SpecRef, prose, rfc } from './locale.ts';

export const statusClassIds = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const;
export type StatusClassId = (typeof statusClassIds)[number];

export interface StatusClass {
  id: StatusClassId;
  /** The class name used by RFC 9110 §15, translated. */
  name: Localized;
  summary: Localized;
}

export interface StatusCode {
  code: number;
  /** The reason phrase as registered with IANA; never translated, servers send it verbatim. */
  reason: string;
  description: Localized;
  /** Optional practical advice or a correction of a common misunderstanding. */
  note?: Localized;
  spec: SpecRef;
  /** True for the codes that the original course notes list. */
  fromNotes: boolean;
}

export const statusClasses: readonly StatusClass[] = [
  {
    id: '1xx',
    name: { ro: 'Informațional', en: 'Informational' },
    summary: {
      ro: prose`Cererea a fost primită și procesarea continuă.
        Sunt răspunsuri intermediare, rare în practică: clientul primește ulterior un răspuns final.`,
      en: prose`The request was received and processing continues.
        These are interim responses, rarely seen in practice: a final response follows.`,
    },
  },
  {
    id: '2xx',
    name: { ro: 'Succes', en: 'Successful' },
    summary: {
      ro: 'Cererea a fost primită, înțeleasă și procesată cu succes.',
      en: 'The request was received, understood and processed successfully.',
    },
  },
  {
    id: '3xx',
    name: { ro: 'Redirecționare', en: 'Redirection' },
    summary: {
      ro: 'Clientul trebuie să mai facă ceva pentru a finaliza cererea, de obicei să urmeze adresa din antetul `Location` sau să folosească copia din cache.',
      en: 'The client must take further action to complete the request, usually follow the address in the `Location` header or use its cached copy.',
    },
  },
  {
    id: '4xx',
    name: { ro: 'Eroare de client', en: 'Client error' },
    summary: {
      ro: prose`Cererea conține o eroare a clientului: sintaxă greșită, autentificare lipsă sau eșuată, resursă inexistentă etc.
        De obicei, aceeași cerere, trimisă din nou neschimbată, primește același răspuns: clientul trebuie întâi să corecteze ce indică răspunsul (corpul, credențialele, adresa).
        Unele situații sunt însă trecătoare; de aceea serverul ar trebui să explice eroarea în corpul răspunsului și să spună dacă este temporară sau permanentă.
        După [408](#408), cererea poate fi repetată, iar după [429](#429) poate fi trimisă din nou după o pauză, cât cere antetul \`Retry-After\` atunci când răspunsul îl include.`,
      en: prose`The request contains a client error: bad syntax, missing or failed authentication, a resource that does not exist, and so on.
        Sent again unchanged, the same request usually gets the same answer: the client first has to fix what the response points out (the body, the credentials, the address).
        Some conditions are temporary, though, which is why the server should explain the error in the response body and say whether it is temporary or permanent.
        After [408](#408) the request may be repeated, and after [429](#429) it can be sent again once the client has waited, for as long as the \`Retry-After\` header says when the response includes one.`,
    },
  },
  {
    id: '5xx',
    name: { ro: 'Eroare de server', en: 'Server error' },
    summary: {
      ro: prose`Cererea părea validă, dar serverul nu a reușit să o proceseze.
        Unele dintre aceste erori sunt temporare, iar cererea poate fi reîncercată mai târziu.`,
      en: prose`The request looked valid, but the server failed to process it.
        Some of these errors are temporary and the request can be retried later.`,
    },
  },
];

export const statusCodes: readonly StatusCode[] = [
  {
    code: 100,
    reason: 'Continue',
    description: {
      ro: prose`Serverul a primit antetele cererii, iar clientul poate trimite corpul.
        Clientul îl cere trimițând \`Expect: 100-continue\`, ca să nu încarce degeaba un corp mare pe care serverul l-ar refuza.`,
      en: prose`The server has received the request headers and the client may send the body.
        A client asks for it with \`Expect: 100-continue\`, so that it does not upload a large body the server would refuse anyway.`,
    },
    spec: rfc(9110, '15.2.1'),
    fromNotes: true,
  },
  {
    code: 101,
    reason: 'Switching Protocols',
    description: {
      ro: 'Serverul acceptă schimbarea protocolului cerută prin antetul `Upgrade`, de exemplu de la HTTP/1.1 la WebSocket.',
      en: 'The server agrees to switch to the protocol requested in the `Upgrade` header, for example from HTTP/1.1 to WebSocket.',
    },
    spec: rfc(9110, '15.2.2'),
    fromNotes: true,
  },
  {
    code: 200,
    reason: 'OK',
    description: {
      ro: prose`Cererea a fost procesată corect.
        Pentru \`GET\`, corpul răspunsului conține resursa cerută; pentru alte metode, rezultatul acțiunii.`,
      en: prose`The request was processed correctly.
        For \`GET\`, the response body holds the requested resource; for other methods, the result of the action.`,
    },
    spec: rfc(9110, '15.3.1'),
    fromNotes: true,
  },
  {
    code: 201,
    reason: 'Created',
    description: {
      ro: prose`O resursă nouă a fost creată, de obicei după un \`POST\` (sau un \`PUT\` pe o adresă nouă).
        Antetul \`Location\` indică adresa resursei create.`,
      en: prose`A new resource was created, usually after a \`POST\` (or a \`PUT\` to a new address).
        The \`Location\` header gives the address of the created resource.`,
    },
    spec: rfc(9110, '15.3.2'),
    fromNotes: true,
  },
  {
    code: 204,
    reason: 'No Content',
    description: {
      ro: prose`Cererea a reușit, dar răspunsul nu are corp.
        Tipic după un \`DELETE\` sau după un \`PUT\` care nu întoarce resursa.`,
      en: prose`The request succeeded, but the response has no body.
        Typical after a \`DELETE\`, or after a \`PUT\` that does not return the resource.`,
    },
    spec: rfc(9110, '15.3.5'),
    fromNotes: true,
  },
  {
    code: 301,
    reason: 'Moved Permanently',
    description: {
      ro: 'Resursa a fost mutată permanent la adresa din antetul `Location`; clienții și motoarele de căutare ar trebui să folosească de acum adresa nouă.',
      en: 'The resource has moved permanently to the address in the `Location` header; clients and search engines should use the new address from now on.',
    },
    note: {
      ro: prose`Din motive istorice, browserele transformă un \`POST\` redirecționat cu 301 într-un \`GET\`.
        Pentru a păstra metoda și corpul, serverul trimite **308**.`,
      en: prose`For historical reasons, browsers turn a \`POST\` redirected with 301 into a \`GET\`.
        To keep the method and body, the server sends **308**.`,
    },
    spec: rfc(9110, '15.4.2'),
    fromNotes: true,
  },
  {
    code: 302,
    reason: 'Found',
    description: {
      ro: 'Redirecționare temporară: resursa se află momentan la adresa din `Location`, dar clientul trebuie să folosească în continuare adresa originală.',
      en: 'Temporary redirect: the resource is currently at the address in `Location`, but the client should keep using the original address.',
    },
    note: {
      ro: prose`Ca și la 301, un \`POST\` devine \`GET\` la urmarea redirecționării.
        **307** păstrează metoda și corpul.`,
      en: prose`As with 301, a \`POST\` becomes a \`GET\` when the redirect is followed.
        **307** keeps the method and body.`,
    },
    spec: rfc(9110, '15.4.3'),
    fromNotes: true,
  },
  {
    code: 303,
    reason: 'See Other',
    description: {
      ro: prose`Trimite clientul la o altă resursă, pe care o cere cu \`GET\`.
        Se folosește după un formular trimis cu \`POST\`, ca reîncărcarea paginii să nu retrimită datele.`,
      en: prose`Sends the client to another resource, which it fetches with \`GET\`.
        Used after a form submitted with \`POST\`, so that reloading the page does not resubmit the data.`,
    },
    spec: rfc(9110, '15.4.4'),
    fromNotes: false,
  },
  {
    code: 304,
    reason: 'Not Modified',
    description: {
      ro: prose`Răspuns la o cerere condiționată (\`If-None-Match\` cu un \`ETag\` sau \`If-Modified-Since\`): resursa nu s-a schimbat, deci clientul poate folosi copia din cache.
        Răspunsul nu are corp.`,
      en: prose`Answer to a conditional request (\`If-None-Match\` with an \`ETag\`, or \`If-Modified-Since\`): the resource has not changed, so the client may use its cached copy.
        The response has no body.`,
    },
    spec: rfc(9110, '15.4.5'),
    fromNotes: true,
  },
  {
    code: 307,
    reason: 'Temporary Redirect',
    description: {
      ro: 'Redirecționare temporară care, spre deosebire de 302, obligă clientul să repete cererea cu aceeași metodă și același corp.',
      en: 'A temporary redirect that, unlike 302, requires the client to repeat the request with the same method and body.',
    },
    spec: rfc(9110, '15.4.8'),
    fromNotes: false,
  },
  {
    code: 308,
    reason: 'Permanent Redirect',
    description: {
      ro: 'Redirecționare permanentă care, spre deosebire de 301, păstrează metoda și corpul cererii.',
      en: 'A permanent redirect that, unlike 301, keeps the request method and body.',
    },
    spec: rfc(9110, '15.4.9'),
    fromNotes: false,
  },
  {
    code: 400,
    reason: 'Bad Request',
    description: {
      ro: 'Serverul nu poate procesa cererea din cauza unei erori a clientului: sintaxă invalidă, JSON malformat, parametri lipsă.',
      en: 'The server cannot process the request because of a client error: invalid syntax, malformed JSON, missing parameters.',
    },
    spec: rfc(9110, '15.5.1'),
    fromNotes: true,
  },
  {
    code: 401,
    reason: 'Unauthorized',
    description: {
      ro: prose`Cererea nu are credențiale valide.
        Serverul trimite antetul \`WWW-Authenticate\`, care spune cum să se autentifice clientul (de exemplu \`Bearer\`).`,
      en: prose`The request lacks valid credentials.
        The server sends a \`WWW-Authenticate\` header saying how the client should authenticate (for example \`Bearer\`).`,
    },
    note: {
      ro: prose`În ciuda numelui, 401 înseamnă „neautentificat”.
        Când clientul este autentificat, dar nu are drepturi, răspunsul corect este **403**.`,
      en: prose`Despite its name, 401 means "unauthenticated".
        When the client is authenticated but lacks permission, the right answer is **403**.`,
    },
    spec: rfc(9110, '15.5.2'),
    fromNotes: true,
  },
  {
    code: 403,
    reason: 'Forbidden',
    description: {
      ro: prose`Serverul a înțeles cererea, dar refuză să o îndeplinească: clientul nu are dreptul la resursă.
        Dacă cererea avea credențiale, serverul le consideră insuficiente: clientul nu ar trebui să o repete automat cu aceleași credențiale, dar o poate repeta cu altele, noi sau diferite, de exemplu ale unui cont care are acel drept.
        Refuzul poate avea însă și motive fără legătură cu credențialele.`,
      en: prose`The server understood the request but refuses to fulfil it: the client has no right to the resource.
        If the request carried credentials, the server considers them insufficient: the client should not repeat it automatically with the same credentials, but may repeat it with new or different ones, for example those of an account that has the right.
        The refusal may also have reasons unrelated to the credentials.`,
    },
    spec: rfc(9110, '15.5.4'),
    fromNotes: true,
  },
  {
    code: 404,
    reason: 'Not Found',
    description: {
      ro: prose`Serverul nu a găsit resursa cerută.
        Unele servere răspund cu 404 și în loc de 403, ca să nu dezvăluie că resursa există.`,
      en: prose`The server did not find the requested resource.
        Some servers also answer 404 instead of 403, so as not to reveal that the resource exists.`,
    },
    spec: rfc(9110, '15.5.5'),
    fromNotes: true,
  },
  {
    code: 405,
    reason: 'Method Not Allowed',
    description: {
      ro: prose`Resursa există, dar nu acceptă metoda folosită (de exemplu \`DELETE\` pe o colecție).
        Antetul \`Allow\` listează metodele permise.`,
      en: prose`The resource exists but does not support the method used (for example \`DELETE\` on a collection).
        The \`Allow\` header lists the permitted methods.`,
    },
    spec: rfc(9110, '15.5.6'),
    fromNotes: false,
  },
  {
    code: 408,
    reason: 'Request Timeout',
    description: {
      ro: prose`Serverul nu a primit cererea completă în timpul în care era dispus să aștepte și închide conexiunea.
        Clientul poate repeta cererea, pe o conexiune nouă.`,
      en: prose`The server did not receive a complete request within the time it was willing to wait, and closes the connection.
        The client may repeat the request, on a new connection.`,
    },
    spec: rfc(9110, '15.5.9'),
    fromNotes: true,
  },
  {
    code: 409,
    reason: 'Conflict',
    description: {
      ro: 'Cererea intră în conflict cu starea curentă a resursei, de exemplu un nume de utilizator deja folosit sau o versiune depășită a documentului.',
      en: 'The request conflicts with the current state of the resource, for example a username already taken or an outdated version of a document.',
    },
    spec: rfc(9110, '15.5.10'),
    fromNotes: false,
  },
  {
    code: 415,
    reason: 'Unsupported Media Type',
    description: {
      ro: 'Serverul refuză corpul cererii pentru că nu acceptă formatul lui, de exemplu XML trimis unui API care așteaptă `Content-Type: application/json`.',
      en: 'The server refuses the request body because it does not support its format, for example XML sent to an API that expects `Content-Type: application/json`.',
    },
    spec: rfc(9110, '15.5.16'),
    fromNotes: false,
  },
  {
    code: 422,
    reason: 'Unprocessable Content',
    description: {
      ro: 'Corpul are formatul corect (de exemplu JSON valid), dar conținutul nu trece validarea: un câmp obligatoriu lipsește sau o valoare este în afara domeniului.',
      en: 'The body has the right format (valid JSON, say), but its content fails validation: a required field is missing or a value is out of range.',
    },
    note: {
      ro: 'Denumirea veche, din WebDAV, era „Unprocessable Entity”; RFC 9110 a redenumit-o.',
      en: 'The older WebDAV name was "Unprocessable Entity"; RFC 9110 renamed it.',
    },
    spec: rfc(9110, '15.5.21'),
    fromNotes: false,
  },
  {
    code: 429,
    reason: 'Too Many Requests',
    description: {
      ro: prose`Clientul a trimis prea multe cereri într-un interval dat, iar serverul le limitează ritmul (*rate limiting*).
        Antetul \`Retry-After\` poate spune cât să aștepte.`,
      en: prose`The client has sent too many requests in a given time (rate limiting).
        A \`Retry-After\` header may say how long to wait.`,
    },
    spec: rfc(6585, '4'),
    fromNotes: false,
  },
  {
    code: 500,
    reason: 'Internal Server Error',
    description: {
      ro: prose`Eroare generică a serverului: ceva neprevăzut l-a împiedicat să proceseze cererea.
        Cauza exactă apare în jurnalele serverului, nu în răspuns.`,
      en: prose`A generic server error: something unexpected prevented it from processing the request.
        The exact cause belongs in the server logs, not in the response.`,
    },
    spec: rfc(9110, '15.6.1'),
    fromNotes: true,
  },
  {
    code: 502,
    reason: 'Bad Gateway',
    description: {
      ro: 'Un server intermediar (gateway sau proxy invers) a primit un răspuns invalid de la serverul din spatele lui.',
      en: 'An intermediary server (a gateway or reverse proxy) received an invalid response from the server behind it.',
    },
    spec: rfc(9110, '15.6.3'),
    fromNotes: true,
  },
  {
    code: 503,
    reason: 'Service Unavailable',
    description: {
      ro: prose`Serverul este temporar indisponibil, din cauza suprasolicitării sau a mentenanței.
        Antetul \`Retry-After\` poate spune când să se reîncerce.`,
      en: prose`The server is temporarily unavailable, because of overload or maintenance.
        A \`Retry-After\` header may say when to try again.`,
    },
    spec: rfc(9110, '15.6.4'),
    fromNotes: true,
  },
  {
    code: 504,
    reason: 'Gateway Timeout',
    description: {
      ro: 'Un server intermediar (gateway sau proxy invers) nu a primit la timp răspunsul de la serverul din spatele lui.',
      en: 'An intermediary server (a gateway or reverse proxy) did not receive a timely response from the server behind it.',
    },
    spec: rfc(9110, '15.6.5'),
    fromNotes: true,
  },
];

/** The class of a status code: its first digit followed by "xx". */
export function statusClassOf(code: number): StatusClassId {
  const id = `${Math.floor(code / 100)}xx`;
  if (!(statusClassIds as readonly string[]).includes(id)) {
    throw new RangeError(`HTTP status code ${code} is outside 100–599`);
  }
  return id as StatusClassId;
}
