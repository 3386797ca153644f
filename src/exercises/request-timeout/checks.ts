import type { CheckContext, Checks } from '../../components/sandbox/runner/checks.ts';

const delayed = ({ requests }: CheckContext) => requests.filter((r) => r.method === 'GET' && r.path === '/delay/3000');

export default {
  requested: (context) => delayed(context).length === 1,
  gaveUp: (context) => {
    const [request] = delayed(context);
    return request !== undefined && request.status === 0 && request.at < 2000;
  },
  printsName: ({ output, uncaught }) => uncaught.length === 0 && output.some((line) => /\b(TimeoutError|AbortError)\b/.test(line)),
} satisfies Checks;
