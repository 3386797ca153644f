/**
 * Grading, shared by the page's script and the tests: what a question's
 * answer key is, what the reader answered, and whether the two match. The
 * key travels to the page as JSON in a data attribute (it is no secret: the
 * "Answer" details beside each question shows it to anyone).
 */
import type { Question } from '../../data/self-check/types.ts';

export type AnswerKey = { kind: 'choice'; correct: string[] } | { kind: 'short'; accepted: string[] };

/** A choice question answers with the ids of the options picked; a short one with its text. */
export type ReaderAnswer = string[] | string;

/**
 * The form in which short answers are compared: Unicode-normalised, trimmed,
 * inner spaces collapsed, case folded. ` 404 `, `404` and `Content-type`
 * then match `404` and `Content-Type`.
 */
export function normalizeAnswer(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

export function answerKey(question: Question): AnswerKey {
  if (question.kind === 'short') return { kind: 'short', accepted: [...new Set(question.accepted.map(normalizeAnswer))] };
  return { kind: 'choice', correct: question.options.filter((option) => option.correct).map((option) => option.id) };
}

/** Nothing chosen or typed yet: there is nothing to check. */
export function isEmptyAnswer(answer: ReaderAnswer): boolean {
  return typeof answer === 'string' ? normalizeAnswer(answer) === '' : answer.length === 0;
}

/** Right when a short answer is one of the accepted ones, or when exactly the correct options are picked. */
export function isCorrect(key: AnswerKey, answer: ReaderAnswer): boolean {
  if (key.kind === 'short') return typeof answer === 'string' && key.accepted.includes(normalizeAnswer(answer));
  if (typeof answer === 'string') return false;
  const picked = new Set(answer);
  return picked.size === key.correct.length && key.correct.every((id) => picked.has(id));
}

/** Reads a key back from its data attribute; `undefined` for anything malformed. */
export function parseAnswerKey(json: string | undefined): AnswerKey | undefined {
  try {
    const value: unknown = JSON.parse(json ?? '');
    if (typeof value !== 'object' || value === null) return undefined;
    const { kind } = value as { kind?: unknown };
    const list = (field: string) => {
      const items = (value as Record<string, unknown>)[field];
      return Array.isArray(items) && items.every((item) => typeof item === 'string') ? (items as string[]) : undefined;
    };
    if (kind === 'choice') {
      const correct = list('correct');
      return correct && { kind, correct };
    }
    if (kind === 'short') {
      const accepted = list('accepted');
      return accepted && { kind, accepted };
    }
    return undefined;
  } catch {
    return undefined;
  }
}
