import { prose } from '../../data/locale.ts';
import { defineExercise } from '../types.ts';

export default defineExercise({
  id: 'handle-failures',
  topic: 'response',
  title: { ro: 'Trei feluri de eșec', en: 'Three kinds of failure' },
  task: [
    {
      ro: prose`
        Scrie funcția \`getJson(path)\`, care întoarce corpul parsat al răspunsului de la \`https://api.example.com\` + \`path\`
        sau aruncă un \`Error\` cu un mesaj clar, și apeleaz-o pentru \`/drop\`, \`/status/503\`, \`/truncated\` și \`/users/2\`.
      `,
      en: prose`
        Write the function \`getJson(path)\`, which returns the parsed body of the response from \`https://api.example.com\` + \`path\`
        or throws an \`Error\` with a clear message, and call it for \`/drop\`, \`/status/503\`, \`/truncated\` and \`/users/2\`.
      `,
    },
    {
      ro: prose`
        Pentru fiecare cale afișează o linie: \`network error\` când \`fetch\` respinge (conexiunea a căzut),
        \`HTTP 503\` când răspunsul nu indică succes (\`response.ok\` este \`false\`),
        \`invalid JSON\` când corpul nu este JSON valid, iar pentru răspunsul bun numele utilizatorului.
        Programul nu trebuie să se termine cu o eroare neprinsă.
      `,
      en: prose`
        For each path print one line: \`network error\` when \`fetch\` rejects (the connection dropped),
        \`HTTP 503\` when the response is not a success (\`response.ok\` is \`false\`),
        \`invalid JSON\` when the body is not valid JSON, and for the good response the user's name.
        The program must not end with an uncaught error.
      `,
    },
    {
      ro: 'Atenție: `fetch` nu respinge pentru 4xx sau 5xx; un răspuns cu cod de eroare este tot un răspuns.',
      en: 'Mind: `fetch` does not reject on 4xx or 5xx; a response with an error code is still a response.',
    },
  ],
  checks: {
    allRequested: {
      label: { ro: 'Serverul primește câte o cerere pentru fiecare dintre cele patru căi.', en: 'The server receives one request for each of the four paths.' },
      hint: {
        ro: 'Un eșec la prima cale nu trebuie să oprească programul: prinde eroarea pentru fiecare cale în parte.',
        en: 'A failure on the first path must not stop the program: catch the error for each path separately.',
      },
    },
    network: {
      label: { ro: 'Pentru /drop, programul afișează network error.', en: 'For /drop, the program prints network error.' },
      hint: {
        ro: '`fetch` respinge cu `TypeError` doar când nu a sosit niciun răspuns: pune `try`/`catch` în jurul lui. Vezi [codul de stare](/response/#attr-status-code).',
        en: '`fetch` rejects with a `TypeError` only when no response arrived: wrap it in `try`/`catch`. See [the status code](/en/response/#attr-status-code).',
      },
    },
    http: {
      label: { ro: 'Pentru /status/503, programul afișează HTTP 503.', en: 'For /status/503, the program prints HTTP 503.' },
      hint: {
        ro: 'Verifică `response.ok` (200–299) înainte să citești corpul: [atributele răspunsului](/response/#response-attributes).',
        en: 'Check `response.ok` (200–299) before reading the body: [the response’s attributes](/en/response/#response-attributes).',
      },
    },
    json: {
      label: { ro: 'Pentru /truncated, programul afișează invalid JSON.', en: 'For /truncated, the program prints invalid JSON.' },
      hint: {
        ro: '`response.json()` respinge cu `SyntaxError` când corpul nu este JSON: [json()](/response/#attr-json).',
        en: '`response.json()` rejects with a `SyntaxError` when the body is not JSON: [json()](/en/response/#attr-json).',
      },
    },
    good: {
      label: {
        ro: 'Pentru /users/2, programul afișează numele utilizatorului, iar la final nu rămâne nicio eroare neprinsă.',
        en: 'For /users/2, the program prints the user’s name, and no error is left uncaught.',
      },
      hint: {
        ro: 'Citește `name` din obiectul întors de `getJson`, iar eșecurile celorlalte căi prinde-le cu `try`/`catch`, ca să nu ajungă erori neprinse.',
        en: 'Read `name` from the object `getJson` returns, and catch the other paths’ failures with `try`/`catch`, so none is left uncaught.',
      },
    },
  },
});
