import { prose } from '../../data/locale.ts';
import { defineExercise } from '../types.ts';

export default defineExercise({
  id: 'frame-lines',
  topic: 'sockets',
  title: { ro: 'Linii dintr-un flux de octeți', en: 'Lines out of a byte stream' },
  task: [
    {
      ro: prose`
        TCP livrează un flux de octeți, nu mesaje: un \`recv\` poate aduce o jumătate de linie sau două linii odată.
        Bucățile din cod sunt o cerere HTTP sosită în trei \`recv\`-uri.
        Adună-le într-un buffer și afișează fiecare linie completă (terminată cu \`\\r\\n\`) cu \`JSON.stringify(line)\`,
        fără terminator, până la linia goală inclusiv.
      `,
      en: prose`
        TCP delivers a stream of bytes, not messages: one \`recv\` may bring half a line, or two lines at once.
        The chunks in the code are an HTTP request that arrived in three \`recv\` calls.
        Collect them in a buffer and print each complete line (ended by \`\\r\\n\`) with \`JSON.stringify(line)\`,
        without its terminator, up to and including the empty line.
      `,
    },
  ],
  checks: {
    lines: {
      label: {
        ro: 'Programul afișează cele patru linii, în ordine, ultima fiind linia goală.',
        en: 'The program prints the four lines, in order, the last one empty.',
      },
      hint: {
        ro: 'Ține restul după ultimul `\\r\\n` pentru bucata următoare: o linie poate continua în ea. Vezi [recv](/sockets/#recv).',
        en: 'Keep what follows the last `\\r\\n` for the next chunk: a line may go on there. See [recv](/en/sockets/#recv).',
      },
    },
    noTerminators: {
      label: { ro: 'Nicio linie afișată nu mai conține \\r sau \\n.', en: 'No printed line still holds \\r or \\n.' },
      hint: {
        ro: 'Desparte după `\\r\\n`, nu după `\\n`: altfel rămâne `\\r` la capăt. Vezi [fluxul TCP](/sockets/#tcp-flow).',
        en: 'Split on `\\r\\n`, not `\\n`: otherwise a `\\r` is left at the end. See [the TCP flow](/en/sockets/#tcp-flow).',
      },
    },
  },
});
