import { prose } from '../../data/locale.ts';
import { defineExercise } from '../types.ts';

export default defineExercise({
  id: 'request-headers',
  topic: 'request',
  title: { ro: 'Trimite antete', en: 'Send headers' },
  task: [
    {
      ro: prose`
        Trimite \`GET https://api.example.com/anything\` cu antetul \`Accept: application/json\`
        și un antet propriu, \`X-Request-Id\`, cu o valoare aleasă de tine (de exemplu \`req-1\`).
      `,
      en: prose`
        Send \`GET https://api.example.com/anything\` with the header \`Accept: application/json\`
        and a header of your own, \`X-Request-Id\`, with a value you choose (\`req-1\`, say).
      `,
    },
    {
      ro: '`/anything` trimite înapoi cererea primită: afișează valoarea lui `X-Request-Id` așa cum a văzut-o serverul, din corpul răspunsului.',
      en: '`/anything` sends back the request it received: print the value of `X-Request-Id` as the server saw it, from the response body.',
    },
  ],
  checks: {
    accept: {
      label: { ro: 'Cererea are antetul Accept: application/json.', en: 'The request has the header Accept: application/json.' },
      hint: {
        ro: 'Antetele merg în opțiunea `headers` a lui `fetch`: [Accept](/request/#accept).',
        en: 'Headers go in the `headers` option of `fetch`: [Accept](/en/request/#accept).',
      },
    },
    requestId: {
      label: { ro: 'Cererea are antetul X-Request-Id, cu o valoare.', en: 'The request has the header X-Request-Id, with a value.' },
      hint: {
        ro: 'Numele antetelor nu țin cont de majuscule; valoarea nu poate fi goală. Vezi [antetele](/request/#option-headers).',
        en: 'Header names are case-insensitive; the value must not be empty. See [headers](/en/request/#option-headers).',
      },
    },
    printsEcho: {
      label: {
        ro: 'Programul afișează aceeași valoare, citită din răspuns.',
        en: 'The program prints the same value, read from the response.',
      },
      hint: {
        ro: 'În corpul JSON, `headers` are numele cu litere mici: `body.headers["x-request-id"]`. Vezi [json()](/response/#attr-json).',
        en: 'In the JSON body, `headers` has lower-case names: `body.headers["x-request-id"]`. See [json()](/en/response/#attr-json).',
      },
    },
  },
});
