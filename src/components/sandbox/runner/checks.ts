/**
 * An exercise's checks, run after the reader's program in the same worker
 * (and, in the unit tests, in Node through the same code). A check sees what
 * the program printed and what the demo API received and holds afterwards:
 * "the server got one POST /users with a JSON body, and the program printed
 * the Location".
 *
 * Checks are written as `src/exercises/<id>/checks.ts`, a module whose default
 * export maps check ids to functions. It imports nothing but types, so it can
 * be sent to the worker as source and loaded there like the reader's code.
 * Each check's label and hint, in both languages, live in the exercise's
 * `exercise.ts`, under the same id: the worker sends back only ids and verdicts.
 */
import type { User } from '../../../demo-api/users.ts';
import type { LogEntry } from './console.ts';
import { limits } from './limits.ts';
import { outputText, toOutputEntry } from './output.ts';
import type { CheckOutcome, NetworkEntry } from './protocol.ts';
import { transpile } from './transpile.ts';

/** A request as the demo API received it. */
export interface ReceivedRequest {
  method: string;
  /** Path and query, as the server saw them: `/users?page=2`. */
  path: string;
  /** Header names in lower case, as `Headers` gives them. */
  headers: Record<string, string>;
  /** The body as text (cut at the request-body limit); '' when there was none. */
  body: string;
  /** The body parsed as JSON; `undefined` when it is not JSON. */
  json: unknown;
  /** The status the server answered with; 0 when no response left it (a dropped connection). */
  status: number;
  /** When the exchange ended, in ms since the program started: waits between retries show here. */
  at: number;
}

export interface CheckContext {
  /** What each console call printed, in order, as the output panel shows it. */
  output: string[];
  /** `output` joined by newlines. */
  text: string;
  /** Errors nobody caught, as printed ("Uncaught TypeError: …"). */
  uncaught: string[];
  /** Every request that reached the demo API, in order (redirects are one request per hop). */
  requests: ReceivedRequest[];
  /** The users the demo API holds once the program has finished. */
  users: User[];
}

export type Check = (context: CheckContext) => boolean | Promise<boolean>;
export type Checks = Readonly<Record<string, Check>>;

/** Collects, while a program runs, what its checks will look at. */
export function createRecorder() {
  const output: string[] = [];
  const uncaught: string[] = [];
  const requests: ReceivedRequest[] = [];
  let chars = 0;
  const started = performance.now();
  return {
    entry(entry: LogEntry): void {
      // Bounded like the panel: a program that prints forever does not fill the worker's memory.
      if (output.length >= limits.outputEntries || chars >= limits.outputChars) return;
      const text = outputText(toOutputEntry(entry));
      chars += text.length;
      output.push(text);
      if (entry.kind === 'uncaught') uncaught.push(text);
    },
    request(entry: NetworkEntry): void {
      if (!entry.local || requests.length >= limits.requests) return;
      const url = new URL(entry.url);
      requests.push({
        method: entry.method,
        path: url.pathname + url.search,
        headers: Object.fromEntries(entry.requestHeaders.map(([name, value]) => [name.toLowerCase(), value])),
        body: entry.requestBody,
        json: parseJson(entry.requestBody),
        status: entry.status,
        at: Math.round(performance.now() - started),
      });
    },
    context(users: User[]): CheckContext {
      return { output: [...output], text: output.join('\n'), uncaught: [...uncaught], requests: [...requests], users };
    },
  };
}

/**
 * Loads a checks module from its TypeScript source and runs every check. A
 * check that throws has failed (its error is kept for the reader); a checks
 * module that cannot load fails every check it would have had, so nothing
 * reads as passed by accident.
 */
export async function evaluateChecks(source: string, context: CheckContext, moduleUrl: (javascript: string) => string): Promise<CheckOutcome[]> {
  let checks: Checks;
  try {
    const module = (await import(/* @vite-ignore */ moduleUrl(transpile(source)))) as { default?: unknown };
    if (typeof module.default !== 'object' || module.default === null) throw new Error('the checks module has no default export');
    checks = module.default as Checks;
  } catch (error) {
    return [{ id: '*', passed: false, error: cut(describe(error)) }];
  }
  const outcomes: CheckOutcome[] = [];
  for (const [id, check] of Object.entries(checks).slice(0, limits.checks)) {
    try {
      outcomes.push({ id, passed: (await check(context)) === true, error: '' });
    } catch (error) {
      outcomes.push({ id, passed: false, error: cut(describe(error)) });
    }
  }
  return outcomes;
}

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
const cut = (text: string) => (text.length > limits.headerChars ? `${text.slice(0, limits.headerChars)}…` : text);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
