import { prose } from '../../data/locale.ts';
import { defineExercise } from '../types.ts';

export default defineExercise({
  id: 'search-url',
  topic: 'urls',
  title: { ro: 'Construiește un URL de căutare', en: 'Build a search URL' },
  task: [
    {
      ro: prose`
        Trimite o cerere \`GET\` la \`https://api.example.com/anything\` cu doi parametri de interogare:
        \`name\` cu valoarea \`Ion Pop\` și \`role\` cu valoarea \`administrator & co\`.
        Valorile au un spațiu și un \`&\`: construiește interogarea cu \`URLSearchParams\`, care le codifică.
      `,
      en: prose`
        Send a \`GET\` request to \`https://api.example.com/anything\` with two query parameters:
        \`name\` set to \`Ion Pop\` and \`role\` set to \`administrator & co\`.
        The values hold a space and an \`&\`: build the query with \`URLSearchParams\`, which encodes them.
      `,
    },
    { ro: 'Afișează apoi adresa completă trimisă (`url.href`).', en: 'Then print the full address you sent (`url.href`).' },
  ],
  checks: {
    oneGet: {
      label: { ro: 'Serverul primește o singură cerere GET /anything.', en: 'The server receives a single GET /anything request.' },
      hint: {
        ro: 'Un singur `fetch`, la calea `/anything`: [calea](/urls/#path).',
        en: 'One `fetch`, to the path `/anything`: [the path](/en/urls/#path).',
      },
    },
    params: {
      label: {
        ro: 'Interogarea are exact parametrii name=Ion Pop și role=administrator & co.',
        en: 'The query has exactly the parameters name=Ion Pop and role=administrator & co.',
      },
      hint: {
        ro: 'Un `&` necodificat desparte parametrii: `co` ar deveni un al treilea. Vezi [interogarea](/urls/#query).',
        en: 'An unencoded `&` separates parameters: `co` would become a third one. See [the query](/en/urls/#query).',
      },
    },
    printsHref: {
      label: { ro: 'Programul afișează URL-ul pe care l-a trimis.', en: 'The program prints the URL it sent.' },
      hint: {
        ro: 'Afișează `url.href` după ce ai adăugat parametrii: [URL API](/urls/#url-api).',
        en: 'Print `url.href` after adding the parameters: [the URL API](/en/urls/#url-api).',
      },
    },
  },
});
