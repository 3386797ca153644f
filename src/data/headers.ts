/**
 * HTTP headers: the 17 request headers and the 19 response headers of the
 * course notes, with the notes' example values. A header used in both
 * directions (`Content-Type`, `Content-Length`, `Connection`,
 * `Cache-Control`) is ONE entry with `direction: 'both'`, so it has one
 * anchor on the page.
 *
 * Sources: RFC 9110 (HTTP Semantics), RFC 9111 (Caching), RFC 9112
 * (HTTP/1.1), RFC 9113 and 9114 (HTTP/2, HTTP/3), RFC 6265 (cookies), RFC
 * 6797 (HSTS), RFC 7239 (Forwarded), the WHATWG Fetch standard (forbidden
 * request headers, CORS, `X-Content-Type-Options`) and MDN.
 */
import { type Localized, type SpecRef, prose, rfc } from './locale.ts';
import { fetchSpec, mdnHeader } from './web-refs.ts';

export type HeaderDirection = 'request' | 'response' | 'both';

/**
 * Who writes a request header. `browser`: the user agent alone; the Fetch
 * standard lists it as a forbidden request header, so page scripts cannot set
 * it. `application`: the calling code may set it (the runtime may add a
 * default). `proxy`: added by intermediaries on the way.
 */
export type RequestSetter = 'browser' | 'application' | 'proxy';

/**
 * Whether a page's JavaScript can read a response header of a cross-origin
 * response. `safelisted`: always (CORS-safelisted response header).
 * `exposed`: only if the server lists it in `Access-Control-Expose-Headers`
 * (same-origin responses show it anyway). `hidden`: never (`Set-Cookie`).
 */
export type ScriptAccess = 'safelisted' | 'exposed' | 'hidden';

export interface RequestSide {
  /** The value the course notes use as an example. */
  example: string;
  setBy: RequestSetter;
}

export interface ResponseSide {
  /** The value the course notes use as an example. */
  example: string;
  scriptAccess: ScriptAccess;
}

/** Where the header stands today; deprecated and legacy headers must name what to use instead. */
export type HeaderStatus =
  | { status: 'current' }
  | { status: 'deprecated' | 'legacy'; replacement: Localized }
  | { status: 'non-standard'; replacement?: Localized };

export type HeaderStatusName = HeaderStatus['status'];

interface HeaderFacts {
  /** The canonical spelling; the anchor is its lower-case form. */
  name: string;
  description: Localized;
  /** Practical advice or a warning. */
  note?: Localized;
  /** Where the course notes say something else: wrong (said so, with the source) or imprecise ("more precisely"). */
  correction?: Localized;
  spec: SpecRef;
}

type Sides =
  | { direction: 'request'; request: RequestSide }
  | { direction: 'response'; response: ResponseSide }
  | { direction: 'both'; request: RequestSide; response: ResponseSide };

export type Header = HeaderFacts & HeaderStatus & Sides;

/** The stable anchor of a header: its name in lower case (`#content-type`). */
export function headerAnchor(header: Pick<Header, 'name'>): string {
  return header.name.toLowerCase();
}

export function requestSide(header: Header): RequestSide | undefined {
  return header.direction === 'response' ? undefined : header.request;
}

export function responseSide(header: Header): ResponseSide | undefined {
  return header.direction === 'request' ? undefined : header.response;
}

