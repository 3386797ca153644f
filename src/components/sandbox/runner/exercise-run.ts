/**
 * An exercise's run: the reader's program, exactly as Run runs it, then the
 * exercise's checks against what it printed and what its demo API received
 * and holds. The worker calls this in the browser, the unit tests in Node.
 */
import { createRecorder, evaluateChecks } from './checks.ts';
import { runSandbox, type Run, type RunHooks } from './execute.ts';
import type { CheckOutcome } from './protocol.ts';

export interface ExerciseHooks extends RunHooks {
  onChecked(outcomes: CheckOutcome[]): void;
}

export function runExercise(source: string, checksSource: string, hooks: ExerciseHooks): Run {
  const recorder = createRecorder();
  const run = runSandbox(source, {
    ...hooks,
    onEntry: (entry) => {
      recorder.entry(entry);
      hooks.onEntry(entry);
    },
    onRequest: (entry) => {
      recorder.request(entry);
      hooks.onRequest(entry);
    },
  });
  const done = run.done.then(async () => {
    let outcomes: CheckOutcome[];
    try {
      outcomes = await evaluateChecks(checksSource, recorder.context(run.api.snapshot().users), hooks.moduleUrl);
    } catch (error) {
      // Whatever went wrong, the page hears a verdict (every check failed), never silence.
      outcomes = [{ id: '*', passed: false, error: error instanceof Error ? error.message : String(error) }];
    }
    hooks.onChecked(outcomes);
  });
  return { ...run, done };
}
