/** What the four programs share: reading the options, prefixed output, and leaving with a clear line and exit code. */
import { EXIT_USAGE, explainError } from './errors.ts';
import { UsageError, type Env } from './options.ts';

export interface Console {
  say(line: string): void;
  warn(line: string): void;
  /** Prints the explanation of an error and exits with its code. */
  fail(error: unknown, doing: string, usage?: string): never;
}

export function programConsole(tag: string): Console {
  const say = (line: string) => console.log(`[${tag}] ${line}`);
  const warn = (line: string) => console.error(`[${tag}] ${line}`);
  return {
    say,
    warn,
    fail(error, doing, usage) {
      if (error instanceof UsageError) {
        warn(error.message);
        if (usage) console.error(`\n${usage}`);
        process.exit(EXIT_USAGE);
      }
      const explained = explainError(error, doing);
      warn(explained.message);
      process.exit(explained.exitCode);
    },
  };
}

/**
 * Reads a program's options from its command line and environment. `--help`
 * prints the usage and exits 0; a bad option prints why, then the usage, and
 * exits with the usage error code.
 */
export function readOptions<Options>(out: Console, parse: (args: string[], env: Env) => Options | 'help', usage: string): Options {
  let options: Options | 'help';
  try {
    options = parse(process.argv.slice(2), process.env);
  } catch (error) {
    out.fail(error, 'reading the options', usage);
  }
  if (options === 'help') {
    console.log(usage);
    process.exit(0);
  }
  return options;
}
