import type { Checks } from '../../components/sandbox/runner/checks.ts';

const expected: [string, string][] = [
  ['protocol', 'https:'],
  ['hostname', 'shop.example.com'],
  ['port', '8443'],
  ['pathname', '/orders/42'],
  ['status', 'open'],
  ['hash', '#items'],
];

export default {
  parts: ({ output }) => expected.every(([name, value]) => output.some((line) => line.replace(/\s+/g, ' ').trim() === `${name}: ${value}`)),
  request: ({ requests }) => requests.some((r) => r.method === 'GET' && r.path === '/anything/orders/42?status=open'),
  noSecrets: ({ requests }) =>
    requests.length > 0 && requests.every((r) => !r.path.includes('secret') && !Object.values(r.headers).some((value) => value.includes('secret'))),
} satisfies Checks;
