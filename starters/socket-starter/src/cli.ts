/** What the four programs share: prefixed output, and leaving with a clear line and exit code. */
import { EXIT_USAGE, explainError } from './errors.ts';
import { UsageError } from './options.ts';

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
