import type { Checks } from '../../components/sandbox/runner/checks.ts';

const codes = [200, 201, 204, 400, 404, 500, 503];
/** The class of a code as a pattern; "success" is accepted next to RFC 9110's "successful". */
const classOf = (code: number) => (code < 300 ? 'success(ful)?' : code < 500 ? 'client error' : 'server error');

export default {
  allRequested: ({ requests }) => codes.every((code) => requests.some((r) => r.path === `/status/${code}` && r.status === code)),
  classes: ({ output }) =>
    codes.every((code) =>
      output.some((line) => new RegExp(`^${code}\\b.*\\b${classOf(code)}$`).test(line.replace(/\s+/g, ' ').trim().toLowerCase())),
    ),
} satisfies Checks;