export const headers: readonly Header[] = [
  // The request headers, in the order of the course notes.
  {
    name: 'Host',
    direction: 'request',
    request: { example: 'api.example.com', setBy: 'browser' },
    status: 'current',
    description: {
      ro: prose`Numele serverului (și portul, dacă nu este cel implicit) căruia îi este adresată cererea.
        Pe aceeași adresă IP pot rula multe site-uri, iar serverul îl alege pe cel potrivit după \`Host\`.
        În HTTP/1.1 este **obligatoriu**: fără el, serverul răspunde cu **400**.
        În HTTP/2 și HTTP/3 locul lui îl ia pseudo-antetul \`:authority\`.`,
      en: prose`The name of the server (and the port, unless it is the default) the request is addressed to.
        Many sites can share one IP address, and the server picks the right one by \`Host\`.
        In HTTP/1.1 it is **required**: without it the server answers **400**.
        In HTTP/2 and HTTP/3 the \`:authority\` pseudo-header takes its place.`,
    },
    spec: rfc(9110, '7.2'),
  },
  {
    name: 'User-Agent',
    direction: 'request',
    request: { example: 'python-requests/2.31.0', setBy: 'application' },
    status: 'current',
    description: {
      ro: prose`Identifică programul client: \`python-requests/2.31.0\`, \`node\` pentru \`fetch\` din Node.js, un șir lung pentru browsere.
        Serverele îl folosesc pentru statistici și, uneori, pentru a ocoli erori ale unor clienți.
        Un API poate cere un \`User-Agent\` propriu, de forma \`MyApp/1.0\`.`,
      en: prose`Identifies the client program: \`python-requests/2.31.0\`, \`node\` for Node.js's \`fetch\`, a long string for browsers.
        Servers use it for statistics and, sometimes, to work around bugs of particular clients.
        An API may ask for a \`User-Agent\` of your own, such as \`MyApp/1.0\`.`,
    },
    note: {
      ro: prose`Standardul Fetch nu îl mai interzice, dar Chromium îl ignoră în continuare când îl setezi din \`fetch\`.
        Browserele își reduc treptat \`User-Agent\`-ul și mută detaliile în antetele Client Hints (\`Sec-CH-UA\`).`,
      en: prose`The Fetch standard no longer forbids it, but Chromium still ignores it when set from \`fetch\`.
        Browsers are gradually reducing their \`User-Agent\` and moving the details to the Client Hints headers (\`Sec-CH-UA\`).`,
    },
    spec: rfc(9110, '10.1.5'),
  },
  {
    name: 'Accept',
    direction: 'request',
    request: { example: 'application/json, text/plain, */*', setBy: 'application' },
    status: 'current',
    description: {
      ro: prose`Formatele (tipurile media) pe care clientul le poate primi, eventual cu preferințe \`q\` între 0 și 1.
        Serverul alege unul și îl anunță în \`Content-Type\`; dacă nu poate oferi niciunul, poate răspunde cu **406**.
        \`fetch\` trimite implicit \`*/*\`.`,
      en: prose`The formats (media types) the client can take, optionally with \`q\` preferences between 0 and 1.
        The server picks one and names it in \`Content-Type\`; if it can offer none, it may answer **406**.
        \`fetch\` sends \`*/*\` by default.`,
    },
    spec: rfc(9110, '12.5.1'),
  },
  {
    name: 'Accept-Encoding',
    direction: 'request',
    request: { example: 'gzip, deflate, br', setBy: 'browser' },
    status: 'current',
    description: {
      ro: prose`Algoritmii de compresie pe care clientul îi poate decomprima: \`gzip\`, \`deflate\`, \`br\` (Brotli), \`zstd\`.
        Serverul îi aplică pe unul și îl numește în \`Content-Encoding\`.
        Clientul decomprimă singur: codul tău primește corpul deja decomprimat.
        \`fetch\` din Node.js 24 (biblioteca undici) îl scrie singur: \`br, gzip, deflate\` pentru adresele \`https:\` și \`gzip, deflate\` pentru cele \`http:\`.`,
      en: prose`The compression algorithms the client can decompress: \`gzip\`, \`deflate\`, \`br\` (Brotli), \`zstd\`.
        The server applies one and names it in \`Content-Encoding\`.
        The client decompresses by itself: your code receives the body already decompressed.
        Node.js 24's \`fetch\` (the undici library) writes it by itself: \`br, gzip, deflate\` for \`https:\` addresses and \`gzip, deflate\` for \`http:\` ones.`,
    },
    spec: rfc(9110, '12.5.3'),
  },
  {
    name: 'Accept-Language',
    direction: 'request',
    request: { example: 'ro-RO, ro;q=0.9, en-US;q=0.8, en;q=0.7', setBy: 'application' },
    status: 'current',
    description: {
      ro: prose`Limbile preferate de utilizator, în ordinea preferinței, cu ponderi \`q\`.
        Browserele îl completează din setările utilizatorului; un site îl poate folosi pentru a alege limba implicită, dar ar trebui să lase utilizatorul să o schimbe.`,
      en: prose`The user's preferred languages, in order of preference, with \`q\` weights.
        Browsers fill it in from the user's settings; a site may use it to pick the default language, but should let the user change it.`,
    },
    spec: rfc(9110, '12.5.4'),
  },
  {
    name: 'Authorization',
    direction: 'request',
    request: { example: 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...', setBy: 'application' },
    status: 'current',
    description: {
      ro: prose`Credențialele clientului, precedate de schemă: \`Bearer <token>\` (de obicei un JWT sau un token OAuth) sau \`Basic <base64(user:parolă)>\`.
        Când lipsește sau nu este valid, serverul răspunde cu **401** și cu antetul \`WWW-Authenticate\`.`,
      en: prose`The client's credentials, preceded by the scheme: \`Bearer <token>\` (usually a JWT or an OAuth token) or \`Basic <base64(user:password)>\`.
        When it is missing or invalid, the server answers **401** with a \`WWW-Authenticate\` header.`,
    },
    note: {
      ro: 'Atât `fetch`, cât și `requests` șterg acest antet când o redirecționare duce la o altă gazdă, ca tokenul să nu ajungă la alt server.',
      en: 'Both `fetch` and `requests` drop this header when a redirect leads to another host, so that the token does not reach another server.',
    },
    spec: rfc(9110, '11.6.2'),
  },
  {
    name: 'Content-Type',
    direction: 'both',
    request: { example: 'application/json', setBy: 'application' },
    response: { example: 'application/json; charset=utf-8', scriptAccess: 'safelisted' },
    status: 'current',
    description: {
      ro: prose`Tipul media al corpului: \`application/json\`, \`text/html\`, \`multipart/form-data\`, \`image/png\`, eventual cu parametri (\`charset=utf-8\`, \`boundary=...\`).
        În cerere descrie datele trimise; în răspuns spune clientului cum să interpreteze corpul.
        \`fetch\` îl completează singur pentru \`URLSearchParams\`, \`FormData\`, \`Blob\` și șiruri.`,
      en: prose`The media type of the body: \`application/json\`, \`text/html\`, \`multipart/form-data\`, \`image/png\`, possibly with parameters (\`charset=utf-8\`, \`boundary=...\`).
        In a request it describes the data sent; in a response it tells the client how to read the body.
        \`fetch\` fills it in for \`URLSearchParams\`, \`FormData\`, \`Blob\` and strings.`,
    },
    spec: rfc(9110, '8.3'),
  },
  {
    name: 'Content-Length',
    direction: 'both',
    request: { example: '87', setBy: 'browser' },
    response: { example: '256', scriptAccess: 'safelisted' },
    status: 'current',
    description: {
      ro: prose`Lungimea corpului, în **octeți** (nu în caractere: \`ă\` ocupă doi octeți în UTF-8).
        Clientul o calculează singur: \`requests\` și \`fetch\` o scriu pe baza corpului, iar în browser antetul este interzis.
        O valoare greșită setată de mână în Node.js face cererea să eșueze.
        Lipsește când corpul este trimis în bucăți (\`Transfer-Encoding: chunked\`); într-un răspuns comprimat este lungimea datelor comprimate.`,
      en: prose`The length of the body, in **bytes** (not characters: \`ă\` takes two bytes in UTF-8).
        The client computes it: \`requests\` and \`fetch\` write it from the body, and in a browser the header is forbidden.
        A wrong value set by hand in Node.js makes the request fail.
        It is absent when the body is sent in chunks (\`Transfer-Encoding: chunked\`); in a compressed response it is the length of the compressed data.`,
    },
    spec: rfc(9110, '8.6'),
  },
  {
    name: 'Referer',
    direction: 'request',
    request: { example: 'https://dashboard.example.com/users', setBy: 'browser' },
    status: 'current',
    description: {
      ro: prose`Adresa paginii de pe care a pornit cererea, folosită pentru statistici, jurnale și unele verificări de securitate.
        Numele este o greșeală de tipar istorică (corect ar fi *referrer*), păstrată pentru compatibilitate.
        Cât trimite browserul decide \`Referrer-Policy\`; implicit (\`strict-origin-when-cross-origin\`), o cerere către altă origine primește doar originea: \`https://dashboard.example.com/\`, fără cale.`,
      en: prose`The address of the page the request came from, used for statistics, logs and some security checks.
        The name is a historic misspelling (of *referrer*), kept for compatibility.
        How much the browser sends is decided by \`Referrer-Policy\`; by default (\`strict-origin-when-cross-origin\`), a request to another origin gets only the origin: \`https://dashboard.example.com/\`, without the path.`,
    },
    correction: {
      ro: prose`Mai exact, valoarea din exemplul notițelor, cu calea completă \`/users\`, ajunge de la \`dashboard.example.com\` la \`api.example.com\` (altă origine) doar dacă pagina alege o politică mai permisivă decât cea implicită, de exemplu \`no-referrer-when-downgrade\`.
        Din \`fetch\` îl controlezi prin opțiunile \`referrer\` și \`referrerPolicy\`, nu prin antet.`,
      en: prose`More precisely, the value in the notes' example, with the full \`/users\` path, travels from \`dashboard.example.com\` to \`api.example.com\` (another origin) only if the page chooses a more permissive policy than the default, such as \`no-referrer-when-downgrade\`.
        From \`fetch\` you control it with the \`referrer\` and \`referrerPolicy\` options, not with the header.`,
    },
    spec: rfc(9110, '10.1.3'),
  },
  {
    name: 'Origin',
    direction: 'request',
    request: { example: 'https://dashboard.example.com', setBy: 'browser' },
    status: 'current',
    description: {
      ro: prose`Originea (schemă, gazdă, port) paginii care a inițiat cererea, fără cale.
        Browserul îl trimite la cererile către altă origine (cross-origin) și la cele care modifică date (\`POST\`, \`PUT\`...).
        Serverul îl compară cu lista lui de origini permise și răspunde cu \`Access-Control-Allow-Origin\` (CORS) sau refuză cererea, ca apărare împotriva CSRF.`,
      en: prose`The origin (scheme, host, port) of the page that started the request, without a path.
        Browsers send it with cross-origin requests and with requests that change data (\`POST\`, \`PUT\`...).
        The server checks it against its list of allowed origins and answers with \`Access-Control-Allow-Origin\` (CORS), or refuses the request as a defence against CSRF.`,
    },
    spec: rfc(6454, '7'),
  },
  {
    name: 'Connection',
    direction: 'both',
    request: { example: 'keep-alive', setBy: 'browser' },
    response: { example: 'keep-alive', scriptAccess: 'exposed' },
    status: 'current',
    description: {
      ro: prose`Opțiuni pentru conexiunea curentă, între doi vecini (client și proxy, proxy și server), nu de la un capăt la altul: \`close\` închide conexiunea după răspuns.
        În HTTP/1.1 conexiunile rămân deschise implicit, deci \`keep-alive\` este o moștenire din HTTP/1.0.
        HTTP/2 și HTTP/3 **interzic** acest antet: își gestionează singure conexiunile.`,
      en: prose`Options for the current connection, between two neighbours (client and proxy, proxy and server), not end to end: \`close\` closes the connection after the response.
        In HTTP/1.1 connections stay open by default, so \`keep-alive\` is a leftover from HTTP/1.0.
        HTTP/2 and HTTP/3 **forbid** this header: they manage their connections themselves.`,
    },
    spec: rfc(9110, '7.6.1'),
  },
  {
    name: 'Cookie',
    direction: 'request',
    request: { example: 'sessionid=abc123xyz; csrftoken=kf8sd92j3lkd9f', setBy: 'browser' },
    status: 'current',
    description: {
      ro: prose`Cookie-urile pe care clientul le-a primit anterior prin \`Set-Cookie\` și le trimite înapoi, ca perechi \`nume=valoare\` separate prin \`; \`.
        Așa „ține minte” serverul o sesiune peste un protocol fără stare.`,
      en: prose`The cookies the client received earlier through \`Set-Cookie\` and sends back, as \`name=value\` pairs separated by \`; \`.
        This is how a server "remembers" a session over a stateless protocol.`,
    },
    note: {
      ro: prose`În browser, antetul este interzis pentru scripturi: browserul îl scrie din cookie-urile salvate, după opțiunea \`credentials\` a lui \`fetch\`.
        În \`requests\` îl gestionează \`requests.Session()\`; în Node.js îl scrii de mână.`,
      en: prose`In a browser, scripts may not set it: the browser writes it from its stored cookies, according to \`fetch\`'s \`credentials\` option.
        In \`requests\`, \`requests.Session()\` manages it; in Node.js you write it by hand.`,
    },
    spec: rfc(6265, '4.2'),
  },
  {
    name: 'Cache-Control',
    direction: 'both',
    request: { example: 'no-cache', setBy: 'application' },
    response: { example: 'max-age=3600, public', scriptAccess: 'safelisted' },
    status: 'current',
    description: {
      ro: prose`Directive pentru cache-uri.
        În răspuns: \`max-age=3600\` (timp de o oră, răspunsul poate fi folosit din cache fără să fie verificat la server), \`public\` (îl pot păstra și cache-urile partajate), \`private\`, \`no-store\` (nu se păstrează deloc).
        În cerere: \`no-cache\` cere ca un răspuns din cache să fie mai întâi revalidat la server, nu interzice cache-ul; pentru asta este \`no-store\`.
        Din \`fetch\` se folosește de obicei opțiunea \`cache\`.`,
      en: prose`Directives for caches.
        In a response: \`max-age=3600\` (for an hour, the response may be used from the cache without checking with the server), \`public\` (shared caches may keep it too), \`private\`, \`no-store\` (never kept).
        In a request: \`no-cache\` asks that a cached response be revalidated with the server first; it does not forbid caching, \`no-store\` does.
        From \`fetch\`, the \`cache\` option is the usual way.`,
    },
    spec: rfc(9111, '5.2'),
  },
  {
    name: 'Pragma',
    direction: 'request',
    request: { example: 'no-cache', setBy: 'application' },
    status: 'deprecated',
    replacement: {
      ro: '`Cache-Control`, de exemplu `Cache-Control: no-cache`.',
      en: '`Cache-Control`, for example `Cache-Control: no-cache`.',
    },
    description: {
      ro: prose`Antet din HTTP/1.0, dinainte să existe \`Cache-Control\`: \`Pragma: no-cache\` cerea cache-urilor vechi să revalideze răspunsul.
        RFC 9111 îl declară depreciat, iar cache-urile care înțeleg \`Cache-Control\` îl ignoră când acesta este prezent.`,
      en: prose`A header from HTTP/1.0, from before \`Cache-Control\` existed: \`Pragma: no-cache\` asked old caches to revalidate the response.
        RFC 9111 deprecates it, and caches that understand \`Cache-Control\` ignore it when that header is present.`,
    },
    spec: rfc(9111, '5.4'),
  },
  {
    name: 'X-Requested-With',
    direction: 'request',
    request: { example: 'XMLHttpRequest', setBy: 'application' },
    status: 'non-standard',
    description: {
      ro: prose`Antet inventat de biblioteci precum jQuery pentru a marca cererile făcute din JavaScript.
        Nu este definit de niciun standard, iar browserele nu îl trimit singure.
        Unele framework-uri server îl folosesc ca să răspundă cu JSON în loc de HTML sau ca protecție simplă împotriva CSRF: fiind un antet nestandard, obligă o cerere către altă origine să treacă printr-o verificare preliminară (preflight) CORS.`,
      en: prose`A header invented by libraries such as jQuery to mark requests made from JavaScript.
        No standard defines it, and browsers do not send it on their own.
        Some server frameworks use it to answer with JSON instead of HTML, or as a simple CSRF defence: being non-standard, it forces a cross-origin request through a CORS preflight.`,
    },
    spec: fetchSpec('cors-safelisted-request-header', 'CORS-safelisted request header'),
  },
  {
    name: 'X-Forwarded-For',
    direction: 'request',
    request: { example: '192.168.0.105', setBy: 'proxy' },
    status: 'non-standard',
    replacement: {
      ro: '`Forwarded` (RFC 7239), de exemplu `Forwarded: for=192.168.0.105;proto=https`.',
      en: '`Forwarded` (RFC 7239), for example `Forwarded: for=192.168.0.105;proto=https`.',
    },
    description: {
      ro: prose`Adresa IP a clientului original, adăugată de proxy-uri și load balancere, fiecare punându-și la coadă adresa de la care a primit cererea (\`client, proxy1, proxy2\`).
        Este un standard de facto; versiunea standardizată este \`Forwarded\`.`,
      en: prose`The IP address of the original client, added by proxies and load balancers, each appending the address it received the request from (\`client, proxy1, proxy2\`).
        It is a de facto standard; the standardised version is \`Forwarded\`.`,
    },
    note: {
      ro: prose`Un client poate trimite orice valoare în acest antet.
        Serverul poate avea încredere doar în intrările adăugate de propriile lui proxy-uri (citite de la dreapta), niciodată în prima valoare primită de la client.`,
      en: prose`A client can send any value in this header.
        A server may trust only the entries its own proxies added (read from the right), never the first value received from the client.`,
    },
    spec: mdnHeader('X-Forwarded-For'),
  },
  {
    name: 'DNT',
    direction: 'request',
    request: { example: '1', setBy: 'browser' },
    status: 'deprecated',
    replacement: {
      ro: 'Global Privacy Control: antetul `Sec-GPC: 1` (încă experimental).',
      en: 'Global Privacy Control: the `Sec-GPC: 1` header (still experimental).',
    },
    description: {
      ro: prose`„Do Not Track”: \`1\` anunța că utilizatorul nu vrea să fie urmărit.
        Specificația W3C a fost abandonată, iar cele mai multe site-uri îl ignorau; unele browsere l-au eliminat.
        Este un antet interzis: \`fetch\` nu îl poate seta.`,
      en: prose`"Do Not Track": \`1\` announced that the user does not want to be tracked.
        The W3C specification was abandoned, and most sites ignored it; some browsers have removed it.
        It is a forbidden request header: \`fetch\` cannot set it.`,
    },
    spec: mdnHeader('DNT'),
  },

  // Response-only headers, in the order of the course notes.
  {
    name: 'Date',
    direction: 'response',
    response: { example: 'Fri, 21 Nov 2025 12:05:48 GMT', scriptAccess: 'exposed' },
    status: 'current',
    description: {
      ro: prose`Momentul în care serverul a generat răspunsul, mereu în formatul \`IMF-fixdate\` și în GMT.
        Cache-urile îl folosesc pentru a calcula vârsta răspunsului.`,
      en: prose`The moment the server generated the response, always in the \`IMF-fixdate\` format and in GMT.
        Caches use it to compute the age of the response.`,
    },
    spec: rfc(9110, '6.6.1'),
  },
  {
    name: 'Server',
    direction: 'response',
    response: { example: 'nginx/1.20.2', scriptAccess: 'exposed' },
    status: 'current',
    description: {
      ro: prose`Software-ul serverului, de exemplu \`nginx/1.20.2\` sau \`Apache\`.
        Versiunea exactă îi ajută pe atacatori să caute vulnerabilități cunoscute, de aceea multe servere trimit doar numele (în nginx, \`server_tokens off\`).`,
      en: prose`The server software, for example \`nginx/1.20.2\` or \`Apache\`.
        The exact version helps attackers look up known vulnerabilities, which is why many servers send only the name (in nginx, \`server_tokens off\`).`,
    },
    spec: rfc(9110, '10.2.4'),
  },
  {
    name: 'Content-Encoding',
    direction: 'response',
    response: { example: 'gzip', scriptAccess: 'exposed' },
    status: 'current',
    description: {
      ro: prose`Compresia aplicată corpului, aleasă dintre cele oferite de client în \`Accept-Encoding\`: \`gzip\`, \`br\`, \`zstd\`.
        Clientul decomprimă singur; \`Content-Length\` se referă la octeții comprimați.`,
      en: prose`The compression applied to the body, chosen among those the client offered in \`Accept-Encoding\`: \`gzip\`, \`br\`, \`zstd\`.
        The client decompresses by itself; \`Content-Length\` counts the compressed bytes.`,
    },
    spec: rfc(9110, '8.4'),
  },
  {
    name: 'Vary',
    direction: 'response',
    response: { example: 'Accept-Encoding, Origin', scriptAccess: 'exposed' },
    status: 'current',
    description: {
      ro: prose`Antetele cererii de care depinde răspunsul.
        Un cache păstrează câte o copie pentru fiecare combinație de valori: cu \`Vary: Accept-Encoding, Origin\`, un client fără gzip sau o altă origine nu primesc copia altcuiva.
        \`Origin\` trebuie să apară aici când \`Access-Control-Allow-Origin\` se schimbă după origine.`,
      en: prose`The request headers the response depends on.
        A cache keeps one copy per combination of their values: with \`Vary: Accept-Encoding, Origin\`, a client without gzip or another origin does not get someone else's copy.
        \`Origin\` belongs here whenever \`Access-Control-Allow-Origin\` changes with the origin.`,
    },
    spec: rfc(9110, '12.5.5'),
  },
  {
    name: 'ETag',
    direction: 'response',
    response: { example: 'W/"5f1a3b4d-8e"', scriptAccess: 'exposed' },
    status: 'current',
    description: {
      ro: prose`Un identificator al versiunii resursei.
        Clientul îl trimite înapoi în \`If-None-Match\`; dacă resursa nu s-a schimbat, serverul răspunde **304 Not Modified**, fără corp.
        Prefixul \`W/\` marchează un validator slab: conținut echivalent, nu neapărat identic octet cu octet.`,
      en: prose`An identifier of the resource's version.
        The client sends it back in \`If-None-Match\`; if the resource has not changed, the server answers **304 Not Modified**, without a body.
        The \`W/\` prefix marks a weak validator: equivalent content, not necessarily identical byte for byte.`,
    },
    spec: rfc(9110, '8.8.3'),
  },
  {
    name: 'Last-Modified',
    direction: 'response',
    response: { example: 'Fri, 21 Nov 2025 11:00:00 GMT', scriptAccess: 'safelisted' },
    status: 'current',
    description: {
      ro: prose`Data ultimei modificări a resursei, cu precizie de o secundă.
        Clientul o trimite înapoi în \`If-Modified-Since\` pentru o cerere condiționată; \`ETag\` este mai precis și are prioritate când ambele există.`,
      en: prose`When the resource last changed, to the second.
        The client sends it back in \`If-Modified-Since\` for a conditional request; \`ETag\` is more precise and takes precedence when both exist.`,
    },
    spec: rfc(9110, '8.8.2'),
  },
  {
    name: 'Strict-Transport-Security',
    direction: 'response',
    response: { example: 'max-age=31536000; includeSubDomains; preload', scriptAccess: 'exposed' },
    status: 'current',
    description: {
      ro: prose`HSTS: cere browserului ca, timp de \`max-age\` secunde (aici un an), să contacteze site-ul doar prin HTTPS, chiar dacă utilizatorul scrie \`http://\`.
        \`includeSubDomains\` extinde regula la subdomenii.
        Browserul ia în seamă antetul doar dacă îl primește prin HTTPS.`,
      en: prose`HSTS: tells the browser to contact the site only over HTTPS for \`max-age\` seconds (a year here), even when the user types \`http://\`.
        \`includeSubDomains\` extends the rule to subdomains.
        Browsers honour the header only when it arrives over HTTPS.`,
    },
    note: {
      ro: '`preload` nu face parte din RFC 6797: este consimțământul pentru includerea domeniului în lista HSTS preîncărcată în browsere, care se cere separat și greu se mai retrage.',
      en: '`preload` is not part of RFC 6797: it is the consent to include the domain in the HSTS list built into browsers, which is requested separately and is hard to undo.',
    },
    spec: rfc(6797, '6.1'),
  },
  {
    name: 'X-Frame-Options',
    direction: 'response',
    response: { example: 'DENY', scriptAccess: 'exposed' },
    status: 'legacy',
    replacement: {
      ro: 'Directiva `frame-ancestors` din `Content-Security-Policy`, de exemplu `Content-Security-Policy: frame-ancestors \'none\'`.',
      en: 'The `frame-ancestors` directive of `Content-Security-Policy`, for example `Content-Security-Policy: frame-ancestors \'none\'`.',
    },
    description: {
      ro: prose`Spune dacă pagina poate fi afișată într-un \`<iframe>\` al altui site: \`DENY\` (niciodată) sau \`SAMEORIGIN\`.
        Protejează împotriva clickjacking-ului.
        Un antet cu valoarea învechită \`ALLOW-FROM\` este ignorat complet de browserele actuale.
        Antetul încă funcționează, dar \`frame-ancestors\` îl înlocuiește și are prioritate când ambele sunt prezente.`,
      en: prose`Says whether the page may be shown in another site's \`<iframe>\`: \`DENY\` (never) or \`SAMEORIGIN\`.
        It protects against clickjacking.
        A header with the obsolete \`ALLOW-FROM\` value is ignored entirely by current browsers.
        The header still works, but \`frame-ancestors\` supersedes it and wins when both are present.`,
    },
    spec: rfc(7034),
  },
  {
    name: 'X-Content-Type-Options',
    direction: 'response',
    response: { example: 'nosniff', scriptAccess: 'exposed' },
    status: 'current',
    description: {
      ro: prose`Singura valoare, \`nosniff\`, interzice browserului să „ghicească” tipul conținutului altfel decât spune \`Content-Type\`; de exemplu, un fișier text încărcat de un utilizator nu va fi rulat ca script.
        În ciuda prefixului \`X-\`, este standardizat în Fetch și recomandat pe toate răspunsurile.`,
      en: prose`Its only value, \`nosniff\`, forbids the browser to "guess" the content type against what \`Content-Type\` says; a text file uploaded by a user, for example, will not run as a script.
        Despite its \`X-\` prefix, it is standardised in Fetch and recommended on every response.`,
    },
    spec: fetchSpec('x-content-type-options-header', 'X-Content-Type-Options'),
  },
  {
    name: 'X-XSS-Protection',
    direction: 'response',
    response: { example: '1; mode=block', scriptAccess: 'exposed' },
    status: 'deprecated',
    replacement: {
      ro: '`Content-Security-Policy`, cu o politică ce interzice scripturile inline; `X-XSS-Protection` fie lipsește, fie are valoarea `0`.',
      en: '`Content-Security-Policy`, with a policy that forbids inline scripts; `X-XSS-Protection` is either absent or set to `0`.',
    },
    description: {
      ro: prose`Controla „auditorul XSS” al browserelor vechi, care încerca să blocheze scripturile reflectate din adresă.
        Edge-ul vechi (EdgeHTML) a renunțat la filtrul XSS în 2018, Chrome și-a eliminat auditorul în 2019 (versiunea 78), iar Safari în 2022 (versiunea 15.4); Firefox nu a avut niciodată unul.
        Browserele actuale ignoră antetul.`,
      en: prose`Controlled the "XSS auditor" of older browsers, which tried to block scripts reflected from the address.
        Legacy Edge (EdgeHTML) retired its XSS filter in 2018, Chrome removed its auditor in 2019 (version 78) and Safari in 2022 (version 15.4); Firefox never had one.
        Current browsers ignore the header.`,
    },
    correction: {
      ro: prose`Valoarea din exemplul notițelor, \`1; mode=block\`, era recomandarea de odinioară; azi nu mai este: în browserele vechi, auditorul putea fi folosit chiar pentru a crea vulnerabilități.
        MDN recomandă \`0\` sau lipsa antetului.`,
      en: prose`The value in the notes' example, \`1; mode=block\`, was the advice of its day; it no longer is: in older browsers the auditor could itself be abused to create vulnerabilities.
        MDN recommends \`0\` or no header at all.`,
    },
    spec: mdnHeader('X-XSS-Protection'),
  },
  {
    name: 'Access-Control-Allow-Origin',
    direction: 'response',
    response: { example: 'https://dashboard.example.com', scriptAccess: 'exposed' },
    status: 'current',
    description: {
      ro: prose`Răspunsul CORS: originea căreia serverul îi permite să citească răspunsul din JavaScript, sau \`*\` pentru oricine.
        O singură origine pe răspuns: un server cu mai mulți clienți o alege după antetul \`Origin\` al cererii și adaugă \`Vary: Origin\`.
        La o cerere simplă (\`GET\`, \`HEAD\` sau \`POST\`, doar cu antete permise de CORS și, la \`POST\`, cu un corp de formular sau text), browserul trimite cererea și primește răspunsul, dar, dacă antetul lipsește sau numește altă origine, ascunde răspunsul de script.
        La o cerere care are nevoie de o verificare preliminară (preflight), browserul verifică întâi răspunsul la \`OPTIONS\`: dacă acesta nu permite cererea, cererea propriu-zisă nu mai este trimisă deloc (vezi [schema CORS](#cors)).`,
      en: prose`The CORS answer: the origin the server allows to read the response from JavaScript, or \`*\` for anyone.
        One origin per response: a server with several clients picks it from the request's \`Origin\` header and adds \`Vary: Origin\`.
        For a simple request (\`GET\`, \`HEAD\` or \`POST\`, with CORS-safelisted headers only and, for \`POST\`, a form or text body), the browser sends the request and gets the response but, if the header is missing or names another origin, hides the response from the script.
        For a request that needs a preflight, the browser first checks the answer to the \`OPTIONS\` request: if it does not allow the request, the real request is never sent (see [the CORS diagram](#cors)).`,
    },
    spec: fetchSpec('http-access-control-allow-origin', 'Access-Control-Allow-Origin'),
  },
  {
    name: 'Access-Control-Allow-Credentials',
    direction: 'response',
    response: { example: 'true', scriptAccess: 'exposed' },
    status: 'current',
    description: {
      ro: prose`Cu \`true\` (singura valoare), serverul permite unei pagini de pe altă origine să citească răspunsul la o cerere care a trimis cookie-uri sau \`Authorization\` (\`fetch\` cu \`credentials: "include"\`).
        În acest caz, \`Access-Control-Allow-Origin\` trebuie să numească originea exactă, nu \`*\`.`,
      en: prose`With \`true\` (its only value), the server lets a page from another origin read the response to a request that carried cookies or \`Authorization\` (\`fetch\` with \`credentials: "include"\`).
        In that case, \`Access-Control-Allow-Origin\` must name the exact origin, not \`*\`.`,
    },
    spec: fetchSpec('http-access-control-allow-credentials', 'Access-Control-Allow-Credentials'),
  },
  {
    name: 'Access-Control-Expose-Headers',
    direction: 'response',
    response: { example: 'Content-Length, X-Kong-Upstream-Latency, X-Kong-Proxy-Latency', scriptAccess: 'exposed' },
    status: 'current',
    description: {
      ro: prose`Antetele de răspuns pe care JavaScript-ul unei pagini de pe altă origine le poate citi cu \`response.headers.get()\`, pe lângă cele mereu vizibile (\`Cache-Control\`, \`Content-Language\`, \`Content-Length\`, \`Content-Type\`, \`Expires\`, \`Last-Modified\`, \`Pragma\`).
        \`*\` le expune pe toate, dar numai pentru cererile fără credențiale.`,
      en: prose`The response headers that a page from another origin may read with \`response.headers.get()\`, on top of those always visible (\`Cache-Control\`, \`Content-Language\`, \`Content-Length\`, \`Content-Type\`, \`Expires\`, \`Last-Modified\`, \`Pragma\`).
        \`*\` exposes them all, but only for requests without credentials.`,
    },
    correction: {
      ro: 'Mai exact, în exemplul notițelor `Content-Length` este vizibil și fără să fie listat (este unul dintre antetele mereu vizibile); doar antetele proprii ale gateway-ului Kong (`X-Kong-...`) au nevoie de `Access-Control-Expose-Headers`.',
      en: 'More precisely, in the notes\' example `Content-Length` is visible even without being listed (it is one of the always-visible headers); only the Kong gateway\'s own headers (`X-Kong-...`) need `Access-Control-Expose-Headers`.',
    },
    spec: fetchSpec('http-access-control-expose-headers', 'Access-Control-Expose-Headers'),
  },
  {
    name: 'Set-Cookie',
    direction: 'response',
    response: { example: 'sessionid=abc123xyz; Path=/; HttpOnly; Secure; SameSite=Lax', scriptAccess: 'hidden' },
    status: 'current',
    description: {
      ro: prose`Cere clientului să păstreze un cookie și să-l trimită înapoi în \`Cookie\`.
        Atributele îl protejează: \`HttpOnly\` (invizibil pentru JavaScript), \`Secure\` (doar prin HTTPS), \`SameSite=Lax\` (nu pleacă la cererile pornite de pe alte site-uri, cu o excepție: navigările de nivel superior cu o metodă sigură, ca un link urmat cu \`GET\`; un formular \`POST\` trimis de pe alt site nu îl primește), \`Path\`, \`Max-Age\`/\`Expires\`.
        Fiecare cookie are propriul antet \`Set-Cookie\`.`,
      en: prose`Tells the client to keep a cookie and send it back in \`Cookie\`.
        Its attributes protect it: \`HttpOnly\` (invisible to JavaScript), \`Secure\` (HTTPS only), \`SameSite=Lax\` (not sent with requests started from other sites, with one exception: top-level navigations with a safe method, such as a link followed with \`GET\`; a \`POST\` form sent from another site does not get it), \`Path\`, \`Max-Age\`/\`Expires\`.
        Each cookie has its own \`Set-Cookie\` header.`,
    },
    note: {
      ro: prose`În browser, \`fetch\` nu arată niciodată acest antet scriptului: browserul salvează singur cookie-ul.
        În Node.js, \`response.headers.getSetCookie()\` întoarce câte un element pentru fiecare cookie; \`requests\` le pune în \`response.cookies\`.`,
      en: prose`In a browser, \`fetch\` never shows this header to the script: the browser stores the cookie itself.
        In Node.js, \`response.headers.getSetCookie()\` returns one item per cookie; \`requests\` puts them in \`response.cookies\`.`,
    },
    spec: rfc(6265, '4.1'),
  },
  {
    name: 'Location',
    direction: 'response',
    response: { example: '/dashboard', scriptAccess: 'exposed' },
    status: 'current',
    description: {
      ro: prose`Adresa spre care trimite serverul: ținta redirecționării la răspunsurile \`3xx\` sau resursa nou creată la **201 Created**.
        Poate fi relativă (\`/dashboard\`), caz în care se rezolvă față de adresa cererii.
        \`fetch\` și \`requests\` urmează singure redirecționările, dacă nu le ceri altfel.`,
      en: prose`The address the server points to: the redirect target of \`3xx\` responses, or the newly created resource with **201 Created**.
        It may be relative (\`/dashboard\`), in which case it is resolved against the request's address.
        \`fetch\` and \`requests\` follow redirects by themselves unless told otherwise.`,
    },
    spec: rfc(9110, '10.2.2'),
  },
];

/** Request headers (including those used in both directions), in page order. */
export const requestHeaders: readonly Header[] = headers.filter((h) => h.direction !== 'response');

/** Response headers (including those used in both directions), in page order. */
export const responseHeaders: readonly Header[] = headers.filter((h) => h.direction !== 'request');
