import type { CheckContext, Checks } from '../../components/sandbox/runner/checks.ts';

const gets = ({ requests }: CheckContext) => requests.filter((r) => r.method === 'GET' && r.path.split('?')[0] === '/anything');
const queryOf = (path: string) => new URLSearchParams(path.split('?')[1] ?? '');

export default {
  oneGet: (context) => gets(context).length === 1 && context.requests.length === 1,
  params: (context) => {
    const [request] = gets(context);
    if (!request) return false;
    const query = [...queryOf(request.path)];
    return query.length === 2 && query.some(([k, v]) => k === 'name' && v === 'Ion Pop') && query.some(([k, v]) => k === 'role' && v === 'administrator & co');
  },
  printsHref: (context) => {
    const [request] = gets(context);
    return request !== undefined && context.output.some((line) => line.trim() === `https://api.example.com${request.path}`);
  },
} satisfies Checks;
