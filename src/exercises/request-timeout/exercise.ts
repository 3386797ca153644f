import { prose } from '../../data/locale.ts';
import { defineExercise } from '../types.ts';

export default defineExercise({
  id: 'request-timeout',
  topic: 'request',
  title: { ro: 'Renunță după o secundă', en: 'Give up after a second' },
  task: [
    {
      ro: prose`
        \`https://api.example.com/delay/3000\` răspunde abia după 3 secunde.
        Fă cererea, dar renunță la ea după o secundă, cu \`AbortSignal.timeout(1000)\` în opțiunea \`signal\`.
      `,
      en: prose`
        \`https://api.example.com/delay/3000\` answers only after 3 seconds.
        Make the request, but give up on it after one second, with \`AbortSignal.timeout(1000)\` in the \`signal\` option.
      `,
    },
    {
      ro: 'Prinde eroarea și afișează-i numele (`error.name`): programul nu trebuie să se oprească cu o eroare neprinsă.',
      en: 'Catch the error and print its name (`error.name`): the program must not stop with an uncaught error.',
    },
  ],
  checks: {
    requested: {
      label: { ro: 'Serverul primește GET /delay/3000.', en: 'The server receives GET /delay/3000.' },
      hint: {
        ro: 'Cererea trebuie să plece: doar că nu așteptăm răspunsul la nesfârșit. Vezi [timeout](/request/#option-timeout).',
        en: 'The request must go out: we just do not wait for the answer forever. See [timeout](/en/request/#option-timeout).',
      },
    },
    gaveUp: {
      label: { ro: 'Cererea se încheie după cel mult două secunde, nu trei.', en: 'The request ends within two seconds, not three.' },
      hint: {
        ro: '`fetch` nu are opțiunea `timeout`: dă-i `signal: AbortSignal.timeout(1000)`. Vezi [timeout](/request/#option-timeout).',
        en: '`fetch` has no `timeout` option: give it `signal: AbortSignal.timeout(1000)`. See [timeout](/en/request/#option-timeout).',
      },
    },
    printsName: {
      label: {
        ro: 'Programul prinde eroarea și afișează TimeoutError (sau AbortError).',
        en: 'The program catches the error and prints TimeoutError (or AbortError).',
      },
      hint: {
        ro: 'Pune `await fetch(…)` într-un `try`, iar în `catch` afișează `(error as Error).name`.',
        en: 'Put `await fetch(…)` in a `try`, and in the `catch` print `(error as Error).name`.',
      },
    },
  },
});
