/**
 * The 14 request options of the course notes (the keyword arguments of
 * Python's `requests.request()`), each mapped to what `fetch()` offers
 * instead: a `RequestInit` field, a header, a Web API object, or, where a
 * browser cannot do it, what Node.js's `fetch` (undici) provides.
 *
 * Sources: the `requests` API reference, MDN (`RequestInit`, `Response`),
 * the WHATWG Fetch standard and the Node.js CLI documentation.
 */
import { type Localized, type SpecRef, prose } from './locale.ts';
import { mdn } from './web-refs.ts';

/** How far a runtime's `fetch` covers the option. */
export type Support = 'yes' | 'partial' | 'no';

export interface RequestOption {
  /** The keyword argument of `requests.request()`, as the notes write it. */
  name: string;
  /** The Python type the notes give, corrected where `requests` accepts more. */
  pythonType: string;
  /** What the option does in `requests`. */
  requests: Localized;
  /** How the same thing is done with `fetch`. */
  fetch: Localized;
  /** The short fetch form for the summary table, e.g. `method` or `AbortSignal.timeout()`. */
  equivalent: string;
  /** A one-line TypeScript snippet; code is not translated. */
  snippet: string;
  /** Whether a page's `fetch` and Node's `fetch` can do it. */
  support: { browser: Support; node: Support };
  /** Where the course notes say something else: wrong (said so, with the source) or imprecise ("more precisely"). */
  correction?: Localized;
  /** Where the fetch side is documented. */
  reference: SpecRef;
}

/** The stable anchor of an option: `option-` keeps it apart from header anchors (`#headers` vs `#option-headers`). */
export function optionAnchor(option: Pick<RequestOption, 'name'>): string {
  return `option-${option.name.replaceAll('_', '-')}`;
}

