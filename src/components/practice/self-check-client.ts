/**
 * The page's script for SelfCheck.astro. Without it the questions are plain
 * form controls with their answers in <details>; with it each question gets a
 * Check button, a verdict in words (not only in colour), a score for the
 * topic and a Reset, and checked answers survive a reload (progress-store.ts).
 *
 * Verdicts and the score are plain text; what changed is announced once, in
 * one polite live region, so restoring a reader's answers on load announces
 * nothing and a check is read as one sentence ("Question 2: Correct. Score: 3/7.").
 */
import { interpolate } from '../../interpolate.ts';
import { isCorrect, isEmptyAnswer, parseAnswerKey, type AnswerKey, type ReaderAnswer } from './answer-check.ts';
import { practiceSummary } from './practice-summary.ts';
import { emptyProgress, progressStore, type Progress } from './progress-store.ts';

type Strings = Record<string, string>;
type Verdict = 'correct' | 'incorrect' | 'unanswered';

interface QuestionView {
  id: string;
  number: string;
  key: AnswerKey;
  element: HTMLFieldSetElement;
  inputs: HTMLInputElement[];
  feedback: HTMLElement;
  details: HTMLDetailsElement | null;
}

const icons: Record<Verdict, string> = { correct: '✓', incorrect: '✗', unanswered: '!' };

function readStrings(root: HTMLElement): Strings {
  try {
    const value: unknown = JSON.parse(root.dataset.strings ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Strings) : {};
  } catch {
    return {};
  }
}

function questionView(element: HTMLFieldSetElement): QuestionView | undefined {
  const key = parseAnswerKey(element.dataset.answerKey);
  const feedback = element.querySelector<HTMLElement>('[data-self-check-feedback]');
  const { question: id, number } = element.dataset;
  if (!key || !feedback || !id || !number) return undefined;
  return {
    id,
    number,
    key,
    element,
    inputs: [...element.querySelectorAll<HTMLInputElement>('input')],
    feedback,
    details: element.querySelector('details'),
  };
}

function answerOf(question: QuestionView): ReaderAnswer {
  if (question.key.kind === 'short') return question.inputs[0]?.value ?? '';
  return question.inputs.filter((input) => input.checked).map((input) => input.value);
}

/** Puts a saved answer back into the inputs; `false` when it no longer fits the question (its options changed). */
function restoreAnswer(question: QuestionView, answer: ReaderAnswer): boolean {
  if (question.key.kind === 'short') {
    const [input] = question.inputs;
    if (typeof answer !== 'string' || !input) return false;
    input.value = answer;
    return true;
  }
  if (typeof answer === 'string' || answer.some((id) => !question.inputs.some((input) => input.value === id))) return false;
  for (const input of question.inputs) input.checked = answer.includes(input.value);
  return true;
}

