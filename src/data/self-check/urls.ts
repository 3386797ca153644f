/**
 * "Check yourself" on the URLs page: what reaches the server, default ports,
 * percent-encoding, path or query, userinfo, case sensitivity.
 */
import { prose } from '../locale.ts';
import { pair, type Question } from './types.ts';

export const questions: readonly Question[] = [
  {
    id: 'fragment-stays',
    kind: 'single',
    prompt: {
      ro: 'Care parte a adresei `https://www.example.com:8080/cale/pagina.html?cheie=valoare#sectiune` nu ajunge niciodată la server?',
      en: 'Which part of the address `https://www.example.com:8080/cale/pagina.html?cheie=valoare#sectiune` never reaches the server?',
    },
    options: [
      { id: 'port', text: '`:8080`' },
      { id: 'path', text: '`/cale/pagina.html`' },
      { id: 'query', text: '`?cheie=valoare`' },
      { id: 'fragment', text: '`#sectiune`', correct: true },
    ],
    explanation: {
      ro: prose`[Fragmentul](/urls/#fragment) rămâne în browser, care îl scoate din cerere și îl folosește doar ca să ajungă la locul din pagină.
        Portul ajunge și el la server, în antetul \`Host\`, iar calea și [query string-ul](/urls/#query) pleacă în prima linie a cererii, deci ajung și în jurnalele serverului.`,
      en: prose`The [fragment](/en/urls/#fragment) stays in the browser, which strips it from the request and uses it only to reach the place in the page.
        The port does reach the server, in the \`Host\` header, and the path and the [query string](/en/urls/#query) travel in the request line, so they end up in the server's logs as well.`,
    },
  },
  {
    id: 'default-port',
    kind: 'predict',
    prompt: {
      ro: 'Portul 443 este scris explicit în adresă. Ce afișează codul?',
      en: 'Port 443 is written out in the address. What does the code print?',
    },
    code: `const url = new URL('https://api.example.com:443/users?role=admin#top');
console.log(url.port === '', url.host, url.hash);`,
    options: [
      { id: 'kept', text: 'false api.example.com:443 #top' },
      { id: 'dropped', text: 'true api.example.com #top', correct: true },
      { id: 'no-hash-sign', text: 'true api.example.com:443 top' },
      { id: 'neither', text: 'false api.example.com top' },
    ],
    explanation: {
      ro: prose`443 este [portul implicit](/urls/#port) al schemei \`https\`, așa că parserul îl elimină: \`port\` devine șirul gol, iar \`host\` rămâne doar numele.
        \`hash\` păstrează \`#\` din față, așa cum \`search\` începe cu \`?\` (vezi [clasa URL](/urls/#url-api)).`,
      en: prose`443 is the [default port](/en/urls/#port) of the \`https\` scheme, so the parser drops it: \`port\` becomes the empty string and \`host\` is just the name.
        \`hash\` keeps its leading \`#\`, just as \`search\` starts with \`?\` (see [the URL class](/en/urls/#url-api)).`,
    },
  },
  {
    id: 'percent-encoding',
    kind: 'predict',
    prompt: {
      ro: 'Aceeași valoare, codificată în două feluri. Ce afișează codul?',
      en: 'The same value, encoded in two ways. What does the code print?',
    },
    code: `const params = new URLSearchParams({ q: 'Ștefan cel Mare' });
console.log(params.toString());
console.log(encodeURIComponent('Ștefan cel Mare'));`,
    options: [
      { id: 'raw', text: 'q=Ștefan cel Mare\nȘtefan cel Mare' },
      { id: 'swapped', text: 'q=%C8%98tefan%20cel%20Mare\n%C8%98tefan+cel+Mare' },
      { id: 'form-then-uri', text: 'q=%C8%98tefan+cel+Mare\n%C8%98tefan%20cel%20Mare', correct: true },
      { id: 'plus-both', text: 'q=%C8%98tefan+cel+Mare\n%C8%98tefan+cel+Mare' },
    ],
    explanation: {
      ro: prose`Într-un URL, ce nu este ASCII se scrie ca octeți UTF-8, fiecare sub forma \`%XX\`: \`Ș\` (U+0218) are doi octeți, \`%C8%98\`.
        \`URLSearchParams\` urmează regulile formularelor HTML și scrie spațiul ca \`+\`, iar \`encodeURIComponent\` îl scrie \`%20\`; vezi [query string-ul](/urls/#query) și [exemplul cu spații și diacritice](/urls/#try-percent-encoding).`,
      en: prose`In a URL, anything that is not ASCII is written as UTF-8 bytes, each as \`%XX\`: \`Ș\` (U+0218) takes two bytes, \`%C8%98\`.
        \`URLSearchParams\` follows the rules of HTML forms and writes a space as \`+\`, while \`encodeURIComponent\` writes it as \`%20\`; see [the query string](/en/urls/#query) and [the example with spaces and diacritics](/en/urls/#try-percent-encoding).`,
    },
  },
  {
    id: 'http-port',
    kind: 'short',
    prompt: {
      ro: 'Adresa `http://example.com/` nu scrie niciun port. La ce port se conectează clientul?',
      en: 'The address `http://example.com/` has no port in it. Which port does the client connect to?',
    },
    accepted: ['80'],
    numeric: true,
    explanation: {
      ro: prose`Când lipsește, se folosește [portul implicit al schemei](/urls/#port): 80 pentru \`http\` și 443 pentru \`https\`.
        Numărul vine de la protocol, vezi [HTTP](/network-protocols/#http).`,
      en: prose`When it is missing, the [scheme's default port](/en/urls/#port) applies: 80 for \`http\` and 443 for \`https\`.
        The number comes from the protocol, see [HTTP](/en/network-protocols/#http).`,
    },
  },
  {
    id: 'path-or-query',
    kind: 'single',
    prompt: {
      ro: 'Un API are colecția `/users`. După convenția obișnuită, cum ceri utilizatorul cu ID-ul 123 și, separat, doar administratorii?',
      en: 'An API has a `/users` collection. By the usual convention, how do you ask for the user with ID 123 and, separately, for the administrators only?',
    },
    options: [
      { id: 'query-id', text: pair('`/users?id=123`', '`/users/role/admin`') },
      { id: 'path-then-query', text: pair('`/users/123`', '`/users?role=admin`'), correct: true },
      { id: 'fragment', text: pair('`/users#123`', '`/users?role=admin`') },
      { id: 'path-both', text: pair('`/users/123`', '`/users/admin`') },
    ],
    explanation: {
      ro: prose`Ce identifică resursa merge în [cale](/urls/#path-and-query-parameters): \`/users/123\` este un element anume al colecției.
        Un filtru nu schimbă resursa, ci felul în care este prezentată, deci merge în query string: \`/users?role=admin\` rămâne colecția, filtrată.
        Un fragment (\`#123\`) nici nu ajunge la server.`,
      en: prose`What identifies the resource goes in the [path](/en/urls/#path-and-query-parameters): \`/users/123\` is one particular item of the collection.
        A filter does not change the resource, only how it is presented, so it goes in the query string: \`/users?role=admin\` is still the collection, filtered.
        A fragment (\`#123\`) does not even reach the server.`,
    },
  },
  {
    id: 'userinfo',
    kind: 'multiple',
    prompt: {
      ro: 'Ce este adevărat despre adresa `https://www.example.com@atacator.example/`?',
      en: 'What is true of the address `https://www.example.com@atacator.example/`?',
    },
    options: [
      { id: 'host-exemplu', text: { ro: 'Gazda este `www.example.com`.', en: 'The host is `www.example.com`.' } },
      { id: 'host-attacker', text: { ro: 'Gazda este `atacator.example`.', en: 'The host is `atacator.example`.' }, correct: true },
      {
        id: 'user-name',
        text: { ro: '`www.example.com` este numele de utilizator, partea *userinfo*.', en: '`www.example.com` is the user name, the *userinfo* part.' },
        correct: true,
      },
      { id: 'fetch-refuses', text: { ro: '`fetch` refuză adresa cu un `TypeError`.', en: '`fetch` refuses the address with a `TypeError`.' }, correct: true },
    ],
    explanation: {
      ro: prose`Tot ce stă între \`//\` și \`@\` este [*userinfo*](/urls/#userinfo), nu gazdă: cererea ar pleca la \`atacator.example\`, iar \`www.example.com\` doar seamănă cu o adresă, un truc de phishing.
        De aceea RFC 9110 interzice *userinfo* în adresele \`http\` și \`https\`, iar \`fetch\` refuză orice URL care o conține.`,
      en: prose`Everything between \`//\` and \`@\` is [*userinfo*](/en/urls/#userinfo), not the host: the request would go to \`atacator.example\`, and \`www.example.com\` only looks like an address, a phishing trick.
        That is why RFC 9110 forbids *userinfo* in \`http\` and \`https\` addresses, and \`fetch\` refuses any URL that contains it.`,
    },
  },
  {
    id: 'case',
    kind: 'single',
    prompt: {
      ro: 'Care pereche de adrese poate indica două resurse diferite?',
      en: 'Which pair of addresses can point to two different resources?',
    },
    options: [
      { id: 'upper-host', text: pair('`HTTPS://EXAMPLE.COM/users`', '`https://example.com/users`') },
      { id: 'default-port', text: pair('`https://example.com:443/users`', '`https://example.com/users`') },
      { id: 'path-case', text: pair('`https://example.com/Users`', '`https://example.com/users`'), correct: true },
      { id: 'fragments', text: pair('`https://example.com/users#a`', '`https://example.com/users#b`') },
    ],
    explanation: {
      ro: prose`Schema și [gazda](/urls/#host) nu țin cont de literele mari, iar 443 este portul implicit al lui \`https\`, deci primele două perechi sunt aceeași adresă.
        Două fragmente diferite indică locuri diferite din aceeași resursă.
        [Calea](/urls/#path) ține însă cont de literele mari: \`/Users\` și \`/users\` pot fi resurse diferite.`,
      en: prose`The scheme and the [host](/en/urls/#host) are case-insensitive, and 443 is the default port of \`https\`, so the first two pairs are the same address.
        Two different fragments point to different places in the same resource.
        The [path](/en/urls/#path), however, is case-sensitive: \`/Users\` and \`/users\` can be different resources.`,
    },
  },
];
