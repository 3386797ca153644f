import { prose } from '../../data/locale.ts';
import { defineExercise } from '../types.ts';

export default defineExercise({
  id: 'read-response',
  topic: 'response',
  title: { ro: 'Citește un răspuns', en: 'Read a response' },
  task: [
    {
      ro: prose`
        Trimite cererea \`GET https://api.example.com/users/1\` și afișează, fiecare pe linia ei:
        codul de stare împreună cu mesajul de stare (\`200 OK\`), valoarea antetului \`Content-Type\`
        și numele utilizatorului (\`name\`), citit din corpul JSON.
      `,
      en: prose`
        Send the request \`GET https://api.example.com/users/1\` and print, each on its own line:
        the status code with its reason phrase (\`200 OK\`), the value of the \`Content-Type\` header
        and the user's name (\`name\`), read from the JSON body.
      `,
    },
    {
      ro: prose`
        Trimite apoi o cerere \`HEAD\` la aceeași adresă și afișează valoarea antetului \`Content-Length\`:
        câți octeți ar avea corpul, deși răspunsul la \`HEAD\` nu are corp.
      `,
      en: prose`
        Then send a \`HEAD\` request to the same address and print the value of its \`Content-Length\` header:
        how many bytes the body would have, although the response to \`HEAD\` has none.
      `,
    },
  ],
  checks: {
    requested: {
      label: { ro: 'Serverul primește GET /users/1.', en: 'The server receives GET /users/1.' },
      hint: {
        ro: 'Adresa unui utilizator este colecția urmată de id: [GET](/crud/#get).',
        en: 'A user’s address is the collection followed by the id: [GET](/en/crud/#get).',
      },
    },
    status: {
      label: { ro: 'Programul afișează 200 OK.', en: 'The program prints 200 OK.' },
      hint: {
        ro: 'Codul este `response.status`, iar mesajul [`response.statusText`](/response/#attr-reason).',
        en: 'The code is `response.status`, and the phrase [`response.statusText`](/en/response/#attr-reason).',
      },
    },
    contentType: {
      label: { ro: 'Programul afișează tipul conținutului primit.', en: 'The program prints the content type received.' },
      hint: {
        ro: 'Antetele se citesc cu `response.headers.get(\'Content-Type\')`: [antetele](/response/#attr-headers).',
        en: 'Headers are read with `response.headers.get(\'Content-Type\')`: [headers](/en/response/#attr-headers).',
      },
    },
    name: {
      label: { ro: 'Programul afișează numele utilizatorului 1.', en: 'The program prints user 1’s name.' },
      hint: {
        ro: '`await response.json()` dă obiectul, iar numele este în câmpul `name`. Vezi [json()](/response/#attr-json).',
        en: '`await response.json()` gives the object, and the name is in its `name` field. See [json()](/en/response/#attr-json).',
      },
    },
    contentLength: {
      label: {
        ro: 'Serverul primește HEAD /users/1, iar programul afișează valoarea antetului Content-Length.',
        en: 'The server receives HEAD /users/1, and the program prints the value of the Content-Length header.',
      },
      hint: {
        ro: 'Cu `method: \'HEAD\'`, serverul trimite aceleași antete ca la `GET`, dar fără corp: [HEAD](/crud/#head-and-options).',
        en: 'With `method: \'HEAD\'`, the server sends the same headers as for `GET`, but no body: [HEAD](/en/crud/#head-and-options).',
      },
    },
  },
});
