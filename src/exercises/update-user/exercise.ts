import { prose } from '../../data/locale.ts';
import { defineExercise } from '../types.ts';

export default defineExercise({
  id: 'update-user',
  topic: 'crud',
  title: { ro: 'Modifică și șterge', en: 'Update and delete' },
  task: [
    {
      ro: prose`
        Autentifică-te ca \`admin\` (parola \`123456\`), schimbă doar e-mailul utilizatorului 2 în \`ana.popescu@example.com\`,
        fără să trimiți celelalte câmpuri, apoi șterge utilizatorul 3.
      `,
      en: prose`
        Log in as \`admin\` (password \`123456\`), change only the email of user 2 to \`ana.popescu@example.com\`,
        without sending the other fields, then delete user 3.
      `,
    },
    {
      ro: 'La final trimite cererea `GET /users` și afișează numele de utilizator (`username`) care au rămas.',
      en: 'Finally send `GET /users` and print the usernames (`username`) that are left.',
    },
  ],
  checks: {
    patch: {
      label: {
        ro: 'Serverul primește un singur PATCH /users/2, al cărui corp JSON are doar email, și niciun PUT.',
        en: 'The server receives one PATCH /users/2, whose JSON body has only email, and no PUT.',
      },
      hint: {
        ro: '`PATCH` modifică doar câmpurile trimise; `PUT` ar înlocui toată resursa: [PATCH](/crud/#patch).',
        en: '`PATCH` changes only the fields it sends; `PUT` would replace the whole resource: [PATCH](/en/crud/#patch).',
      },
    },
    emailChanged: {
      label: {
        ro: 'Utilizatorul 2 are noul e-mail și și-a păstrat celelalte câmpuri.',
        en: 'User 2 has the new email and has kept its other fields.',
      },
      hint: {
        ro: 'Fără `Authorization: Bearer …`, scrierile primesc [401](/status-codes/#401) și nu schimbă nimic.',
        en: 'Without `Authorization: Bearer …`, writes get [401](/en/status-codes/#401) and change nothing.',
      },
    },
    deleted: {
      label: { ro: 'Utilizatorul 3 nu mai există.', en: 'User 3 no longer exists.' },
      hint: { ro: 'Ștergerea este `DELETE /users/3`: [DELETE](/crud/#delete).', en: 'Deleting is `DELETE /users/3`: [DELETE](/en/crud/#delete).' },
    },
    printsLeft: {
      label: { ro: 'Programul afișează numele de utilizator rămase.', en: 'The program prints the usernames left.' },
      hint: {
        ro: '`GET /users` dă un obiect cu lista în `users`: `body.users.map((u) => u.username)`. Vezi [GET](/crud/#get).',
        en: '`GET /users` gives an object with the list in `users`: `body.users.map((u) => u.username)`. See [GET](/en/crud/#get).',
      },
    },
  },
});
