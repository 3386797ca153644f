/**
 * What the sandbox specs do as a reader: wait for the editor, replace its
 * code, press Run and read the output panel and the editor back.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export const runLabel = { ro: 'Rulează', en: 'Run' } as const;
export const stopLabel = { ro: 'Oprește', en: 'Stop' } as const;
export const resetLabel = { ro: 'Resetează', en: 'Reset' } as const;
export const copyLabel = { ro: 'Copiază', en: 'Copy' } as const;

export const sandboxOn = (page: Page, id: string) => page.locator(`[data-sandbox="${id}"]`);

/** Loads the editor as a reader does: it hydrates when a pointer comes over the sandbox (client:intent). */
export async function hydrate(sandbox: Locator): Promise<void> {
  await sandbox.scrollIntoViewIfNeeded();
  await sandbox.locator('.sandbox-toolbar').hover();
  // The editor's bundle is large: give it time on a busy machine.
  await expect(sandbox.locator('.sandbox-shell[data-ready="true"] .cm-content')).toBeVisible({ timeout: 20_000 });
}

export const output = (sandbox: Locator) =>
  sandbox.locator('[data-entry-text]').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.replace(/\n$/, '')).join('\n'));

export async function run(sandbox: Locator, locale: 'ro' | 'en', finalState = 'done'): Promise<string> {
  await sandbox.getByRole('button', { name: runLabel[locale], exact: true }).click();
  await expect(sandbox.locator('.sandbox-shell')).toHaveAttribute('data-state', finalState, { timeout: 10_000 });
  return output(sandbox);
}

export const editorText = (sandbox: Locator) =>
  sandbox.locator('.cm-line').evaluateAll((lines) => lines.map((line) => line.textContent ?? '').join('\n'));

export async function replaceCode(page: Page, sandbox: Locator, code: string): Promise<void> {
  await sandbox.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
}
