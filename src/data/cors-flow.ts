/**
 * The CORS diagram on the response page (CorsFlow.astro): what a browser
 * sends and checks when a page on one origin calls an API on another, for a
 * simple request and for one that needs a preflight. The messages are code
 * and stay the same in both languages; the words around them are localized.
 *
 * Sources: the WHATWG Fetch standard ("CORS protocol", "CORS-preflight
 * fetch", "CORS check": the check runs on the preflight's response and again
 * on the real response; a preflight that fails ends the fetch before the real
 * request is sent) and MDN's "Cross-Origin Resource Sharing (CORS)" guide.
 */
import { type Localized, prose } from './locale.ts';

/** The page that calls the API, as in the course notes' headers. */
export const pageOrigin = 'https://dashboard.example.com';
/** The API the page calls: another origin. */
export const apiOrigin = 'https://api.example.com';

export type WireHeader = readonly [name: string, value: string];

/** A message on the wire: an arrow from the browser to the server (request) or back (response). */
export interface WireMessage {
  kind: 'request' | 'response';
  /** The request line or the status line, without the protocol version. */
  start: string;
  headers: readonly WireHeader[];
}

/** A decision the browser takes on its own side, before the script sees anything. */
export interface BrowserCheck {
  kind: 'check';
  question: Localized;
  /** What happens when the answer is yes, and when it is no. */
  yes: Localized;
  no: Localized;
}

export type CorsStep = WireMessage | BrowserCheck;

export interface CorsFlow {
  id: 'simple' | 'preflight';
  title: Localized;
  /** Which requests take this path. */
  when: Localized;
  steps: readonly CorsStep[];
}

const originHeader: WireHeader = ['Origin', pageOrigin];
const allowOrigin: WireHeader = ['Access-Control-Allow-Origin', pageOrigin];

/** The same check closes both flows: the response reaches the script only if it names the page's origin. */
const responseCheck: BrowserCheck = {
  kind: 'check',
  question: {
    ro: 'Access-Control-Allow-Origin numește originea paginii?',
    en: "Does Access-Control-Allow-Origin name the page's origin?",
  },
  yes: { ro: 'scriptul citește răspunsul.', en: 'the script reads the response.' },
  no: {
    ro: 'răspunsul a sosit, dar browserul îl ascunde: fetch respinge promisiunea cu TypeError.',
    en: 'the response has arrived, but the browser hides it: fetch rejects with a TypeError.',
  },
};

export const corsFlows: readonly CorsFlow[] = [
  {
    id: 'simple',
    title: { ro: '1. Cerere simplă', en: '1. A simple request' },
    when: {
      ro: 'GET, HEAD sau POST, doar cu antete permise de CORS: pleacă direct.',
      en: 'GET, HEAD or POST with CORS-safelisted headers only: it goes out at once.',
    },
    steps: [
      { kind: 'request', start: 'GET /users/1', headers: [originHeader] },
      { kind: 'response', start: '200 OK', headers: [allowOrigin] },
      responseCheck,
    ],
  },
  {
    id: 'preflight',
    title: { ro: '2. Cerere cu verificare preliminară (preflight)', en: '2. A preflighted request' },
    when: {
      ro: 'Alte metode (PUT, DELETE...) sau alte antete (Authorization, Content-Type: application/json): browserul întreabă întâi.',
      en: 'Other methods (PUT, DELETE...) or other headers (Authorization, Content-Type: application/json): the browser asks first.',
    },
    steps: [
      {
        kind: 'request',
        start: 'OPTIONS /users/4',
        headers: [originHeader, ['Access-Control-Request-Method', 'PUT'], ['Access-Control-Request-Headers', 'authorization,content-type']],
      },
      {
        kind: 'response',
        start: '204 No Content',
        headers: [
          allowOrigin,
          ['Access-Control-Allow-Methods', 'GET, PUT, PATCH, DELETE'],
          ['Access-Control-Allow-Headers', 'Authorization, Content-Type'],
          ['Access-Control-Max-Age', '600'],
        ],
      },
      {
        kind: 'check',
        question: {
          ro: 'Permite răspunsul originea, metoda PUT și cele două antete?',
          en: 'Does the answer allow the origin, the PUT method and both headers?',
        },
        yes: { ro: 'browserul trimite cererea propriu-zisă.', en: 'the browser sends the real request.' },
        no: {
          ro: 'browserul se oprește: cererea PUT nu mai este trimisă deloc (TypeError).',
          en: 'the browser stops: the PUT request is never sent (TypeError).',
        },
      },
      {
        kind: 'request',
        start: 'PUT /users/4',
        headers: [originHeader, ['Authorization', 'Bearer eyJhbGciOiJIUzI1NiIs...'], ['Content-Type', 'application/json']],
      },
      { kind: 'response', start: '200 OK', headers: [allowOrigin] },
      responseCheck,
    ],
  },
];

