/**
 * The parts of a URL: the facts behind the "URLs and endpoints" page in both
 * locales (its colour-coded anatomy and one entry per part).
 *
 * Syntax and names follow RFC 3986 (URI Generic Syntax): a part is what lies
 * between the delimiters (`:`, `//`, `?`, `#`), which belong to none of them.
 * The property names are those of the WHATWG URL Standard's `URL` class,
 * which browsers and Node.js implement, and whose values keep some of the
 * delimiters (`protocol` is `"https:"`, `search` starts with `?`). The
 * example is the one from the course notes.
 */
import { type Localized, type SpecRef, prose, rfc } from './locale.ts';
import type { ProtocolId } from './protocols.ts';

export const exampleUrl = 'https://www.example.com:8080/cale/pagina.html?cheie=valoare#sectiune';

export const urlPartIds = ['scheme', 'host', 'port', 'path', 'query', 'fragment'] as const;
/** Also the entry's anchor on the page (`#query`), identical in both locales. */
export type UrlPartId = (typeof urlPartIds)[number];

/** The properties of a parsed `URL` that hold one part each. */
export type UrlProperty = 'protocol' | 'hostname' | 'port' | 'pathname' | 'search' | 'hash';

export interface UrlPart {
  id: UrlPartId;
  name: Localized;
  /** The part as written in `exampleUrl`, without the delimiters around it (`https`, `8080`, `cheie=valoare`). */
  segment: string;
  /** The delimiter that introduces the part (`//` before the host, `:` before the port, `?`, `#`). */
  before?: string;
  /** The delimiter that ends the part: `:` after the scheme. */
  after?: string;
  urlProperty: UrlProperty;
  /** Schemes whose default port the entry lists, read from the protocols data. */
  defaultPortsOf?: readonly ProtocolId[];
  description: Localized;
  /** Where the course notes say something else, and why this page differs. */
  correction?: Localized;
  spec: SpecRef;
}

