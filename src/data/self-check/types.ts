/**
 * The shape of a "Check yourself" question, written once per topic in
 * `src/data/self-check/<slug>.ts` and rendered by
 * `src/components/practice/SelfCheck.astro` in the page's language.
 *
 * Texts are inline Markdown (`code`, **bold**, links). Every explanation links
 * to the entry it tests, from `/` in Romanian and from `/en/` in English
 * (`[404](/status-codes/#404)`, `[404](/en/status-codes/#404)`):
 * tests/unit/self-check.test.ts checks that each target page carries the anchor,
 * since the build's link validator only sees Markdown, not what a component renders.
 */
import type { Locale, Localized } from '../locale.ts';

/** A text that is the same in every language (a number, a header name, program output) or one per locale. */
export type Text = string | Localized;

export function textIn(text: Text, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale];
}

/** Two items joined by "și" / "and": options that name a pair of addresses, codes or calls. */
export function pair(first: string, second: string): Localized {
  return { ro: `${first} și ${second}`, en: `${first} and ${second}` };
}

export const questionKinds = ['single', 'multiple', 'short', 'predict'] as const;
export type QuestionKind = (typeof questionKinds)[number];

interface QuestionBase {
  /**
   * Stable and unique within its topic. The reader's saved progress and the
   * page's element ids use it, so renaming it forgets what readers answered.
   */
  id: string;
  prompt: Localized;
  /** Why the answer is right, with a link to the entry it tests. One sentence per line (`prose`). */
  explanation: Localized;
}

export interface Choice {
  /** Stable within its question: saved progress stores the ids of the chosen options. */
  id: string;
  text: Text;
  correct?: true;
}

/** Radio buttons: exactly one option is right. */
export interface SingleChoice extends QuestionBase {
  kind: 'single';
  options: readonly Choice[];
}

/** Checkboxes: the reader must pick every right option and no other. */
export interface MultipleChoice extends QuestionBase {
  kind: 'multiple';
  options: readonly Choice[];
}

/** A short typed answer ("which port", "which code"), compared after `normalizeAnswer()`. */
export interface ShortAnswer extends QuestionBase {
  kind: 'short';
  /** Every accepted spelling; the first is the one the answer shows. */
  accepted: readonly [string, ...string[]];
  /** Opens a phone's numeric keyboard for numbers (ports, status codes). */
  numeric?: true;
}

/**
 * "What does this print?": the options are candidate outputs of `code`, a
 * TypeScript snippet that runs in the sandbox runner (with the demo API behind
 * `fetch`). Comments and strings may differ by language, written as in
 * sandboxes (`// ro:` / `// en:` comments, `// @ro` / `// @en` lines). The
 * unit tests run it in both languages and compare with the option marked correct.
 */
export interface PredictOutput extends QuestionBase {
  kind: 'predict';
  code: string;
  options: readonly Choice[];
}

export type Question = SingleChoice | MultipleChoice | ShortAnswer | PredictOutput;
export type ChoiceQuestion = SingleChoice | MultipleChoice | PredictOutput;

export function isChoiceQuestion(question: Question): question is ChoiceQuestion {
  return question.kind !== 'short';
}
