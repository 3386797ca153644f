/**
 * The network errors a learner meets, in one table used by every program:
 * what each error code means in one line, the Python exception of the course
 * notes that carries the same errno, and the exit code the programs end with
 * (so a script or a test can tell the failures apart).
 *
 * Exit codes: 0 success, 1 unexpected error, 2 bad command-line option,
 * 3 the peer sent more than a limit allows, 1x a server could not listen,
 * 2x a connection failed.
 */

export interface KnownNetworkError {
  /** `error.code` as Node.js reports it (the errno name for system errors). */
  code: string;
  exitCode: number;
  /** The Python exception the notes' programs would raise for the same failure. */
  python: string;
  /** One line that says what happened and what to do about it. */
  hint: string;
}

export const EXIT_OK = 0;
export const EXIT_UNEXPECTED = 1;
export const EXIT_USAGE = 2;
export const EXIT_TOO_LONG = 3;

/**
 * The peer sent more than this program agreed to hold (the client's
 * --max-reply-bytes). A limit of ours, not a network error, so it has no
 * place in the table: no errno, and no Python exception (the notes' client
 * would go on reading until memory ran out).
 */
export class TooLongError extends Error {
  override name = 'TooLongError';
}

export const knownNetworkErrors: readonly KnownNetworkError[] = [
  {
    code: 'EADDRINUSE',
    exitCode: 10,
    python: 'OSError (EADDRINUSE, "Address already in use")',
    hint: 'another program already listens on this address and port: stop it, or pick another port (--port 0 lets the system choose a free one)',
  },
  {
    code: 'EACCES',
    exitCode: 11,
    python: 'PermissionError',
    hint: 'permission denied: ports below 1024 need administrator rights on most systems, use a port from 1024 up',
  },
  {
    code: 'EADDRNOTAVAIL',
    exitCode: 12,
    python: 'OSError (EADDRNOTAVAIL)',
    hint: 'this machine has no such address: listen on 127.0.0.1, ::1 or an address of one of its interfaces',
  },
  {
    code: 'ECONNREFUSED',
    exitCode: 20,
    python: 'ConnectionRefusedError',
    hint: 'nothing listens on this address and port: start the server first, then check --host and --port',
  },
  {
    code: 'ETIMEDOUT',
    exitCode: 21,
    python: 'TimeoutError',
    hint: 'no answer in time: the host may be down or unreachable, or a firewall drops the packets',
  },
  {
    code: 'ENOTFOUND',
    exitCode: 22,
    python: 'socket.gaierror',
    hint: 'the host name does not resolve to an address (DNS): check its spelling',
  },
  {
    code: 'EAI_AGAIN',
    exitCode: 23,
    python: 'socket.gaierror',
    hint: 'the name lookup failed for now (DNS server unreachable?): check the network and try again',
  },
  {
    code: 'ECONNRESET',
    exitCode: 24,
    python: 'ConnectionResetError',
    hint: 'the peer reset the connection: it crashed, was stopped, or closed without reading everything it was sent',
  },
  {
    code: 'EPIPE',
    exitCode: 25,
    python: 'BrokenPipeError',
    hint: 'the peer had already closed the connection when this side wrote to it',
  },
];

export interface ExplainedError {
  code: string;
  exitCode: number;
  /** `CODE while <doing what>: <hint>`, ready to print. */
  message: string;
}

/** Turns any error into one printable line and the exit code that goes with it. */
export function explainError(error: unknown, doing: string): ExplainedError {
  if (error instanceof TooLongError) return { code: 'TOO_LONG', exitCode: EXIT_TOO_LONG, message: `too much data while ${doing}: ${error.message}` };
  const code = errorCode(error);
  const known = knownNetworkErrors.find((entry) => entry.code === code);
  if (known) return { code, exitCode: known.exitCode, message: `${code} while ${doing}: ${known.hint}` };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: code || 'UNKNOWN', exitCode: EXIT_UNEXPECTED, message: `unexpected error while ${doing}: ${detail}` };
}

function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return '';
}
