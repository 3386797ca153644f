import type { CheckContext, Checks } from '../../components/sandbox/runner/checks.ts';

const attempts = ({ requests }: CheckContext) => requests.filter((r) => r.method === 'GET' && r.path.startsWith('/flaky/order'));

export default {
  retried: (context) => attempts(context).slice(0, 3).map((r) => r.status).join() === '429,429,200',
  waited: (context) => {
    const list = attempts(context);
    return list.length >= 2 && list.slice(1).every((request, i) => request.at - (list[i]?.at ?? 0) >= 900);
  },
  stopped: (context) => {
    const list = attempts(context);
    return list.length <= 4 && list.findIndex((r) => r.status === 200) === list.length - 1;
  },
  printsResult: ({ output }) => output.some((line) => /\b200\b/.test(line) && /\b3\b/.test(line)),
} satisfies Checks;
