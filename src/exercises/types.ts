/**
 * A coding exercise: a folder `src/exercises/<id>/` like a sandbox's, with
 *
 *   exercise.ts   this shape: the task and each check's label and hint, in ro and en
 *   starter.ts    the code the reader starts from (`// ro:` / `// en:` comments, as sandboxes)
 *   solution.ts   a reference solution, passing every check
 *   checks.ts     `export default { <check id>: (context) => boolean, … } satisfies Checks`
 *                 (src/components/sandbox/runner/checks.ts); it imports nothing but types,
 *                 because it is sent to the sandbox worker as source and runs after the program
 *
 * The ids in `checks` here and in checks.ts are the same, in the same order:
 * tests/unit/exercises.test.ts holds them together, runs every solution (it
 * must pass every check) and every starter (it must fail one), in both languages.
 */
import type { Localized } from '../data/locale.ts';
import type { SelfCheckTopic } from '../data/self-check/index.ts';

export interface CheckText {
  /** What is checked, said as a requirement: "The program sends one POST /users". */
  label: Localized;
  /** Shown when the check fails: a nudge towards the fix, with a link to the entry that explains it. */
  hint: Localized;
}

export interface Exercise {
  /** The folder's name; the page's anchor is `#exercise-<id>` in both languages. */
  id: string;
  /** The page it belongs to (the same topics as the self-check). */
  topic: SelfCheckTopic;
  title: Localized;
  /** The task, one inline-Markdown paragraph per item. */
  task: readonly Localized[];
  checks: Readonly<Record<string, CheckText>>;
}

export const defineExercise = <const T extends Exercise>(exercise: T): T => exercise;
