import type { CheckContext, Checks } from '../../components/sandbox/runner/checks.ts';

const admin = ({ users }: CheckContext) => users.find((u) => u.id === 1);
const lines = ({ output }: CheckContext) => output.map((line) => line.replace(/\s+/g, ' ').trim());

export default {
  requested: ({ requests }) => requests.some((r) => r.method === 'GET' && r.path === '/users/1'),
  status: (context) => lines(context).includes('200 OK'),
  contentType: (context) => lines(context).some((line) => /^application\/json\b/.test(line)),
  name: (context) => {
    const name = admin(context)?.name;
    return name !== undefined && lines(context).includes(name);
  },
  contentLength: (context) => {
    const user = admin(context);
    // The demo API sends JSON indented by two spaces; Content-Length counts its UTF-8 bytes.
    const length = user === undefined ? -1 : new TextEncoder().encode(JSON.stringify(user, null, 2)).byteLength;
    return context.requests.some((r) => r.method === 'HEAD' && r.path === '/users/1') && lines(context).includes(String(length));
  },
} satisfies Checks;
