/**
 * The 12 attributes of `requests.Response` listed in the course notes, each
 * mapped to the Fetch API's `Response`, including those that have no direct
 * equivalent and what to do instead.
 *
 * Sources: the `requests` API reference and source (`models.py`,
 * `utils.get_encoding_from_headers`), MDN (`Response`, `Headers`) and the
 * WHATWG Fetch standard.
 */
import { type Localized, type SpecRef, prose } from './locale.ts';
import { mdn, requestsApi } from './web-refs.ts';

/** How closely the fetch `Response` matches the `requests` attribute. */
export type Match = 'same' | 'similar' | 'none';

export interface ResponseAttribute {
  /** The attribute of `requests.Response`, as the notes write it (`json()` is a method). */
  name: string;
  /** Its Python type, corrected where the notes simplify it. */
  pythonType: string;
  /** What it holds in `requests`. */
  requests: Localized;
  /** What the fetch `Response` offers instead. */
  fetch: Localized;
  /** The short fetch form for the summary table, e.g. `status` or `text()`. */
  equivalent: string;
  match: Match;
  /** A one-line TypeScript snippet; code is not translated. */
  snippet: string;
  /** Where the course notes say something else: wrong (said so, with the source) or imprecise ("more precisely"). */
  correction?: Localized;
  /** Where the `requests` attribute is documented. */
  python: SpecRef;
  /** Where the fetch side is documented. */
  reference: SpecRef;
}

/** The stable anchor of an attribute: `attr-` keeps `headers` and `url` apart from the option and header anchors. */
export function attributeAnchor(attribute: Pick<ResponseAttribute, 'name'>): string {
  return `attr-${attribute.name.replace(/\(\)$/, '').replaceAll('_', '-')}`;
}

