/**
 * What the benchmark scripts share: a built site served on 127.0.0.1 by
 * `astro preview`, and the median of repeated measurements.
 */
import { spawn } from 'node:child_process';
import type { Page } from '@playwright/test';

export interface PreviewOptions {
  /** Project root to serve, e.g. bench/baseline; the site itself by default. */
  root?: string;
  env?: Record<string, string>;
}

/** Serves a built site on 127.0.0.1:`port` and resolves with a stop function once it answers. */
export async function startPreview(port: number, { root, env = {} }: PreviewOptions = {}): Promise<() => void> {
  const args = ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port), ...(root ? ['--root', root] : [])];
  const child = spawn('astro', args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  const stop = () => child.kill();
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return stop;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`astro preview${root ? ` --root ${root}` : ''} did not answer on port ${port}`);
}

/** The middle value (the mean of the two middle values for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** What starts a timing in the page: how a reader reaches for a sandbox, presses Run, focuses its editor, or nothing (already under way). */
export type PageAction = 'reach' | 'run' | 'focus' | 'none';

/**
 * Milliseconds, measured in the page with a MutationObserver, from `action`
 * on the element `root` until `root` holds `count` elements matching `until`.
 * `reach` scrolls to it and sends what a pointer coming over its toolbar
 * sends (client:intent hydrates on it); `run` clicks its Run button; `focus`
 * focuses its editor.
 */
export function timeInPage(page: Page, root: string, action: PageAction, until: string, count = 1): Promise<number> {
  return page.evaluate(
    ({ root, action, until, count }) =>
      new Promise<number>((resolve) => {
        const element = document.querySelector(root)!;
        const started = performance.now();
        const check = () => {
          if (element.querySelectorAll(until).length < count) return;
          observer.disconnect();
          resolve(performance.now() - started);
        };
        const observer = new MutationObserver(check);
        observer.observe(element, { subtree: true, childList: true, attributes: true });
        if (action === 'reach') {
          element.scrollIntoView();
          element.querySelector('.sandbox-toolbar')?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
        } else if (action === 'run') {
          [...element.querySelectorAll('button')].find((b) => b.textContent?.trim().endsWith('Run'))?.click();
        } else if (action === 'focus') {
          element.querySelector<HTMLElement>('.cm-content')?.focus();
        }
        check();
      }),
    { root, action, until, count },
  );
}