export const requestOptions: readonly RequestOption[] = [
  {
    name: 'method',
    pythonType: 'str',
    requests: {
      ro: prose`Metoda HTTP, adică acțiunea cerută asupra resursei: \`GET\`, \`POST\`, \`PUT\`, \`PATCH\`, \`DELETE\` etc.
        În \`requests\` este primul argument al lui \`requests.request()\` sau numele funcției (\`requests.post()\`).`,
      en: prose`The HTTP method, the action requested on the resource: \`GET\`, \`POST\`, \`PUT\`, \`PATCH\`, \`DELETE\` and so on.
        In \`requests\` it is the first argument of \`requests.request()\`, or the function name (\`requests.post()\`).`,
    },
    fetch: {
      ro: prose`Câmpul \`method\` al opțiunilor; implicit \`GET\`.
        \`fetch\` trece automat în majuscule doar \`DELETE\`, \`GET\`, \`HEAD\`, \`OPTIONS\`, \`POST\` și \`PUT\`: un \`patch\` scris cu litere mici pleacă exact așa.
        Numele metodelor țin cont de majuscule (RFC 9110 §9.1), deci serverul nu îl recunoaște: serverul \`http\` din Node.js și nginx răspund **400 Bad Request**, Apache **501 Not Implemented**.
        Scrie metodele cu majuscule.`,
      en: prose`The \`method\` field of the options; \`GET\` by default.
        \`fetch\` upper-cases only \`DELETE\`, \`GET\`, \`HEAD\`, \`OPTIONS\`, \`POST\` and \`PUT\`: a lower-case \`patch\` is sent as it is.
        Method names are case-sensitive (RFC 9110 §9.1), so the server does not recognise it: Node.js's \`http\` server and nginx answer **400 Bad Request**, Apache **501 Not Implemented**.
        Write methods in upper case.`,
    },
    equivalent: 'method',
    snippet: "await fetch(url, { method: 'PATCH' })",
    support: { browser: 'yes', node: 'yes' },
    reference: mdn('Web/API/RequestInit#method', 'MDN: RequestInit.method'),
  },
  {
    name: 'url',
    pythonType: 'str',
    requests: {
      ro: 'Adresa completă a resursei (endpoint-ul) către care pleacă cererea, de exemplu `https://api.example.com/data`.',
      en: 'The full address of the resource (the endpoint) the request goes to, for example `https://api.example.com/data`.',
    },
    fetch: {
      ro: prose`Primul argument al lui \`fetch()\`: un șir, un obiect \`URL\` sau un \`Request\` gata construit.
        În browser, o adresă relativă se rezolvă față de pagină; în Node.js adresa trebuie să fie absolută.
        O adresă cu nume și parolă (\`https://user:pass@host/\`) este refuzată cu \`TypeError\`: credențialele merg în antetul \`Authorization\`.`,
      en: prose`The first argument of \`fetch()\`: a string, a \`URL\` object or a ready-made \`Request\`.
        In a browser a relative address is resolved against the page; in Node.js it must be absolute.
        An address with a user name and password (\`https://user:pass@host/\`) is refused with a \`TypeError\`: credentials go in the \`Authorization\` header.`,
    },
    equivalent: 'fetch(url)',
    snippet: "await fetch(new URL('/data', 'https://api.example.com'))",
    support: { browser: 'yes', node: 'yes' },
    reference: mdn('Web/API/Window/fetch#resource', 'MDN: fetch() resource'),
  },
  {
    name: 'params',
    pythonType: 'dict',
    requests: {
      ro: prose`Parametrii de interogare, adăugați adresei în șirul de interogare (query string), folosiți mai ales la \`GET\` pentru filtrare și paginare: \`params={"page": 2, "limit": 50}\` devine \`?page=2&limit=50\`.
        Acceptă și o listă de perechi, pentru chei repetate; cheile cu valoarea \`None\` sunt omise.`,
      en: prose`Parameters appended to the address as a query string, mostly with \`GET\`, for filtering and paging: \`params={"page": 2, "limit": 50}\` becomes \`?page=2&limit=50\`.
        A list of pairs works too, for repeated keys; keys whose value is \`None\` are left out.`,
    },
    fetch: {
      ro: prose`\`fetch\` nu are o opțiune separată: construiești adresa cu \`URL\` și \`URLSearchParams\`, care codifică valorile (spații, \`&\`, diacritice) corect.
        \`searchParams.append()\` adaugă chei repetate.`,
      en: prose`\`fetch\` has no separate option: build the address with \`URL\` and \`URLSearchParams\`, which encode values (spaces, \`&\`, non-ASCII letters) correctly.
        \`searchParams.append()\` adds repeated keys.`,
    },
    equivalent: 'URLSearchParams',
    snippet: "url.search = new URLSearchParams({ page: '2', limit: '50' }).toString()",
    support: { browser: 'yes', node: 'yes' },
    reference: mdn('Web/API/URLSearchParams', 'MDN: URLSearchParams'),
  },
  {
    name: 'data',
    pythonType: 'dict | bytes | str',
    requests: {
      ro: prose`Conținutul trimis în corpul cererii (body), la \`POST\`, \`PUT\` sau \`PATCH\`.
        Un dicționar este codificat ca formular, \`application/x-www-form-urlencoded\`: exemplul din notițe, \`data={"username": "admin", "password": "123"}\`, pleacă sub forma \`username=admin&password=123\`; \`bytes\` și \`str\` pleacă neschimbate.
        Pentru JSON există opțiunea \`json\`.`,
      en: prose`The content sent in the request body, with \`POST\`, \`PUT\` or \`PATCH\`.
        A dictionary is encoded as a form, \`application/x-www-form-urlencoded\`: the notes' example, \`data={"username": "admin", "password": "123"}\`, goes out as \`username=admin&password=123\`; \`bytes\` and \`str\` are sent unchanged.
        For JSON there is the \`json\` option.`,
    },
    fetch: {
      ro: prose`Câmpul \`body\`.
        Tipul valorii alege și \`Content-Type\`-ul, dacă nu îl dai tu: \`URLSearchParams\` trimite un formular (\`application/x-www-form-urlencoded;charset=UTF-8\`), un șir trimite \`text/plain;charset=UTF-8\`, iar un \`Blob\` tipul lui.
        \`GET\` și \`HEAD\` nu pot avea corp.`,
      en: prose`The \`body\` field.
        The type of the value also picks the \`Content-Type\` unless you set one: \`URLSearchParams\` sends a form (\`application/x-www-form-urlencoded;charset=UTF-8\`), a string sends \`text/plain;charset=UTF-8\`, a \`Blob\` its own type.
        \`GET\` and \`HEAD\` cannot have a body.`,
    },
    equivalent: 'body',
    snippet: "await fetch(url, { method: 'POST', body: new URLSearchParams({ username: 'admin' }) })",
    support: { browser: 'yes', node: 'yes' },
    reference: mdn('Web/API/RequestInit#body', 'MDN: RequestInit.body'),
  },
  {
    name: 'json',
    pythonType: 'dict | list',
    requests: {
      ro: prose`Ca \`data\`, dar serializează valoarea în JSON și adaugă \`Content-Type: application/json\`.
        Orice valoare serializabilă merge, nu doar un dicționar.`,
      en: prose`Like \`data\`, but serialises the value as JSON and adds \`Content-Type: application/json\`.
        Any serialisable value works, not only a dictionary.`,
    },
    fetch: {
      ro: prose`Doi pași făcuți de mână: \`body: JSON.stringify(value)\` și antetul \`Content-Type: application/json\`.
        Fără antet, \`fetch\` trimite șirul ca \`text/plain\`, iar multe API-uri îl refuză cu **415**.`,
      en: prose`Two steps done by hand: \`body: JSON.stringify(value)\` and the \`Content-Type: application/json\` header.
        Without the header, \`fetch\` sends the string as \`text/plain\`, and many APIs refuse it with **415**.`,
    },
    equivalent: 'body + Content-Type',
    snippet: "await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(user) })",
    support: { browser: 'yes', node: 'yes' },
    reference: mdn('Web/API/RequestInit#body', 'MDN: RequestInit.body'),
  },
  {
    name: 'headers',
    pythonType: 'dict',
    requests: {
      ro: prose`Antete suplimentare trimise serverului, de exemplu \`{"Authorization": "Bearer <token>", "User-Agent": "MyApp/1.0"}\`.
        Se adaugă peste antetele implicite ale bibliotecii.`,
      en: prose`Extra headers sent to the server, for example \`{"Authorization": "Bearer <token>", "User-Agent": "MyApp/1.0"}\`.
        They are added on top of the library's default headers.`,
    },
    fetch: {
      ro: prose`Câmpul \`headers\`: un obiect simplu, o listă de perechi sau un obiect \`Headers\`.
        Numele nu țin cont de majuscule.
        În browser, antetele [interzise](#request-headers) (de exemplu \`Host\`, \`Cookie\`, \`Content-Length\`) sunt eliminate fără nicio eroare, iar Chromium elimină și \`User-Agent\`.`,
      en: prose`The \`headers\` field: a plain object, a list of pairs or a \`Headers\` object.
        Names are case-insensitive.
        In a browser, [forbidden](#request-headers) headers (such as \`Host\`, \`Cookie\`, \`Content-Length\`) are dropped without any error, and Chromium drops \`User-Agent\` too.`,
    },
    equivalent: 'headers',
    snippet: "await fetch(url, { headers: new Headers({ Accept: 'application/json' }) })",
    support: { browser: 'partial', node: 'yes' },
    reference: mdn('Web/API/Headers', 'MDN: Headers'),
  },
  {
    name: 'cookies',
    pythonType: 'dict | CookieJar',
    requests: {
      ro: prose`Cookie-uri atașate cererii, trimise în antetul \`Cookie\`.
        Pentru sesiuni care păstrează cookie-urile de la o cerere la alta se folosește \`requests.Session()\`.`,
      en: prose`Cookies attached to the request, sent in the \`Cookie\` header.
        For sessions that keep cookies from one request to the next, use \`requests.Session()\`.`,
    },
    fetch: {
      ro: prose`În browser nu poți scrie antetul \`Cookie\` (este interzis): browserul trimite singur cookie-urile pe care le are pentru acel site, după opțiunea \`credentials\` — \`same-origin\` (implicit), \`include\` (și către alte origini) sau \`omit\`.
        \`fetch\` din Node.js nu păstrează cookie-urile de la o cerere la alta (nu are un depozit de cookie-uri, *cookie jar*, ca \`requests.Session()\`): pui antetul \`Cookie\` de mână și citești răspunsul cu \`headers.getSetCookie()\`.`,
      en: prose`In a browser you cannot write the \`Cookie\` header (it is forbidden): the browser sends the cookies it holds for that site by itself, according to the \`credentials\` option — \`same-origin\` (the default), \`include\` (cross-origin too) or \`omit\`.
        Node.js's \`fetch\` keeps no cookies from one request to the next (it has no cookie jar, as \`requests.Session()\` has): you set the \`Cookie\` header by hand and read replies with \`headers.getSetCookie()\`.`,
    },
    equivalent: 'credentials',
    snippet: "await fetch(url, { credentials: 'include' })",
    support: { browser: 'partial', node: 'partial' },
    reference: mdn('Web/API/RequestInit#credentials', 'MDN: RequestInit.credentials'),
  },
  {
    name: 'files',
    pythonType: 'dict',
    requests: {
      ro: prose`Fișiere încărcate pe server (upload), trimise ca \`multipart/form-data\`, de exemplu \`files={"file": open("img.png", "rb")}\`.
        Fișierul se deschide în mod binar și trebuie închis după cerere, de preferat cu \`with open(...)\`.`,
      en: prose`Files uploaded to the server, sent as \`multipart/form-data\`, for example \`files={"file": open("img.png", "rb")}\`.
        The file is opened in binary mode and must be closed after the request, preferably with \`with open(...)\`.`,
    },
    fetch: {
      ro: prose`Un \`FormData\` ca \`body\`, cu fișierul adăugat ca \`Blob\` sau \`File\` (în Node.js, \`fs.openAsBlob()\`).
        **Nu** seta \`Content-Type\` de mână: \`fetch\` îl scrie singur, împreună cu \`boundary\`-ul care separă câmpurile.
        Vezi [exemplul complet](#upload-a-file).`,
      en: prose`A \`FormData\` as the \`body\`, with the file added as a \`Blob\` or \`File\` (in Node.js, \`fs.openAsBlob()\`).
        Do **not** set \`Content-Type\` yourself: \`fetch\` writes it, together with the \`boundary\` that separates the fields.
        See [the full example](#upload-a-file).`,
    },
    equivalent: 'FormData',
    snippet: "form.append('file', await openAsBlob('img.png'), 'img.png')",
    support: { browser: 'yes', node: 'yes' },
    reference: mdn('Web/API/FormData', 'MDN: FormData'),
  },
  {
    name: 'auth',
    pythonType: 'tuple',
    requests: {
      ro: prose`Autentificare HTTP: tuplul \`(username, password)\` înseamnă autentificare **Basic**, adică antetul \`Authorization: Basic\` urmat de \`username:password\` codificat Base64.
        Alte scheme (Digest, OAuth) se dau ca obiecte \`AuthBase\`.`,
      en: prose`HTTP authentication: the tuple \`(username, password)\` means **Basic** authentication, that is the \`Authorization: Basic\` header followed by \`username:password\` in Base64.
        Other schemes (Digest, OAuth) are passed as \`AuthBase\` objects.`,
    },
    fetch: {
      ro: prose`Antetul \`Authorization\`, scris de mână: \`Basic \` + \`btoa("user:parolă")\`, sau \`Bearer \` + token.
        \`btoa()\` acceptă doar caractere Latin-1; pentru diacritice codifici întâi în UTF-8 (în Node.js, \`Buffer.from(text).toString("base64")\`).
        Base64 nu este criptare: Basic are sens doar peste HTTPS.`,
      en: prose`The \`Authorization\` header, written by hand: \`Basic \` + \`btoa("user:password")\`, or \`Bearer \` + a token.
        \`btoa()\` accepts Latin-1 characters only; for other letters encode to UTF-8 first (in Node.js, \`Buffer.from(text).toString("base64")\`).
        Base64 is not encryption: Basic only makes sense over HTTPS.`,
    },
    equivalent: 'Authorization',
    snippet: "await fetch(url, { headers: { Authorization: 'Basic ' + btoa('admin:123456') } })",
    support: { browser: 'yes', node: 'yes' },
    correction: {
      ro: prose`Cererea JSON din notițe pune în câmpul \`auth\` un token Bearer chiar pe cererea \`POST /login\`, deci amestecă doi pași: autentificarea trimite numele și parola și *primește* tokenul, iar tokenul se trimite abia la cererile următoare.
        Lista notițelor descrie corect parametrul \`auth\` din \`requests\`, un tuplu \`(username, password)\` pentru Basic; un token Bearer nu trece prin \`auth\`, ci prin \`headers={"Authorization": "Bearer ..."}\`.`,
      en: prose`The notes' JSON request puts a Bearer token in its \`auth\` field on the \`POST /login\` request itself, so it mixes two steps: logging in sends the name and password and *receives* the token, and the token is sent only with the requests that follow.
        The notes' list describes \`requests\`' \`auth\` parameter correctly, a \`(username, password)\` tuple for Basic; a Bearer token does not go through \`auth\` but through \`headers={"Authorization": "Bearer ..."}\`.`,
    },
    reference: mdn('Web/HTTP/Reference/Headers/Authorization', 'MDN: Authorization'),
  },
  {
    name: 'timeout',
    pythonType: 'float | tuple',
    requests: {
      ro: prose`Cât așteaptă clientul, în **secunde**: un număr sau un tuplu \`(conectare, citire)\`.
        Nu este o limită pentru toată descărcarea: eroarea apare când conectarea durează prea mult sau când serverul nu trimite niciun octet timp de \`timeout\` secunde.
        Fără \`timeout\`, \`requests\` poate aștepta la nesfârșit.`,
      en: prose`How long the client waits, in **seconds**: a number or a \`(connect, read)\` tuple.
        It is not a limit on the whole download: the error comes when connecting takes too long or when the server sends no byte for \`timeout\` seconds.
        Without \`timeout\`, \`requests\` may wait forever.`,
    },
    fetch: {
      ro: prose`Opțiunea \`signal\` cu \`AbortSignal.timeout(ms)\`, în **milisecunde**.
        Spre deosebire de \`requests\`, limita acoperă toată operația, inclusiv citirea corpului.
        La expirare, promisiunea este respinsă cu un \`DOMException\` numit \`TimeoutError\`.
        \`AbortSignal.any([...])\` combină limita cu un buton „Anulează”.`,
      en: prose`The \`signal\` option with \`AbortSignal.timeout(ms)\`, in **milliseconds**.
        Unlike \`requests\`, the limit covers the whole operation, reading the body included.
        When it expires, the promise is rejected with a \`DOMException\` named \`TimeoutError\`.
        \`AbortSignal.any([...])\` combines the limit with a "Cancel" button.`,
    },
    equivalent: 'AbortSignal.timeout()',
    snippet: 'await fetch(url, { signal: AbortSignal.timeout(5_000) })',
    support: { browser: 'yes', node: 'yes' },
    correction: {
      ro: 'Notițele descriu `timeout` ca „timpul maxim de așteptare”. Mai exact, în `requests` este limita pentru conectare și pentru fiecare pauză dintre octeții primiți, nu pentru durata totală a cererii.',
      en: 'The notes describe `timeout` as "the maximum waiting time". More precisely, in `requests` it limits connecting and each gap between received bytes, not the total duration of the request.',
    },
    reference: mdn('Web/API/AbortSignal/timeout_static', 'MDN: AbortSignal.timeout()'),
  },
  {
    name: 'allow_redirects',
    pythonType: 'bool',
    requests: {
      ro: prose`Dacă biblioteca urmează singură redirecționările (\`3xx\` cu antetul \`Location\`).
        Implicit \`True\`, cu excepția lui \`requests.head()\`, unde este \`False\`; după 30 de redirecționări renunță.`,
      en: prose`Whether the library follows redirects (\`3xx\` with a \`Location\` header) by itself.
        \`True\` by default, except for \`requests.head()\`, where it is \`False\`; it gives up after 30 redirects.`,
    },
    fetch: {
      ro: prose`Opțiunea \`redirect\`: \`"follow"\` (implicit, cel mult 20 de pași), \`"error"\` (respinge promisiunea) sau \`"manual"\`.
        Cu \`"manual"\`, Node.js întoarce răspunsul \`3xx\` cu \`Location\` lizibil; browserul întoarce un răspuns opac (\`type\` \`"opaqueredirect"\`, \`status\` 0), fără adresă.`,
      en: prose`The \`redirect\` option: \`"follow"\` (the default, 20 hops at most), \`"error"\` (rejects the promise) or \`"manual"\`.
        With \`"manual"\`, Node.js returns the \`3xx\` response with a readable \`Location\`; a browser returns an opaque response (\`type\` \`"opaqueredirect"\`, \`status\` 0) without the address.`,
    },
    equivalent: 'redirect',
    snippet: "await fetch(url, { redirect: 'manual' })",
    support: { browser: 'partial', node: 'yes' },
    reference: mdn('Web/API/RequestInit#redirect', 'MDN: RequestInit.redirect'),
  },
  {
    name: 'proxies',
    pythonType: 'dict',
    requests: {
      ro: prose`Proxy-urile prin care trec cererile, pe schemă: \`proxies={"http": "http://10.10.1.10:3128", "https": "http://10.10.1.10:1080"}\`.
        Proxy-urile SOCKS cer pachetul suplimentar \`requests[socks]\`.`,
      en: prose`The proxies requests go through, per scheme: \`proxies={"http": "http://10.10.1.10:3128", "https": "http://10.10.1.10:1080"}\`.
        SOCKS proxies need the extra \`requests[socks]\` package.`,
    },
    fetch: {
      ro: prose`O pagină web nu poate alege proxy-ul: îl stabilesc browserul și sistemul de operare.
        În Node.js, opțiunea \`dispatcher\` primește un \`ProxyAgent\` din pachetul \`undici\`, sau, din Node.js 24, variabila \`NODE_USE_ENV_PROXY=1\` face ca \`fetch\` să folosească \`HTTP_PROXY\`, \`HTTPS_PROXY\` și \`NO_PROXY\`.
        Vezi [exemplul](#proxy-and-certificates).`,
      en: prose`A web page cannot choose the proxy: the browser and the operating system decide.
        In Node.js, the \`dispatcher\` option takes a \`ProxyAgent\` from the \`undici\` package, or, from Node.js 24, the \`NODE_USE_ENV_PROXY=1\` variable makes \`fetch\` use \`HTTP_PROXY\`, \`HTTPS_PROXY\` and \`NO_PROXY\`.
        See [the example](#proxy-and-certificates).`,
    },
    equivalent: 'dispatcher: ProxyAgent',
    snippet: "await fetch(url, { dispatcher: new ProxyAgent('http://10.10.1.10:3128') })",
    support: { browser: 'no', node: 'yes' },
    reference: { label: 'Node.js: NODE_USE_ENV_PROXY', url: 'https://nodejs.org/api/cli.html#node_use_env_proxy1' },
  },
  {
    name: 'verify',
    pythonType: 'bool | str',
    requests: {
      ro: 'Verificarea certificatului TLS al serverului: `True` (implicit) verifică, `False` o dezactivează, iar un șir este calea spre un fișier sau un director cu certificatele autorităților (CA) în care ai încredere.',
      en: 'Verification of the server\'s TLS certificate: `True` (the default) verifies, `False` turns it off, and a string is the path to a file or directory of the certificate authorities (CAs) you trust.',
    },
    fetch: {
      ro: prose`În browser, verificarea nu se poate opri din cod.
        În Node.js, \`dispatcher: new Agent({ connect: { ca } })\` face ca, pentru toate cererile trimise prin acel \`Agent\` (sau pentru toate cererile procesului, dacă îl instalezi cu \`setGlobalDispatcher()\`), să fie de încredere **doar** autoritățile din \`ca\`: opțiunea \`ca\` înlocuiește rădăcinile incluse în Node.js, nu li se adaugă, exact ca \`verify="ca.pem"\`.
        Ca să adaugi o autoritate la cele incluse, o pui în aceeași listă cu ele (\`ca: [...tls.rootCertificates, pem]\`) sau pornești procesul cu variabila \`NODE_EXTRA_CA_CERTS=ca.pem\`, pe care Node.js o citește o singură dată, la pornire.
        \`rejectUnauthorized: false\` oprește verificarea, ceea ce expune conexiunea unui atac man-in-the-middle: doar pentru teste locale.`,
      en: prose`In a browser, verification cannot be turned off from code.
        In Node.js, \`dispatcher: new Agent({ connect: { ca } })\` makes **only** the authorities in \`ca\` trusted for every request sent through that \`Agent\` (or for every request of the process, once it is installed with \`setGlobalDispatcher()\`): the \`ca\` option replaces Node.js's built-in roots rather than adding to them, just as \`verify="ca.pem"\` does.
        To add an authority to the built-in ones, put it in the same list (\`ca: [...tls.rootCertificates, pem]\`) or start the process with the \`NODE_EXTRA_CA_CERTS=ca.pem\` variable, which Node.js reads once, at startup.
        \`rejectUnauthorized: false\` turns verification off, which exposes the connection to a man-in-the-middle attack: local tests only.`,
    },
    equivalent: 'dispatcher: Agent',
    snippet: "await fetch(url, { dispatcher: new Agent({ connect: { ca: await readFile('ca.pem') } }) })",
    support: { browser: 'no', node: 'yes' },
    reference: { label: 'Node.js: tls.createSecureContext(), ca', url: 'https://nodejs.org/api/tls.html#tlscreatesecurecontextoptions' },
  },
  {
    name: 'stream',
    pythonType: 'bool',
    requests: {
      ro: prose`Cu \`stream=True\`, \`requests\` întoarce răspunsul după antete și citește corpul abia când îl ceri, bucată cu bucată (\`iter_content()\`), util pentru fișiere mari.
        Conexiunea rămâne ocupată până citești tot sau închizi răspunsul.`,
      en: prose`With \`stream=True\`, \`requests\` returns the response after the headers and reads the body only when you ask, chunk by chunk (\`iter_content()\`), useful for large files.
        The connection stays busy until you read everything or close the response.`,
    },
    fetch: {
      ro: prose`\`fetch\` se comportă mereu așa: promisiunea se rezolvă când sosesc antetele, iar corpul este un \`ReadableStream\` în \`response.body\`, citit bucată cu bucată cu \`getReader()\`.
        Metodele \`text()\`, \`json()\` sau \`arrayBuffer()\` citesc tot fluxul.
        Vezi [exemplul](#stream-a-download).`,
      en: prose`\`fetch\` always works this way: the promise resolves when the headers arrive, and the body is a \`ReadableStream\` in \`response.body\`, read chunk by chunk with \`getReader()\`.
        The \`text()\`, \`json()\` and \`arrayBuffer()\` methods read the whole stream.
        See [the example](#stream-a-download).`,
    },
    equivalent: 'response.body',
    snippet: 'const reader = response.body?.getReader()',
    support: { browser: 'yes', node: 'yes' },
    reference: mdn('Web/API/Response/body', 'MDN: Response.body'),
  },
];