export const responseAttributes: readonly ResponseAttribute[] = [
  {
    name: 'status_code',
    pythonType: 'int',
    requests: {
      ro: 'Codul de stare HTTP al răspunsului: `200`, `201`, `404`, `500`...',
      en: 'The HTTP status code of the response: `200`, `201`, `404`, `500`...',
    },
    fetch: {
      ro: prose`\`response.status\`.
        Lângă el, \`response.ok\` este \`true\` pentru 200–299.
        Atenție la diferența față de \`requests\`, unde \`ok\` este adevărat pentru orice cod sub 400.
        \`fetch\` **nu** respinge promisiunea la 404 sau 500, ci doar la erori de rețea: verifici singur \`ok\`, cum ai face cu \`raise_for_status()\`.`,
      en: prose`\`response.status\`.
        Next to it, \`response.ok\` is \`true\` for 200–299.
        Mind the difference from \`requests\`, where \`ok\` is true for any code below 400.
        \`fetch\` does **not** reject the promise on 404 or 500, only on network errors: check \`ok\` yourself, as you would call \`raise_for_status()\`.`,
    },
    equivalent: 'status',
    match: 'same',
    snippet: "if (!response.ok) throw new Error('HTTP ' + response.status)",
    python: requestsApi('requests.Response.status_code'),
    reference: mdn('Web/API/Response/status', 'MDN: Response.status'),
  },
  {
    name: 'reason',
    pythonType: 'str',
    requests: {
      ro: 'Mesajul de stare (reason phrase) trimis lângă cod: `OK`, `Created`, `Not Found`.',
      en: 'The reason phrase sent next to the code: `OK`, `Created`, `Not Found`.',
    },
    fetch: {
      ro: prose`\`response.statusText\`.
        Este șirul gol peste HTTP/2 și HTTP/3, care nu mai transmit mesajul de stare: programul decide după \`status\`, iar textul e doar pentru oameni.`,
      en: prose`\`response.statusText\`.
        It is the empty string over HTTP/2 and HTTP/3, which no longer carry the phrase: programs decide by \`status\`; the text is for humans only.`,
    },
    equivalent: 'statusText',
    match: 'same',
    snippet: 'console.log(response.status, response.statusText)',
    python: requestsApi('requests.Response.reason'),
    reference: mdn('Web/API/Response/statusText', 'MDN: Response.statusText'),
  },
  {
    name: 'headers',
    pythonType: 'CaseInsensitiveDict',
    requests: {
      ro: 'Antetele răspunsului, într-un dicționar care nu ține cont de majuscule: `r.headers["content-type"]` și `r.headers["Content-Type"]` dau aceeași valoare.',
      en: 'The response headers, in a dictionary that ignores case: `r.headers["content-type"]` and `r.headers["Content-Type"]` give the same value.',
    },
    fetch: {
      ro: prose`Un obiect \`Headers\`: \`get()\` nu ține cont de majuscule și unește valorile repetate cu \`, \`, iar \`has()\`, \`entries()\` și \`for...of\` îl parcurg.
        Într-un răspuns de pe altă origine (cross-origin), browserul arată doar antetele permise de CORS (vezi [\`Access-Control-Expose-Headers\`](#access-control-expose-headers)).`,
      en: prose`A \`Headers\` object: \`get()\` ignores case and joins repeated values with \`, \`, and \`has()\`, \`entries()\` and \`for...of\` walk through it.
        In a cross-origin response, the browser shows only the headers CORS allows (see [\`Access-Control-Expose-Headers\`](#access-control-expose-headers)).`,
    },
    equivalent: 'headers',
    match: 'same',
    snippet: "response.headers.get('content-type')",
    correction: {
      ro: 'Notițele îi dau tipul `dict`. Mai exact, este un `CaseInsensitiveDict`, un dicționar ale cărui chei nu depind de majuscule, ca numele antetelor în HTTP.',
      en: 'The notes give its type as `dict`. More precisely, it is a `CaseInsensitiveDict`, a dictionary whose keys ignore case, as header names do in HTTP.',
    },
    python: requestsApi('requests.Response.headers'),
    reference: mdn('Web/API/Headers', 'MDN: Headers'),
  },
  {
    name: 'text',
    pythonType: 'str',
    requests: {
      ro: prose`Corpul răspunsului decodat în text, cu codificarea din \`r.encoding\`.
        Aceasta vine din antetul \`Content-Type\` (\`charset=...\`); dacă antetul nu o dă, \`requests\` presupune ISO-8859-1 pentru \`text/*\` și UTF-8 pentru JSON, iar altfel o ghicește din conținut (\`apparent_encoding\`).`,
      en: prose`The response body decoded to text, with the encoding in \`r.encoding\`.
        That comes from the \`Content-Type\` header (\`charset=...\`); when the header gives none, \`requests\` assumes ISO-8859-1 for \`text/*\` and UTF-8 for JSON, and otherwise guesses from the content (\`apparent_encoding\`).`,
    },
    fetch: {
      ro: prose`\`await response.text()\`, care decodează **întotdeauna** ca UTF-8, indiferent de \`charset\`.
        Pentru alte codificări citești octeții și folosești \`TextDecoder\` (vezi [\`encoding\`](#attr-encoding)).`,
      en: prose`\`await response.text()\`, which **always** decodes as UTF-8, whatever the \`charset\`.
        For other encodings read the bytes and use \`TextDecoder\` (see [\`encoding\`](#attr-encoding)).`,
    },
    equivalent: 'text()',
    match: 'similar',
    snippet: 'const html = await response.text()',
    correction: {
      ro: prose`Notițele spun că \`text\` este decodat „în UTF-8 (implicit)”, ceea ce nu se întâmplă în \`requests\`.
        Biblioteca folosește codificarea din antete, cu ISO-8859-1 pentru \`text/*\` fără \`charset\`, și ghicește doar când antetele nu spun nimic.
        În schimb, \`response.text()\` din \`fetch\` decodează mereu ca UTF-8.`,
      en: prose`The notes say \`text\` is decoded "in UTF-8 (by default)", which is not what \`requests\` does.
        It uses the encoding from the headers, ISO-8859-1 for \`text/*\` without a \`charset\`, and guesses only when the headers say nothing.
        By contrast, fetch's \`response.text()\` always decodes as UTF-8.`,
    },
    python: requestsApi('requests.Response.text'),
    reference: mdn('Web/API/Response/text', 'MDN: Response.text()'),
  },
  {
    name: 'content',
    pythonType: 'bytes',
    requests: {
      ro: 'Corpul răspunsului ca octeți, nedecodați: imagini, PDF-uri, arhive.',
      en: 'The response body as raw, undecoded bytes: images, PDFs, archives.',
    },
    fetch: {
      ro: '`await response.arrayBuffer()`, `await response.bytes()` (un `Uint8Array`, în browserele și Node.js recente) sau `await response.blob()`, util pentru a afișa o imagine în pagină.',
      en: '`await response.arrayBuffer()`, `await response.bytes()` (a `Uint8Array`, in recent browsers and Node.js) or `await response.blob()`, handy for showing an image on the page.',
    },
    equivalent: 'arrayBuffer() / bytes()',
    match: 'same',
    snippet: 'const bytes = new Uint8Array(await response.arrayBuffer())',
    python: requestsApi('requests.Response.content'),
    reference: mdn('Web/API/Response/arrayBuffer', 'MDN: Response.arrayBuffer()'),
  },
  {
    name: 'json()',
    pythonType: 'method',
    requests: {
      ro: prose`Metodă care parsează corpul ca JSON și întoarce valoarea Python corespunzătoare: un \`dict\` pentru un obiect, o \`list\` pentru un tablou.
        Dacă corpul nu este JSON valid, aruncă \`requests.exceptions.JSONDecodeError\`.`,
      en: prose`A method that parses the body as JSON and returns the matching Python value: a \`dict\` for an object, a \`list\` for an array.
        If the body is not valid JSON, it raises \`requests.exceptions.JSONDecodeError\`.`,
    },
    fetch: {
      ro: prose`\`await response.json()\`, care întoarce o promisiune; corpul invalid o respinge cu \`SyntaxError\`.
        Corpul se poate citi **o singură dată** (\`response.bodyUsed\`): pentru a-l citi de două ori, folosești \`response.clone()\`.
        În TypeScript rezultatul este \`any\`: validează forma datelor înainte să te bazezi pe ea.`,
      en: prose`\`await response.json()\`, which returns a promise; an invalid body rejects it with a \`SyntaxError\`.
        The body can be read **only once** (\`response.bodyUsed\`): to read it twice, use \`response.clone()\`.
        In TypeScript the result is \`any\`: check the shape of the data before relying on it.`,
    },
    equivalent: 'json()',
    match: 'same',
    snippet: 'const data: unknown = await response.json()',
    correction: {
      ro: 'Notițele spun că `json()` întoarce un `dict`. Mai exact, întoarce orice valoare JSON: `dict`, `list`, șir, număr, `True`/`False` sau `None`; un `dict` doar când corpul este un obiect.',
      en: 'The notes say `json()` returns a `dict`. More precisely, it returns any JSON value: `dict`, `list`, string, number, `True`/`False` or `None`; a `dict` only when the body is an object.',
    },
    python: requestsApi('requests.Response.json'),
    reference: mdn('Web/API/Response/json', 'MDN: Response.json()'),
  },
  {
    name: 'url',
    pythonType: 'str',
    requests: {
      ro: 'Adresa finală a răspunsului, după toate redirecționările.',
      en: 'The final address of the response, after every redirect.',
    },
    fetch: {
      ro: prose`\`response.url\`, tot adresa finală, fără fragmentul \`#...\`.
        Lângă ea, \`response.redirected\` spune dacă a existat cel puțin o redirecționare.`,
      en: prose`\`response.url\`, also the final address, without the \`#...\` fragment.
        Next to it, \`response.redirected\` tells whether there was at least one redirect.`,
    },
    equivalent: 'url',
    match: 'same',
    snippet: 'if (response.redirected) console.log(response.url)',
    python: requestsApi('requests.Response.url'),
    reference: mdn('Web/API/Response/url', 'MDN: Response.url'),
  },
  {
    name: 'encoding',
    pythonType: 'str | None',
    requests: {
      ro: prose`Codificarea cu care \`text\` decodează corpul.
        Este luată din antetul \`Content-Type\` și poate fi schimbată de mână (\`r.encoding = "utf-8"\`) înainte de a citi \`r.text\`.
        \`None\` când antetele nu o spun; atunci \`text\` o ghicește din conținut.`,
      en: prose`The encoding \`text\` uses to decode the body.
        It is taken from the \`Content-Type\` header and can be changed by hand (\`r.encoding = "utf-8"\`) before reading \`r.text\`.
        \`None\` when the headers do not say; then \`text\` guesses it from the content.`,
    },
    fetch: {
      ro: prose`Nu există un echivalent.
        Citești \`charset\` din \`Content-Type\` și decodezi octeții cu \`new TextDecoder(charset)\`, care cunoaște codificările standardului Encoding (de exemplu \`windows-1250\` pentru texte românești vechi).`,
      en: prose`There is no equivalent.
        Read the \`charset\` from \`Content-Type\` and decode the bytes with \`new TextDecoder(charset)\`, which knows the encodings of the Encoding standard (such as \`windows-1250\` for older Central European text).`,
    },
    equivalent: 'TextDecoder',
    match: 'none',
    snippet: "new TextDecoder('windows-1250').decode(await response.arrayBuffer())",
    correction: {
      ro: 'Notițele spun că `encoding` este „implicit detectată automat”. Mai exact, vine din antete; detecția din conținut (`apparent_encoding`) intervine doar când antetele nu o dau.',
      en: 'The notes say `encoding` is "detected automatically by default". More precisely, it comes from the headers; detection from the content (`apparent_encoding`) steps in only when the headers give none.',
    },
    python: requestsApi('requests.Response.encoding'),
    reference: mdn('Web/API/TextDecoder', 'MDN: TextDecoder'),
  },
  {
    name: 'cookies',
    pythonType: 'RequestsCookieJar',
    requests: {
      ro: 'Cookie-urile primite de la server prin `Set-Cookie`, ca obiect asemănător unui dicționar: `r.cookies["sessionid"]`.',
      en: 'The cookies the server sent with `Set-Cookie`, as a dictionary-like object: `r.cookies["sessionid"]`.',
    },
    fetch: {
      ro: prose`În browser, \`Set-Cookie\` este ascuns de script: browserul salvează cookie-urile singur, iar cele fără \`HttpOnly\` se văd în \`document.cookie\`.
        În Node.js, \`response.headers.getSetCookie()\` întoarce câte un șir pentru fiecare cookie, pe care îl parsezi tu.`,
      en: prose`In a browser, \`Set-Cookie\` is hidden from scripts: the browser stores cookies itself, and those without \`HttpOnly\` show up in \`document.cookie\`.
        In Node.js, \`response.headers.getSetCookie()\` returns one string per cookie, which you parse yourself.`,
    },
    equivalent: 'headers.getSetCookie()',
    match: 'similar',
    snippet: 'const cookies = response.headers.getSetCookie()',
    python: requestsApi('requests.Response.cookies'),
    reference: mdn('Web/API/Headers/getSetCookie', 'MDN: Headers.getSetCookie()'),
  },
  {
    name: 'elapsed',
    pythonType: 'timedelta',
    requests: {
      ro: prose`Timpul scurs de la trimiterea cererii până la sosirea răspunsului, mai exact până când antetele au fost citite.
        Citirea corpului nu intră în el.`,
      en: prose`The time from sending the request to the arrival of the response, more precisely until the headers have been parsed.
        Reading the body is not included.`,
    },
    fetch: {
      ro: prose`Nu există un echivalent.
        Măsori cu \`performance.now()\` înainte de \`fetch()\` și după ce promisiunea se rezolvă (tot la sosirea antetelor); pentru durata totală, măsori după citirea corpului.
        În browser, Resource Timing (\`performance.getEntriesByType("resource")\`) dă și fazele: DNS, conectare, TLS, primul octet.`,
      en: prose`There is no equivalent.
        Measure with \`performance.now()\` before \`fetch()\` and after its promise resolves (also when the headers arrive); for the total time, measure after reading the body.
        In a browser, Resource Timing (\`performance.getEntriesByType("resource")\`) also gives the phases: DNS, connection, TLS, first byte.`,
    },
    equivalent: 'performance.now()',
    match: 'none',
    snippet: 'const started = performance.now(); const response = await fetch(url); const ms = performance.now() - started',
    correction: {
      ro: 'Notițele descriu `elapsed` ca „timpul total de procesare al cererii”, dar nu este timpul total: măsurarea se oprește la sosirea antetelor, deci nu include descărcarea corpului.',
      en: 'The notes describe `elapsed` as "the total processing time of the request", but it is not the total: the clock stops when the headers arrive, so downloading the body is left out.',
    },
    python: requestsApi('requests.Response.elapsed'),
    reference: mdn('Web/API/Performance/now', 'MDN: performance.now()'),
  },
  {
    name: 'history',
    pythonType: 'list[Response]',
    requests: {
      ro: 'Răspunsurile redirecționărilor urmate, de la cel mai vechi la cel mai nou; lista este goală dacă nu a existat nicio redirecționare.',
      en: 'The responses of the redirects followed, oldest first; the list is empty when there was no redirect.',
    },
    fetch: {
      ro: prose`Nu există o listă: \`fetch\` păstrează doar \`response.redirected\` și adresa finală \`response.url\`.
        Pentru a vedea fiecare pas, în Node.js ceri \`redirect: "manual"\` și urmezi singur antetul \`Location\`.`,
      en: prose`There is no list: \`fetch\` keeps only \`response.redirected\` and the final \`response.url\`.
        To see each step, in Node.js ask for \`redirect: "manual"\` and follow the \`Location\` header yourself.`,
    },
    equivalent: 'redirected',
    match: 'none',
    snippet: "const hop = await fetch(url, { redirect: 'manual' }); hop.headers.get('location')",
    python: requestsApi('requests.Response.history'),
    reference: mdn('Web/API/Response/redirected', 'MDN: Response.redirected'),
  },
  {
    name: 'request',
    pythonType: 'PreparedRequest',
    requests: {
      ro: prose`Cererea care a produs răspunsul, așa cum a fost trimisă: metodă, adresă, antete, corp.
        Util la depanare.`,
      en: prose`The request that produced the response, as it was sent: method, address, headers, body.
        Useful for debugging.`,
    },
    fetch: {
      ro: prose`\`Response\` nu păstrează cererea.
        Construiești un \`Request\` (\`new Request(url, init)\`), îl dai lui \`fetch()\` și îl păstrezi tu; antetele adăugate de browser (de exemplu \`Cookie\`) nu apar în el.`,
      en: prose`\`Response\` does not keep the request.
        Build a \`Request\` (\`new Request(url, init)\`), pass it to \`fetch()\` and keep it yourself; headers the browser adds (such as \`Cookie\`) do not show up in it.`,
    },
    equivalent: 'Request',
    match: 'none',
    snippet: "const request = new Request(url, { method: 'POST', body }); const response = await fetch(request)",
    correction: {
      ro: 'Notițele îi dau tipul `Request`. Mai exact, este un `PreparedRequest`, cererea finală, cu antetele și corpul deja calculate.',
      en: 'The notes give its type as `Request`. More precisely, it is a `PreparedRequest`, the final request, with its headers and body already computed.',
    },
    python: requestsApi('requests.Response.request'),
    reference: mdn('Web/API/Request/Request', 'MDN: Request()'),
  },
];