export const urlParts: readonly UrlPart[] = [
  {
    id: 'scheme',
    name: { ro: 'Schema', en: 'Scheme' },
    segment: 'https',
    after: ':',
    urlProperty: 'protocol',
    spec: rfc(3986, '3.1'),
    description: {
      ro: prose`Spune **cum** se ajunge la resursă, adică ce protocol trebuie folosit: \`http\`, \`https\`, \`ftp\`, \`mailto\` (o adresă de e-mail: \`mailto:ana@example.com\`) sau \`file\` (un fișier de pe calculatorul tău: \`file:///home/ana/notite.txt\`).
        Schema se încheie cu \`:\`; la schemele care au o gazdă, precum \`https\`, urmează \`//\`, care anunță gazda și portul.
        Literele mari nu contează (\`HTTPS\` este aceeași schemă cu \`https\`), dar forma obișnuită este cu litere mici.`,
      en: prose`Says **how** to reach the resource, that is which protocol to use: \`http\`, \`https\`, \`ftp\`, \`mailto\` (an e-mail address: \`mailto:ana@example.com\`) or \`file\` (a file on your own computer: \`file:///home/ana/notes.txt\`).
        The scheme ends with \`:\`; schemes that have a host, such as \`https\`, continue with \`//\`, which announces the host and port.
        Case does not matter (\`HTTPS\` is the same scheme as \`https\`), but the usual form is lowercase.`,
    },
    correction: {
      ro: prose`Notițele scriu schema ca \`https://\`, deși o enumeră apoi ca \`https\`, printre \`http\`, \`ftp\` și celelalte.
        Mai exact, schema este doar \`https\`; \`:\` o încheie, iar \`//\` anunță gazda care urmează, motiv pentru care \`mailto:ana@example.com\`, fără gazdă, nu îl are.
        Proprietatea \`protocol\` a unui \`URL\` întoarce \`"https:"\`, cu două puncte, dar fără bare.`,
      en: prose`The notes write the scheme as \`https://\`, though they then list it as \`https\`, among \`http\`, \`ftp\` and the others.
        More precisely, the scheme is just \`https\`; \`:\` ends it, and \`//\` announces the host that follows, which is why \`mailto:ana@example.com\`, with no host, has none.
        The \`protocol\` property of a \`URL\` returns \`"https:"\`, with the colon but without the slashes.`,
    },
  },
  {
    id: 'host',
    name: { ro: 'Gazda', en: 'Host' },
    segment: 'www.example.com',
    before: '//',
    urlProperty: 'hostname',
    spec: rfc(3986, '3.2.2'),
    description: {
      ro: prose`Identifică **serverul** care găzduiește resursa: un nume de domeniu, precum \`www.example.com\`, pe care [DNS](/network-protocols/#dns) îl traduce într-o adresă IP, sau direct o adresă IP.
        O adresă IPv4 se scrie ca atare (\`http://192.168.0.1/\`), iar una IPv6 între **paranteze drepte**, ca să nu se confunde \`:\` din adresă cu cel dinaintea portului: \`http://[2001:db8::1]:8080/\`.
        Numele de domenii nu țin cont de literele mari.
        Între \`//\` și gazdă poate apărea și o parte *userinfo*, încheiată cu \`@\`: un nume de utilizator și, eventual, o parolă.
        Pentru adresele \`http\` și \`https\`, RFC 9110 §4.2.4 interzice întreaga parte *userinfo* în cereri și în antete, deci și numele, nu doar parola; vezi [utilizator și parolă în URL](#userinfo).`,
      en: prose`Identifies the **server** that hosts the resource: a domain name such as \`www.example.com\`, which [DNS](/en/network-protocols/#dns) turns into an IP address, or an IP address directly.
        An IPv4 address is written as is (\`http://192.168.0.1/\`), and an IPv6 one in **square brackets**, so that its \`:\` are not mistaken for the one before the port: \`http://[2001:db8::1]:8080/\`.
        Domain names are case-insensitive.
        Between \`//\` and the host there may also be a *userinfo* part, ended by \`@\`: a user name and possibly a password.
        For \`http\` and \`https\` addresses, RFC 9110 §4.2.4 forbids the whole *userinfo* part in requests and header fields, so the user name as well, not only the password; see [user name and password in a URL](#userinfo).`,
    },
  },
  {
    id: 'port',
    name: { ro: 'Portul', en: 'Port' },
    segment: '8080',
    before: ':',
    urlProperty: 'port',
    defaultPortsOf: ['http', 'https'],
    spec: rfc(3986, '3.2.3'),
    description: {
      ro: prose`Numărul **portului** la care ascultă serverul, după \`:\`.
        Este opțional: dacă lipsește, se folosește portul implicit al schemei, adică [80](/network-protocols/#http) pentru \`http\` și [443](/network-protocols/#https) pentru \`https\`.
        În exemplu, \`:8080\` cere explicit alt port, des întâlnit la serverele de dezvoltare.
        Un port scris, dar egal cu cel implicit, nu schimbă nimic: pentru \`https://example.com:443/\`, proprietatea \`port\` este șirul gol.`,
      en: prose`The number of the **port** the server listens on, after \`:\`.
        It is optional: when it is missing, the scheme's default port applies, that is [80](/en/network-protocols/#http) for \`http\` and [443](/en/network-protocols/#https) for \`https\`.
        In the example, \`:8080\` explicitly asks for another port, common for development servers.
        A port that is written out but equals the default changes nothing: for \`https://example.com:443/\`, the \`port\` property is the empty string.`,
    },
  },
  {
    id: 'path',
    name: { ro: 'Calea', en: 'Path' },
    segment: '/cale/pagina.html',
    urlProperty: 'pathname',
    spec: rfc(3986, '3.3'),
    description: {
      ro: prose`Spune **ce resursă** de pe server este cerută, ca un drum prin directoare: segmente separate prin \`/\`.
        Poate corespunde unui fișier real (\`/cale/pagina.html\`), dar într-un API este de obicei un nume ales de server pentru o resursă (\`/users/123\`), fără legătură cu fișierele lui.
        Spre deosebire de gazdă, calea ține cont de literele mari: \`/Users\` și \`/users\` pot fi resurse diferite.`,
      en: prose`Says **which resource** on the server is wanted, like a route through directories: segments separated by \`/\`.
        It may match a real file (\`/cale/pagina.html\`), but in an API it is usually a name the server chose for a resource (\`/users/123\`), unrelated to its files.
        Unlike the host, the path is case-sensitive: \`/Users\` and \`/users\` can be different resources.`,
    },
  },
  {
    id: 'query',
    name: { ro: 'Query string-ul (parametrii)', en: 'Query string (parameters)' },
    segment: 'cheie=valoare',
    before: '?',
    urlProperty: 'search',
    spec: rfc(3986, '3.4'),
    description: {
      ro: prose`Date suplimentare pentru server, după \`?\`.
        Prin convenție (a formularelor HTML și a \`URLSearchParams\`) are forma \`cheie=valoare\`, cu perechile separate prin \`&\`: \`?q=retele&pagina=2\`.
        Se folosește pentru căutare, filtrare, sortare și paginare.
        Caracterele cu rol aici (\`&\` între perechi și \`=\` în interiorul lor, \`#\`, care începe fragmentul, \`+\`, care în formulare înseamnă spațiu) sau nepermise într-un URL (spațiul, literele din afara ASCII) se scriu **codificate procentual** (*percent-encoding*): \`%\` urmat de codul hexazecimal al fiecărui octet UTF-8.
        Spațiul devine \`%20\` (sau \`+\` în formulare), iar \`ă\` devine \`%C4%83\`.
        Un \`?\` sau un \`/\` poate rămâne ca atare: RFC 3986 le permite în query string, deși \`URLSearchParams\` le codifică și pe ele (\`%3F\`, \`%2F\`).
        Query string-ul ajunge la server și, de aici, în jurnalele lui: nu pune în el parole sau token-uri.`,
      en: prose`Extra data for the server, after \`?\`.
        By convention (that of HTML forms and of \`URLSearchParams\`) it has the form \`key=value\`, with pairs separated by \`&\`: \`?q=networks&page=2\`.
        It is used for searching, filtering, sorting and pagination.
        Characters with a role here (\`&\` between the pairs and \`=\` within them, \`#\`, which starts the fragment, \`+\`, which means a space in forms) or not allowed in a URL (the space, letters outside ASCII) are **percent-encoded**: \`%\` followed by the hexadecimal code of each UTF-8 byte.
        A space becomes \`%20\` (or \`+\` in forms), and \`ă\` becomes \`%C4%83\`.
        A \`?\` or a \`/\` may stay as it is: RFC 3986 allows both in a query, though \`URLSearchParams\` encodes them too (\`%3F\`, \`%2F\`).
        The query string reaches the server and, from there, its logs: do not put passwords or tokens in it.`,
    },
  },
  {
    id: 'fragment',
    name: { ro: 'Fragmentul', en: 'Fragment' },
    segment: 'sectiune',
    before: '#',
    urlProperty: 'hash',
    spec: rfc(3986, '3.5'),
    description: {
      ro: prose`Indică o **poziție în interiorul** resursei, după \`#\`: de obicei un titlu din pagină, la care browserul derulează, ca ancorele acestui site (de exemplu [\`#fragment\`](#fragment)).
        Fragmentul **nu este trimis niciodată serverului**: browserul îl scoate din cerere și îl folosește doar local.
        De aceea schimbarea lui nu reîncarcă pagina, iar aplicațiile web îl folosesc uneori pentru a ține minte o stare a paginii.`,
      en: prose`Points to a **position inside** the resource, after \`#\`: usually a heading of the page, which the browser scrolls to, like this site's anchors (for example [\`#fragment\`](#fragment)).
        The fragment is **never sent to the server**: the browser strips it from the request and uses it only locally.
        This is why changing it does not reload the page, and why web applications sometimes use it to remember a state of the page.`,
    },
  },
];

/** The part as written in the example URL, with the delimiters around it: `https:`, `//www.example.com`, `:8080`. */
export function writtenPart(part: UrlPart): string {
  return `${part.before ?? ''}${part.segment}${part.after ?? ''}`;
}

/** The delimiters of the example, once each, in order of appearance: `:`, `//`, `?`, `#`. */
export function exampleDelimiters(): string[] {
  return [...new Set(urlParts.flatMap((part) => [part.before, part.after].filter((d): d is string => d !== undefined)))];
}

/** The legend's line for the delimiters, which have no entry of their own. */
export const delimitersLegend: Localized = {
  ro: 'separatori, care nu fac parte din nicio componentă',
  en: 'separators, which belong to no part',
};
