/**
 * The page's script for Exercises.astro. The sandbox island announces what a
 * Check found with an `exercise-checked` event (SandboxEditor.tsx); this marks
 * each check on the list the page already shows (passed / not yet, in words
 * and with an icon; the hint of a failed one), sums it up in one polite
 * announcement, and remembers a solved exercise (practice-summary.ts), which
 * shows as a "solved" badge on its heading after a reload too.
 */
import { interpolate } from '../../interpolate.ts';
import type { CheckOutcome } from '../sandbox/runner/protocol.ts';
import { practiceSummary, progressEvent } from './practice-summary.ts';

type CheckEvent =
  | { state: 'checking' }
  | { state: 'checked'; outcomes: CheckOutcome[] }
  | { state: 'unfinished'; reason: string };

function readStrings(root: HTMLElement): Record<string, string> {
  try {
    const value: unknown = JSON.parse(root.dataset.strings ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function isCheckEvent(value: unknown): value is CheckEvent {
  if (typeof value !== 'object' || value === null) return false;
  const { state, outcomes } = value as { state?: unknown; outcomes?: unknown };
  if (state === 'checked') return Array.isArray(outcomes);
  return state === 'checking' || state === 'unfinished';
}

export function initExercises(root: HTMLElement): void {
  const topic = root.dataset.exercises;
  if (!topic) return;
  const strings = readStrings(root);
  const t = (key: string, values?: Record<string, string | number>) => interpolate(strings[`exercise.${key}`] ?? key, values);
  const summary = practiceSummary();
  const sections = [...root.querySelectorAll<HTMLElement>('[data-exercise]')];
  const score = root.querySelector<HTMLElement>('[data-exercises-score]');
  const storageNotice = root.querySelector<HTMLElement>('[data-exercises-storage]');

  const showSolved = () => {
    const solved = new Set(summary.topic(topic).solved);
    for (const section of sections) {
      const badge = section.querySelector<HTMLElement>('[data-exercise-badge]');
      if (badge) badge.hidden = !solved.has(section.dataset.exercise ?? '');
    }
    const count = sections.filter((section) => solved.has(section.dataset.exercise ?? '')).length;
    if (score) score.textContent = t('score', { solved: count, total: sections.length });
  };

  for (const section of sections) {
    const id = section.dataset.exercise ?? '';
    const items = [...section.querySelectorAll<HTMLElement>('li[data-check]')];
    const summaryLine = section.querySelector<HTMLElement>('[data-exercise-summary]');
    const announcer = section.querySelector<HTMLElement>('[data-exercise-announcer]');
    const say = (text: string) => {
      if (summaryLine) summaryLine.textContent = text;
      // The same sentence twice in a row is still news for a screen reader.
      if (announcer) announcer.textContent = announcer.textContent === text ? `${text}\u00a0` : text;
    };
    const clearMarks = () => {
      for (const item of items) {
        item.removeAttribute('data-passed');
        for (const hidden of item.querySelectorAll<HTMLElement>('[data-verdict], [data-hint], [data-check-error]')) hidden.hidden = true;
      }
    };
    if (summary.topic(topic).solved.includes(id) && summaryLine) summaryLine.textContent = t('solvedBefore');

    section.addEventListener('exercise-checked', (event) => {
      const detail: unknown = (event as CustomEvent<unknown>).detail;
      if (!isCheckEvent(detail)) return;
      if (detail.state === 'checking') {
        clearMarks();
        if (summaryLine) summaryLine.textContent = t('checking');
        return;
      }
      if (detail.state === 'unfinished') {
        clearMarks();
        say(t('unfinished'));
        return;
      }
      const byId = new Map(detail.outcomes.map((outcome) => [outcome.id, outcome]));
      let passed = 0;
      for (const item of items) {
        const outcome = byId.get(item.dataset.check ?? '');
        const ok = outcome?.passed === true;
        if (ok) passed++;
        item.dataset.passed = String(ok);
        const verdict = item.querySelector<HTMLElement>('[data-verdict]');
        const icon = item.querySelector<HTMLElement>('[data-verdict-icon]');
        const text = item.querySelector<HTMLElement>('[data-verdict-text]');
        const hint = item.querySelector<HTMLElement>('[data-hint]');
        const error = item.querySelector<HTMLElement>('[data-check-error]');
        if (verdict) verdict.hidden = false;
        if (icon) icon.textContent = ok ? '✓' : '✗';
        if (text) text.textContent = t(ok ? 'passed' : 'failed');
        if (hint) hint.hidden = ok;
        // A checks module that could not load reports under "*": every check shows why.
        const problem = outcome?.error || byId.get('*')?.error || '';
        if (error) {
          error.hidden = ok || problem === '';
          error.textContent = problem ? t('checkError', { message: problem }) : '';
        }
      }
      const all = passed === items.length;
      say(`${t('summary', { passed, total: items.length })}${all ? ` ${t('solved')}` : ''}`);
      if (all && !summary.markSolved(topic, id) && storageNotice) storageNotice.hidden = false;
      showSolved();
    });
  }

  const bar = root.querySelector<HTMLElement>('[data-exercises-js]');
  if (bar) bar.hidden = false;
  root.querySelector('[data-exercises-reset]')?.addEventListener('click', () => {
    if (!summary.clearSolved(topic) && storageNotice) storageNotice.hidden = false;
    for (const section of sections) {
      const line = section.querySelector<HTMLElement>('[data-exercise-summary]');
      if (line?.textContent === t('solvedBefore')) line.textContent = '';
    }
    showSolved();
    const announcer = sections[0]?.querySelector<HTMLElement>('[data-exercise-announcer]');
    if (announcer) announcer.textContent = t('cleared');
  });
  window.addEventListener(progressEvent, showSolved);
  showSolved();
}
