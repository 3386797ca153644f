import { prose } from '../../data/locale.ts';
import { defineExercise } from '../types.ts';

export default defineExercise({
  id: 'create-user',
  topic: 'crud',
  title: { ro: 'Creează un utilizator', en: 'Create a user' },
  task: [
    {
      ro: prose`
        Autentifică-te ca \`admin\` (parola \`123456\`) și creează utilizatorul \`maria\`
        (nume „Maria Pop”, e-mail \`maria@example.com\`) cu o cerere \`POST /users\` al cărei corp este JSON.
      `,
      en: prose`
        Log in as \`admin\` (password \`123456\`) and create the user \`maria\`
        (name "Maria Pop", email \`maria@example.com\`) with a \`POST /users\` request whose body is JSON.
      `,
    },
    {
      ro: 'Afișează apoi codul de stare și adresa noii resurse, din antetul `Location`.',
      en: 'Then print the status code and the new resource’s address, from the `Location` header.',
    },
  ],
  checks: {
    onePost: {
      label: { ro: 'Serverul primește exact o cerere POST /users.', en: 'The server receives exactly one POST /users request.' },
      hint: {
        ro: 'Crearea se face cu `method: \'POST\'` pe colecție: [POST](/crud/#post).',
        en: 'Creating is `method: \'POST\'` on the collection: [POST](/en/crud/#post).',
      },
    },
    jsonBody: {
      label: {
        ro: 'Corpul cererii este JSON, cu Content-Type: application/json.',
        en: 'The request body is JSON, sent with Content-Type: application/json.',
      },
      hint: {
        ro: 'Trimite `body: JSON.stringify(…)` și antetul [`Content-Type`](/request/#content-type).',
        en: 'Send `body: JSON.stringify(…)` and the [`Content-Type`](/en/request/#content-type) header.',
      },
    },
    stored: {
      label: { ro: 'Serverul păstrează utilizatorul maria, cu numele și e-mailul cerute.', en: 'The server holds the user maria, with the name and email asked for.' },
      hint: {
        ro: 'Fără un token de administrator în `Authorization: Bearer …`, serverul răspunde 401 și nu salvează nimic.',
        en: 'Without an administrator’s token in `Authorization: Bearer …`, the server answers 401 and saves nothing.',
      },
    },
    printsLocation: {
      label: { ro: 'Programul afișează 201 și valoarea antetului Location.', en: 'The program prints 201 and the value of the Location header.' },
      hint: {
        ro: 'Citește-l cu `response.headers.get(\'Location\')`: [201 Created](/status-codes/#201).',
        en: 'Read it with `response.headers.get(\'Location\')`: [201 Created](/en/status-codes/#201).',
      },
    },
  },
});
