import type { CheckContext, Checks } from '../../components/sandbox/runner/checks.ts';

const echoed = ({ requests }: CheckContext) => requests.find((r) => r.method === 'GET' && r.path.startsWith('/anything'));

export default {
  accept: (context) => (echoed(context)?.headers.accept ?? '').split(',').some((type) => type.trim().split(';')[0] === 'application/json'),
  requestId: (context) => (echoed(context)?.headers['x-request-id'] ?? '').trim() !== '',
  printsEcho: (context) => {
    const id = echoed(context)?.headers['x-request-id']?.trim();
    return id !== undefined && id !== '' && context.output.some((line) => line.includes(id));
  },
} satisfies Checks;
