/**
 * Marks each topic in the sidebar with the reader's practice on it: "4/9"
 * (self-check questions right plus exercises solved, of the topic's total),
 * "✓" when all is done, nothing when not started. It follows changes made on
 * the page (the `practice-progress` event) and leaves the sidebar as it was
 * when storage cannot be read.
 */
import { interpolate } from '../../interpolate.ts';
import { practiceSummary, progressEvent } from './practice-summary.ts';

function readTotals(element: HTMLElement | null): Record<string, number> {
  try {
    const value: unknown = JSON.parse(element?.dataset.practiceTotals ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/** The topic a sidebar link leads to: the last segment of its path (`/en/crud/` → crud). */
const topicOf = (link: HTMLAnchorElement) => new URL(link.href).pathname.split('/').filter(Boolean).at(-1) ?? '';

export function showPracticeMarkers(): void {
  const source = document.querySelector<HTMLElement>('[data-practice-totals]');
  const totals = readTotals(source);
  const label = source?.dataset.practiceLabel ?? '{{done}}/{{total}}';
  const summary = practiceSummary();

  const update = () => {
    const { topics } = summary.read();
    for (const link of document.querySelectorAll<HTMLAnchorElement>('#starlight__sidebar a[href]')) {
      const topic = topicOf(link);
      const total = totals[topic];
      link.querySelector('.practice-marker')?.remove();
      const progress = topics[topic];
      if (!total || !progress) continue;
      const done = Math.min(total, progress.questions + progress.solved.length);
      if (done === 0) continue;
      const marker = document.createElement('span');
      marker.className = 'practice-marker';
      marker.dataset.complete = String(done === total);
      const visible = document.createElement('span');
      visible.setAttribute('aria-hidden', 'true');
      visible.textContent = done === total ? '✓' : `${done}/${total}`;
      const spoken = document.createElement('span');
      spoken.className = 'sr-only';
      spoken.textContent = interpolate(label, { done, total });
      marker.append(visible, spoken);
      link.append(marker);
    }
  };
  update();
  window.addEventListener(progressEvent, update);
  // Another tab practised: the sidebar here follows.
  window.addEventListener('storage', update);
}