export function initSelfCheck(root: HTMLElement): void {
  const topic = root.dataset.selfCheck;
  if (!topic) return;
  const strings = readStrings(root);
  const t = (key: string, values?: Record<string, string | number>) => interpolate(strings[`selfCheck.${key}`] ?? key, values);
  const questions = [...root.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')]
    .map(questionView)
    .filter((question) => question !== undefined);
  const score = root.querySelector<HTMLElement>('[data-self-check-score]');
  const announcer = root.querySelector<HTMLElement>('[data-self-check-announcer]');
  const storageNotice = root.querySelector<HTMLElement>('[data-self-check-storage]');
  const store = progressStore(topic);
  const results = new Map<string, boolean>();

  const scoreText = () => {
    const correct = [...results.values()].filter(Boolean).length;
    const text = t('score', { correct, total: questions.length });
    return correct === questions.length ? `${text} ${t('complete')}` : text;
  };
  const summary = practiceSummary();
  const showScore = () => {
    if (score) score.textContent = scoreText();
    // The sidebar's marker follows the score (practice-summary.ts); unchanged scores write nothing.
    const correct = [...results.values()].filter(Boolean).length;
    if (summary.topic(topic).questions !== correct) summary.setQuestions(topic, correct);
  };
  const announce = (message: string) => {
    // The same sentence twice in a row (two wrong tries) is still a change for screen readers.
    if (announcer) announcer.textContent = announcer.textContent === message ? `${message}\u00a0` : message;
  };
  const storageFailed = () => {
    if (storageNotice) storageNotice.hidden = false;
  };

  const loaded = store.load();
  let progress: Progress = loaded.progress;
  if (!loaded.readable) storageFailed();
  const save = () => {
    if (!store.save(progress)) storageFailed();
  };

  const showVerdict = (question: QuestionView, verdict: Verdict | undefined) => {
    if (verdict) question.element.dataset.state = verdict;
    else delete question.element.dataset.state;
    if (!verdict) {
      question.feedback.replaceChildren();
      return;
    }
    const icon = document.createElement('span');
    icon.className = 'self-check__icon';
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = icons[verdict];
    question.feedback.replaceChildren(icon, ` ${t(verdict)}`);
    if (verdict !== 'unanswered' && question.details) question.details.open = true;
  };

  const check = (question: QuestionView) => {
    const answer = answerOf(question);
    if (isEmptyAnswer(answer)) {
      showVerdict(question, 'unanswered');
      announce(t('verdict', { number: question.number, verdict: t('unanswered') }));
      return;
    }
    const correct = isCorrect(question.key, answer);
    results.set(question.id, correct);
    showVerdict(question, correct ? 'correct' : 'incorrect');
    showScore();
    progress = { ...progress, answers: { ...progress.answers, [question.id]: answer } };
    save();
    announce(`${t('verdict', { number: question.number, verdict: t(correct ? 'correct' : 'incorrect') })} ${scoreText()}`);
  };

  /** A changed answer is no longer the one that was checked: its verdict goes, until it is checked again. */
  const forget = (question: QuestionView) => {
    if (!question.element.dataset.state) return;
    showVerdict(question, undefined);
    if (!results.delete(question.id)) return;
    const answers = { ...progress.answers };
    delete answers[question.id];
    progress = { ...progress, answers };
    save();
    showScore();
  };

  for (const question of questions) {
    const saved = progress.answers[question.id];
    if (saved !== undefined && restoreAnswer(question, saved) && !isEmptyAnswer(saved)) {
      const correct = isCorrect(question.key, saved);
      results.set(question.id, correct);
      showVerdict(question, correct ? 'correct' : 'incorrect');
    }
    question.element.querySelector<HTMLButtonElement>('[data-self-check-check]')?.addEventListener('click', () => check(question));
    for (const input of question.inputs) {
      input.addEventListener('input', () => forget(question));
      input.addEventListener('change', () => forget(question));
      if (input.type === 'text') {
        // No <form> around a question (it would submit and reload without JavaScript), so Enter checks here.
        input.addEventListener('keydown', (event) => {
          if (event.key === 'Enter' && !event.isComposing) {
            event.preventDefault();
            check(question);
          }
        });
      }
    }
    for (const hidden of question.element.querySelectorAll<HTMLElement>('[data-self-check-js]')) hidden.hidden = false;
  }

  root.querySelector<HTMLButtonElement>('[data-self-check-reset]')?.addEventListener('click', () => {
    progress = emptyProgress();
    results.clear();
    if (!store.clear()) storageFailed();
    for (const question of questions) {
      for (const input of question.inputs) {
        if (input.type === 'text') input.value = '';
        else input.checked = false;
      }
      showVerdict(question, undefined);
      if (question.details) question.details.open = false;
    }
    showScore();
    announce(`${t('cleared')} ${scoreText()}`);
  });

  showScore();
  for (const hidden of root.querySelectorAll<HTMLElement>(':scope > [data-self-check-js]')) hidden.hidden = false;
}
