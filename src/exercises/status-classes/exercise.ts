import { prose } from '../../data/locale.ts';
import { defineExercise } from '../types.ts';

export default defineExercise({
  id: 'status-classes',
  topic: 'status-codes',
  title: { ro: 'Clasa fiecărui cod', en: 'The class of each code' },
  task: [
    {
      ro: prose`
        Pentru fiecare cod din \`[200, 201, 204, 400, 404, 500, 503]\`, cere \`https://api.example.com/status/<cod>\`
        și afișează o linie cu codul primit și clasa lui, calculată din număr:
        \`successful\` (2xx), \`client error\` (4xx) sau \`server error\` (5xx).
      `,
      en: prose`
        For each code in \`[200, 201, 204, 400, 404, 500, 503]\`, request \`https://api.example.com/status/<code>\`
        and print one line with the code received and its class, worked out from the number:
        \`successful\` (2xx), \`client error\` (4xx) or \`server error\` (5xx).
      `,
    },
    {
      ro: 'Scrie numele claselor în engleză, cu litere mici, cum le numește RFC 9110 (§15): verificarea le compară ca text.',
      en: 'Write the class names as RFC 9110 (§15) names them, in lower case: the check compares them as text.',
    },
  ],
  checks: {
    allRequested: {
      label: { ro: 'Serverul primește o cerere pentru fiecare dintre cele 7 coduri.', en: 'The server receives a request for each of the 7 codes.' },
      hint: { ro: 'O buclă `for … of` peste listă, cu un `fetch` pe cod: [prezentarea claselor](/status-codes/#overview).', en: 'A `for … of` loop over the list, one `fetch` per code: [the classes](/en/status-codes/#overview).' },
    },
    classes: {
      label: { ro: 'Fiecare cod este afișat cu clasa lui.', en: 'Each code is printed with its class.' },
      hint: {
        ro: 'Prima cifră dă clasa: `Math.floor(status / 100)`; 4xx e vina clientului, 5xx a serverului. Vezi [4xx](/status-codes/#4xx) și [5xx](/status-codes/#5xx).',
        en: 'The first digit gives the class: `Math.floor(status / 100)`; 4xx is the client’s fault, 5xx the server’s. See [4xx](/en/status-codes/#4xx) and [5xx](/en/status-codes/#5xx).',
      },
    },
  },
});
