import { prose } from '../../data/locale.ts';
import { defineExercise } from '../types.ts';

export default defineExercise({
  id: 'retry-after',
  topic: 'status-codes',
  title: { ro: 'Reîncearcă după pauza cerută de server', en: 'Retry after the pause the server asks for' },
  task: [
    {
      ro: prose`
        \`GET https://api.example.com/flaky/order?status=429&retry-after=1\` răspunde de două ori \`429 Too Many Requests\`,
        cu antetul \`Retry-After: 1\`, și abia a treia oară \`200\`.
        Scrie o buclă de cel mult 4 încercări care, după un 429, așteaptă câte secunde spune \`Retry-After\` și trimite din nou cererea.
      `,
      en: prose`
        \`GET https://api.example.com/flaky/order?status=429&retry-after=1\` answers \`429 Too Many Requests\` twice,
        with the header \`Retry-After: 1\`, and \`200\` only the third time.
        Write a loop of at most 4 attempts that, after a 429, waits as many seconds as \`Retry-After\` says and sends the request again.
      `,
    },
    {
      ro: prose`
        După RFC 9110, \`Retry-After\` este fie un număr de secunde, fie o dată HTTP; aici este în secunde.
        La final afișează codul de stare și câmpul \`attempt\` din corpul răspunsului reușit.
      `,
      en: prose`
        Per RFC 9110, \`Retry-After\` is either a number of seconds or an HTTP date; here it is in seconds.
        Finally print the status code and the \`attempt\` field of the successful response’s body.
      `,
    },
  ],
  checks: {
    retried: {
      label: { ro: 'Serverul primește trei cereri: două cu 429, apoi una cu 200.', en: 'The server receives three requests: two answered 429, then one 200.' },
      hint: {
        ro: 'Repetă cererea cât timp codul este 429, dar de cel mult 4 ori în total: [429](/status-codes/#429).',
        en: 'Repeat the request while the code is 429, but at most 4 times in all: [429](/en/status-codes/#429).',
      },
    },
    waited: {
      label: { ro: 'Între încercări trece cel puțin cât cere Retry-After (1 s).', en: 'At least as long as Retry-After asks (1 s) passes between attempts.' },
      hint: {
        ro: '`Retry-After` este în secunde: `await new Promise((r) => setTimeout(r, seconds * 1000))`. Vezi [429](/status-codes/#429).',
        en: '`Retry-After` is in seconds: `await new Promise((r) => setTimeout(r, seconds * 1000))`. See [429](/en/status-codes/#429).',
      },
    },
    stopped: {
      label: { ro: 'După primul 200, programul nu mai trimite nicio cerere.', en: 'After the first 200, the program sends no more requests.' },
      hint: {
        ro: 'Reîncercarea are sens doar după un eșec; un răspuns [2xx](/status-codes/#2xx) încheie bucla.',
        en: 'A retry only makes sense after a failure; a [2xx](/en/status-codes/#2xx) response ends the loop.',
      },
    },
    printsResult: {
      label: { ro: 'Programul afișează 200 și attempt 3.', en: 'The program prints 200 and attempt 3.' },
      hint: {
        ro: 'Citește corpul doar pentru răspunsul reușit: `(await response.json()).attempt`. Vezi [200](/status-codes/#200).',
        en: 'Read the body of the successful response only: `(await response.json()).attempt`. See [200](/en/status-codes/#200).',
      },
    },
  },
});