export interface CorsFlowText {
  title: string;
  description: string;
  browser: string;
  /** Under the browser's name: where the page comes from. */
  browserDetail: string;
  server: string;
  serverDetail: string;
  yes: string;
  no: string;
}

export const corsFlowText: Localized<CorsFlowText> = {
  ro: {
    title: 'CORS: o cerere simplă și o cerere cu verificare preliminară',
    description: prose`O pagină de pe https://dashboard.example.com cere date de la https://api.example.com, o altă origine.
      Cererea simplă, GET /users/1, pleacă direct, cu antetul Origin; serverul răspunde 200 OK cu Access-Control-Allow-Origin: https://dashboard.example.com.
      Browserul compară antetul cu originea paginii: dacă se potrivesc, scriptul citește răspunsul; dacă nu, răspunsul a sosit, dar browserul îl ascunde, iar fetch respinge promisiunea cu TypeError.
      Pentru un PUT cu antetele Authorization și Content-Type: application/json, browserul trimite întâi o cerere OPTIONS cu Origin, Access-Control-Request-Method: PUT și Access-Control-Request-Headers: authorization,content-type.
      Serverul răspunde 204 No Content cu Access-Control-Allow-Origin, Access-Control-Allow-Methods, Access-Control-Allow-Headers și Access-Control-Max-Age: 600, cât timp browserul poate păstra răspunsul.
      Dacă acest răspuns nu permite originea, metoda sau antetele, browserul se oprește, iar cererea PUT nu mai este trimisă deloc.
      Altfel trimite cererea PUT, al cărei răspuns trece aceeași verificare a lui Access-Control-Allow-Origin înainte să ajungă la script.`,
    browser: 'Browser',
    browserDetail: 'pagina de pe dashboard.example.com',
    server: 'Server',
    serverDetail: 'api.example.com',
    yes: 'Da:',
    no: 'Nu:',
  },
  en: {
    title: 'CORS: a simple request and a preflighted one',
    description: prose`A page on https://dashboard.example.com asks for data from https://api.example.com, another origin.
      The simple request, GET /users/1, goes out at once, with the Origin header; the server answers 200 OK with Access-Control-Allow-Origin: https://dashboard.example.com.
      The browser compares that header with the page's origin: if they match, the script reads the response; if not, the response has arrived but the browser hides it, and fetch rejects with a TypeError.
      For a PUT with the Authorization and Content-Type: application/json headers, the browser first sends an OPTIONS request with Origin, Access-Control-Request-Method: PUT and Access-Control-Request-Headers: authorization,content-type.
      The server answers 204 No Content with Access-Control-Allow-Origin, Access-Control-Allow-Methods, Access-Control-Allow-Headers and Access-Control-Max-Age: 600, how long the browser may keep that answer.
      If the answer does not allow the origin, the method or the headers, the browser stops and the PUT request is never sent.
      Otherwise it sends the PUT request, whose response goes through the same Access-Control-Allow-Origin check before it reaches the script.`,
    browser: 'Browser',
    browserDetail: 'the page on dashboard.example.com',
    server: 'Server',
    serverDetail: 'api.example.com',
    yes: 'Yes:',
    no: 'No:',
  },
};
