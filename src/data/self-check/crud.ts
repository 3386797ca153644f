/**
 * "Check yourself" on the CRUD page: idempotency (PUT against PATCH, a second
 * DELETE), which methods may be retried, why GET must be safe, PUT's full
 * replacement, and the code of a created resource.
 */
import { prose } from '../locale.ts';
import type { Question } from './types.ts';

export const questions: readonly Question[] = [
  {
    id: 'put-twice',
    kind: 'single',
    prompt: {
      ro: 'Un client trimite de două ori exact același `PUT /users/7`, cu toate câmpurile utilizatorului. Cum arată resursa după a doua cerere?',
      en: 'A client sends exactly the same `PUT /users/7` twice, with every field of the user. What does the resource look like after the second request?',
    },
    options: [
      { id: 'two-copies', text: { ro: 'Există acum doi utilizatori cu aceleași date.', en: 'There are now two users with the same data.' } },
      { id: 'conflict', text: { ro: 'A doua cerere eșuează cu `409 Conflict`, iar resursa rămâne ca după prima.', en: 'The second request fails with `409 Conflict`, and the resource stays as after the first.' } },
      { id: 'same', text: { ro: 'La fel ca după prima cerere.', en: 'The same as after the first request.' }, correct: true },
      { id: 'fields-doubled', text: { ro: 'Câmpurile trimise apar de două ori în resursă.', en: 'The fields sent appear twice in the resource.' } },
    ],
    explanation: {
      ro: prose`[\`PUT\`](/crud/#put) înlocuiește toată starea resursei cu cea trimisă, așa că a doua trimitere pune aceeași stare peste aceeași stare: metoda este **idempotentă**.
        Un \`POST /users\` repetat, în schimb, creează de obicei încă un utilizator.`,
      en: prose`[\`PUT\`](/en/crud/#put) replaces the whole state of the resource with the one sent, so the second request puts the same state over the same state: the method is **idempotent**.
        A repeated \`POST /users\`, on the other hand, usually creates one more user.`,
    },
  },
  {
    id: 'idempotent-methods',
    kind: 'multiple',
    prompt: {
      ro: 'Care dintre aceste metode sunt idempotente, după RFC 9110?',
      en: 'Which of these methods are idempotent, according to RFC 9110?',
    },
    options: [
      { id: 'get', text: '`GET`', correct: true },
      { id: 'post', text: '`POST`' },
      { id: 'put', text: '`PUT`', correct: true },
      { id: 'patch', text: '`PATCH`' },
      { id: 'delete', text: '`DELETE`', correct: true },
    ],
    explanation: {
      ro: prose`Idempotentă înseamnă că N cereri identice au asupra serverului același efect ca una singură ([sigure și idempotente](/crud/#safe-and-idempotent)).
        \`GET\`, ca orice metodă sigură, \`PUT\` și \`DELETE\` sunt idempotente.
        [\`PATCH\`](/crud/#patch) nu este, prin definiție: „adaugă un element la listă”, repetat, îl adaugă de două ori; \`POST\` nici atât.`,
      en: prose`Idempotent means that N identical requests have the same effect on the server as one ([safe and idempotent](/en/crud/#safe-and-idempotent)).
        \`GET\`, like every safe method, \`PUT\` and \`DELETE\` are idempotent.
        [\`PATCH\`](/en/crud/#patch) is not, by definition: "append an item to the list", repeated, appends it twice; neither is \`POST\`.`,
    },
  },
  {
    id: 'second-delete',
    kind: 'single',
    prompt: {
      ro: 'Primul `DELETE /users/7` primește `204`, al doilea `404`. Este `DELETE` totuși idempotentă?',
      en: 'The first `DELETE /users/7` gets `204`, the second `404`. Is `DELETE` idempotent all the same?',
    },
    options: [
      { id: 'no-different', text: { ro: 'Nu: cele două răspunsuri diferă.', en: 'No: the two responses differ.' } },
      {
        id: 'yes-effect',
        text: {
          ro: 'Da: idempotența privește efectul asupra serverului, iar după prima cerere resursa nu mai există.',
          en: 'Yes: idempotency is about the effect on the server, and after the first request the resource is gone.',
        },
        correct: true,
      },
      { id: 'only-204', text: { ro: 'Doar dacă serverul răspunde și a doua oară cu `204`.', en: 'Only if the server answers `204` the second time too.' } },
      { id: 'never', text: { ro: 'Nu: o metodă care schimbă starea serverului nu poate fi idempotentă.', en: 'No: a method that changes the server\'s state cannot be idempotent.' } },
    ],
    explanation: {
      ro: prose`După primul [\`DELETE\`](/crud/#delete) resursa nu mai există, iar repetările nu mai schimbă nimic, chiar dacă primesc alt răspuns.
        Idempotența privește efectul, nu răspunsul; de aceea un client poate retrimite un \`DELETE\` fără grijă dacă o conexiune cade înainte de răspuns.`,
      en: prose`After the first [\`DELETE\`](/en/crud/#delete) the resource is gone, and repeats change nothing further, even though they get a different answer.
        Idempotency is about the effect, not the response; that is why a client may resend a \`DELETE\` without worry if a connection drops before the answer.`,
    },
  },
  {
    id: 'put-or-patch',
    kind: 'predict',
    prompt: {
      ro: 'Același corp, cu un singur câmp, trimis o dată cu `PUT` și o dată cu `PATCH` (`username` și `email` sunt obligatorii). Ce afișează codul?',
      en: 'The same body, with a single field, sent once with `PUT` and once with `PATCH` (`username` and `email` are required). What does the code print?',
    },
    code: `const api = 'https://api.example.com';
// ro: Scrierile cer tokenul administratorului.
// en: Writes need the administrator's token.
const login = await fetch(\`\${api}/login\`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ username: 'admin', password: '123456' }),
});
const { token } = await login.json();
const headers = { 'Content-Type': 'application/json', Authorization: \`Bearer \${token}\` };
const body = JSON.stringify({ name: 'Ana P.' });

const put = await fetch(\`\${api}/users/2\`, { method: 'PUT', headers, body });
const patch = await fetch(\`\${api}/users/2\`, { method: 'PATCH', headers, body });
console.log(put.status, patch.status);`,
    options: [
      { id: 'both-ok', text: '200 200' },
      { id: 'put-fails', text: '400 200', correct: true },
      { id: 'patch-fails', text: '200 400' },
      { id: 'both-fail', text: '400 400' },
    ],
    explanation: {
      ro: prose`[\`PUT\`](/crud/#put) trimite resursa întreagă: un corp fără câmpurile obligatorii nu descrie un utilizator complet, iar API-ul îl refuză cu 400.
        [\`PATCH\`](/crud/#patch) trimite doar schimbările, deci un singur câmp este o cerere corectă: 200, cu resursa actualizată.`,
      en: prose`[\`PUT\`](/en/crud/#put) sends the whole resource: a body without the required fields does not describe a complete user, and the API refuses it with 400.
        [\`PATCH\`](/en/crud/#patch) sends only the changes, so a single field is a correct request: 200, with the updated resource.`,
    },
  },
  {
    id: 'get-link-deletes',
    kind: 'single',
    prompt: {
      ro: 'Un link `<a href="/delete?id=5">` șterge o înregistrare printr-un `GET`. De ce este o greșeală?',
      en: 'A link `<a href="/delete?id=5">` deletes a record with a `GET`. Why is that a mistake?',
    },
    options: [
      {
        id: 'safe',
        text: {
          ro: '`GET` trebuie să fie sigură: browsere, cache-uri și crawlere o trimit fără să întrebe pe nimeni, deci pot șterge date.',
          en: '`GET` must be safe: browsers, caches and crawlers send it without asking anyone, so they may delete data.',
        },
        correct: true,
      },
      { id: 'no-query', text: { ro: 'O cerere `GET` nu poate avea query string.', en: 'A `GET` request cannot have a query string.' } },
      { id: 'slower', text: { ro: '`GET` este mai lentă decât `DELETE`.', en: '`GET` is slower than `DELETE`.' } },
      { id: 'not-idempotent', text: { ro: '`GET` nu este idempotentă, deci ștergerea s-ar repeta.', en: '`GET` is not idempotent, so the deletion would repeat.' } },
    ],
    explanation: {
      ro: prose`[\`GET\`](/crud/#get) este **sigură**: clientul nu cere nicio schimbare pe server, așa că oricine o poate trimite oricând, un crawler care urmează linkurile sau un browser care preîncarcă pagini.
        Ștergerea se face cu [\`DELETE\`](/crud/#delete), pe care nimeni nu o trimite automat.`,
      en: prose`[\`GET\`](/en/crud/#get) is **safe**: the client asks for no change on the server, so anyone may send it at any time, a crawler following links or a browser prefetching pages.
        Deletion is done with [\`DELETE\`](/en/crud/#delete), which nobody sends automatically.`,
    },
  },
  {
    id: 'created-code',
    kind: 'short',
    prompt: {
      ro: 'Ce cod de stare trimite de obicei serverul după ce `POST /users` a creat un utilizator nou?',
      en: 'Which status code does a server usually send after `POST /users` has created a new user?',
    },
    accepted: ['201', '201 Created'],
    numeric: true,
    explanation: {
      ro: prose`[\`POST\`](/crud/#post) pe o colecție creează o resursă, iar răspunsul potrivit este [201 Created](/status-codes/#201), cu adresa noii resurse în antetul \`Location\`.
        200 rămâne pentru rezultatul unei acțiuni care nu creează nimic.`,
      en: prose`[\`POST\`](/en/crud/#post) to a collection creates a resource, and the fitting answer is [201 Created](/en/status-codes/#201), with the new resource's address in the \`Location\` header.
        200 is for the result of an action that creates nothing.`,
    },
  },
];
