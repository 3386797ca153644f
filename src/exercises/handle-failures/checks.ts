import type { CheckContext, Checks } from '../../components/sandbox/runner/checks.ts';

const paths = ['/drop', '/status/503', '/truncated', '/users/2'];
/** The line printed about one path: the first that names it, or else the n-th line (a program may print only the outcome). */
const lineFor = ({ output }: CheckContext, path: string) => output.find((line) => line.includes(path)) ?? output[paths.indexOf(path)] ?? '';

export default {
  allRequested: ({ requests }) => paths.every((path) => requests.filter((r) => r.path === path).length === 1),
  network: (context) => /network error/i.test(lineFor(context, '/drop')),
  http: (context) => /HTTP 503/.test(lineFor(context, '/status/503')),
  json: (context) => /invalid JSON/i.test(lineFor(context, '/truncated')),
  good: (context) => {
    const name = context.users.find((u) => u.id === 2)?.name ?? '';
    return name !== '' && lineFor(context, '/users/2').includes(name) && context.uncaught.length === 0;
  },
} satisfies Checks;
