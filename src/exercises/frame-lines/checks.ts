import type { Checks } from '../../components/sandbox/runner/checks.ts';

const expected = ['"GET /a HTTP/1.1"', '"Host: x"', '"Accept: */*"', '""'];

export default {
  lines: ({ output }) => output.length === expected.length && output.every((line, i) => line === expected[i]),
  noTerminators: ({ output }) => output.length > 0 && output.every((line) => !line.includes('\\r') && !line.includes('\\n')),
} satisfies Checks;
