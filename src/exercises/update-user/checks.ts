import type { Checks } from '../../components/sandbox/runner/checks.ts';

export default {
  patch: ({ requests }) => {
    const patches = requests.filter((r) => r.method === 'PATCH' && r.path === '/users/2');
    const body = patches[0]?.json;
    return (
      patches.length === 1 &&
      !requests.some((r) => r.method === 'PUT') &&
      typeof body === 'object' &&
      body !== null &&
      Object.keys(body).join() === 'email'
    );
  },
  emailChanged: ({ users }) => {
    const ana = users.find((u) => u.id === 2);
    return ana?.email === 'ana.popescu@example.com' && ana.username === 'ana' && ana.name === 'Ana Popescu' && ana.role === 'user';
  },
  deleted: ({ users }) => users.length > 0 && !users.some((u) => u.id === 3),
  printsLeft: ({ output, users, requests }) =>
    requests.some((r) => r.method === 'GET' && r.path === '/users') &&
    !users.some((u) => u.id === 3) &&
    output.some((line) => users.every((u) => line.includes(u.username)) && !line.includes('mihai')),
} satisfies Checks;
