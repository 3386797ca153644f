import { prose } from '../../data/locale.ts';
import { defineExercise } from '../types.ts';

export default defineExercise({
  id: 'url-parts',
  topic: 'urls',
  title: { ro: 'Desfă un URL în părți', en: 'Take a URL apart' },
  task: [
    {
      ro: prose`
        Pentru adresa \`https://ana:secret@shop.example.com:8443/orders/42?status=open#items\`,
        afișează cu \`new URL\`, câte una pe linie, în forma \`nume: valoare\`:
        \`protocol\`, \`hostname\`, \`port\`, \`pathname\`, parametrul \`status\` și \`hash\`.
      `,
      en: prose`
        For the address \`https://ana:secret@shop.example.com:8443/orders/42?status=open#items\`,
        print with \`new URL\`, one per line, as \`name: value\`:
        \`protocol\`, \`hostname\`, \`port\`, \`pathname\`, the \`status\` parameter and \`hash\`.
      `,
    },
    {
      ro: prose`
        Apoi cere de la \`https://api.example.com\` calea \`/anything\` urmată de aceeași cale și interogare
        (\`/anything/orders/42?status=open\`), fără fragment.
      `,
      en: prose`
        Then request from \`https://api.example.com\` the path \`/anything\` followed by the same path and query
        (\`/anything/orders/42?status=open\`), without the fragment.
      `,
    },
  ],
  checks: {
    parts: {
      label: {
        ro: 'Programul afișează protocol, hostname, port, pathname, status și hash, fiecare cu valoarea lui.',
        en: 'The program prints protocol, hostname, port, pathname, status and hash, each with its value.',
      },
      hint: {
        ro: '`protocol` păstrează două puncte (`https:`), `hash` păstrează `#`: [părțile unui URL](/urls/#parts).',
        en: '`protocol` keeps its colon (`https:`), `hash` keeps its `#`: [the parts of a URL](/en/urls/#parts).',
      },
    },
    request: {
      label: {
        ro: 'Serverul primește GET /anything/orders/42?status=open.',
        en: 'The server receives GET /anything/orders/42?status=open.',
      },
      hint: {
        ro: 'Lipește `pathname` și `search` după `/anything`: [calea](/urls/#path) și [interogarea](/urls/#query).',
        en: 'Put `pathname` and `search` after `/anything`: [the path](/en/urls/#path) and [the query](/en/urls/#query).',
      },
    },
    noSecrets: {
      label: {
        ro: 'Cererea nu poartă numele și parola din URL.',
        en: 'The request does not carry the username and password of the URL.',
      },
      hint: {
        ro: 'Construiește adresa nouă doar din cale și interogare: [userinfo](/urls/#userinfo) nu are ce căuta în ea.',
        en: 'Build the new address from the path and query only: [userinfo](/en/urls/#userinfo) has no place in it.',
      },
    },
  },
});
