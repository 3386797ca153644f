import type { Checks } from '../../components/sandbox/runner/checks.ts';

const posts = (context: Parameters<Checks[string]>[0]) => context.requests.filter((r) => r.method === 'POST' && r.path === '/users');

export default {
  onePost: (context) => posts(context).length === 1,
  jsonBody: (context) => {
    const [post] = posts(context);
    return post !== undefined && (post.headers['content-type'] ?? '').startsWith('application/json') && typeof post.json === 'object' && post.json !== null;
  },
  stored: ({ users }) => users.some((u) => u.username === 'maria' && u.name === 'Maria Pop' && u.email === 'maria@example.com'),
  printsLocation: ({ output, users }) => {
    const maria = users.find((u) => u.username === 'maria');
    return maria !== undefined && output.some((line) => line.includes('201') && line.includes(`/users/${maria.id}`));
  },
} satisfies Checks;
