/**
 * A sandbox readers can trust, tried as a reader (and a hostile one) would:
 * what was typed survives Run, Ctrl+Enter, Copy, a theme switch and output
 * arriving mid-typing; messages forged by the reader's code are never taken
 * for the runner's; the time limit covers timers, with Stop; huge outputs
 * keep the page answering, say what they cut and keep the DOM small.
 */
import type { Locator, Page } from '@playwright/test';
import { sandboxCode } from '../lib/sandboxes.ts';
import { locales, pagePath } from '../lib/site.ts';
import { expect, test } from './fixtures.ts';
import { copyLabel, editorText, hydrate, output, replaceCode, resetLabel, run, runLabel, sandboxOn, stopLabel } from './sandbox-helpers.ts';

const marker = "console.log('TYPED-MARKER');";
const state = (sandbox: Locator) => sandbox.locator('.sandbox-shell');

test.describe('edits are the reader\'s', () => {
  for (const locale of locales) {
    const lang = locale.code;

    test(`${lang}: typed code survives Run, a second Run, Ctrl+Enter, Copy and a theme switch; Reset restores it`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(pagePath(locale, 'urls'));
      const sandbox = sandboxOn(page, 'url-parts');
      await hydrate(sandbox);
      await replaceCode(page, sandbox, marker);

      expect(await run(sandbox, lang)).toBe('TYPED-MARKER');
      expect(await editorText(sandbox), 'after Run').toBe(marker);
      expect(await run(sandbox, lang), 'a second Run runs the edit').toBe('TYPED-MARKER');
      expect(await editorText(sandbox), 'after the second Run').toBe(marker);

      await sandbox.locator('.cm-content').click();
      await page.keyboard.press('Control+Enter');
      await expect(state(sandbox)).toHaveAttribute('data-state', 'done');
      expect(await output(sandbox)).toBe('TYPED-MARKER');
      expect(await editorText(sandbox), 'after Ctrl+Enter').toBe(marker);

      await sandbox.getByRole('button', { name: copyLabel[lang], exact: true }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(marker);
      expect(await editorText(sandbox), 'after Copy').toBe(marker);

      const theme = await page.evaluate(() => document.documentElement.dataset.theme);
      await page.evaluate((t) => (document.documentElement.dataset.theme = t === 'light' ? 'dark' : 'light'), theme);
      await expect.poll(() => sandbox.locator('.cm-editor').evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe('');
      expect(await editorText(sandbox), 'after a theme switch').toBe(marker);
      expect(await run(sandbox, lang), 'Run after the theme switch').toBe('TYPED-MARKER');

      await sandbox.getByRole('button', { name: resetLabel[lang], exact: true }).click();
      await expect.poll(() => editorText(sandbox)).toBe(sandboxCode('url-parts', lang));
      expect(await run(sandbox, lang)).not.toContain('TYPED-MARKER');
    });

    test(`${lang}: text typed while output arrives is kept`, async ({ page }) => {
      await page.goto(pagePath(locale, 'urls'));
      const sandbox = sandboxOn(page, 'build-endpoint');
      await hydrate(sandbox);
      const ticking = "let i = 0;\nconst id = setInterval(() => console.log('tick', ++i), 50);\nsetTimeout(() => clearInterval(id), 1500);";
      await replaceCode(page, sandbox, ticking);
      await sandbox.getByRole('button', { name: runLabel[lang], exact: true }).click();
      await expect(sandbox.locator('[data-entry-text]').first()).toHaveText('tick 1');
      // Type at the end of the code, a few characters at a time, while batches arrive.
      await sandbox.locator('.cm-content').click();
      await page.keyboard.press('ControlOrMeta+End');
      for (const piece of ['\n// typed', ' while', ' ticking']) {
        await page.keyboard.type(piece);
        await page.waitForTimeout(150);
      }
      await expect(state(sandbox)).toHaveAttribute('data-state', 'done', { timeout: 10_000 });
      expect(await editorText(sandbox)).toBe(`${ticking}\n// typed while ticking`);
      expect((await output(sandbox)).split('\n').length).toBeGreaterThan(10);
    });
  }
});

/** Messages shaped like the runner's, posted by the reader's code to the worker's own global. */
const forgeries = [
  "{ type: 'batch', entries: null, dropped: 0, requests: [], droppedRequests: 0 }",
  "{ type: 'entries', entries: [{ kind: 'log', level: 'log', args: [{ t: 'array', name: '', items: null, more: 0 }], depth: -1 }], dropped: 0 }",
  "{ type: 'batch', entries: [{ kind: 'text', level: 'log', text: { a: 1 }, cut: -1 }], dropped: 0, requests: [{ method: 'GET' }], droppedRequests: 0 }",
  "{ type: 'request', entry: { method: 'GET', url: 'x', status: 200 } }",
  "{ type: 'crash', message: 'forged crash' }",
  "{ type: 'done', durationMs: 1 }",
];

test.describe('the runner trusts only its own channel', () => {
  test('forged messages posted by reader code are ignored and the sandbox keeps working', async ({ page }) => {
    await page.goto(pagePath(locales[1], 'crud'));
    const sandbox = sandboxOn(page, 'crud');
    await hydrate(sandbox);
    const post = forgeries.map((message) => `(self as unknown as { postMessage(m: unknown): void }).postMessage(${message});`).join('\n');
    await replaceCode(page, sandbox, `${post}\nconsole.table([{ a: 1 }], [{}] as never);\nconsole.log('after the forgeries');`);
    expect(await run(sandbox, 'en')).toBe('(index)\t[object Object]\n0\t\nafter the forgeries');
    await expect(sandbox.locator('[data-status="panel-failed"], [data-status="failed"], [data-status="malformed"]')).toHaveCount(0);
    await replaceCode(page, sandbox, "console.log('next run');");
    expect(await run(sandbox, 'en')).toBe('next run');
  });

  test('a forged "done" cannot switch the time limit off', async ({ page }) => {
    await page.goto(pagePath(locales[0], 'crud'));
    const sandbox = sandboxOn(page, 'crud');
    await hydrate(sandbox);
    await replaceCode(page, sandbox, "(self as unknown as { postMessage(m: unknown): void }).postMessage({ type: 'done', durationMs: 1 });\nconsole.log('spinning');\nfor (;;) {}");
    await sandbox.getByRole('button', { name: runLabel.ro, exact: true }).click();
    await expect(sandbox.locator('[data-entry-text]')).toHaveText(['spinning']);
    await page.waitForTimeout(1500);
    await expect(state(sandbox), 'still running after the forged done').toHaveAttribute('data-state', 'running');
    await expect(state(sandbox)).toHaveAttribute('data-state', 'timed-out', { timeout: 10_000 });
    await expect(sandbox.locator('[data-status="timed-out"]')).toBeVisible();
  });
});

test.describe('the time limit covers the whole run', () => {
  for (const locale of locales) {
    const lang = locale.code;

    test(`${lang}: a setInterval run shows running with Stop; Stop (from the keyboard) ends it and no tick arrives after`, async ({ page }) => {
      await page.goto(pagePath(locale, 'crud'));
      const sandbox = sandboxOn(page, 'crud');
      await hydrate(sandbox);
      const stop = sandbox.getByRole('button', { name: stopLabel[lang], exact: true });
      await expect(stop).toBeDisabled();
      await replaceCode(page, sandbox, "let i = 0;\nsetInterval(() => console.log('tick ' + ++i), 100);");
      await sandbox.getByRole('button', { name: runLabel[lang], exact: true }).click();
      await expect(sandbox.locator('[data-entry-text]').nth(2)).toHaveText('tick 3');
      await expect(state(sandbox)).toHaveAttribute('data-state', 'running');
      await expect(sandbox.locator('.sandbox-log')).toHaveAttribute('aria-busy', 'true');
      await expect(stop).toBeEnabled();
      await stop.focus();
      await page.keyboard.press('Enter');
      await expect(state(sandbox)).toHaveAttribute('data-state', 'stopped');
      await expect(sandbox.locator('[data-status="stopped"]')).toBeVisible();
      await expect(stop).toBeDisabled();
      const ticks = await sandbox.locator('[data-entry-text]').count();
      await page.waitForTimeout(600);
      expect(await sandbox.locator('[data-entry-text]').count(), 'no tick after Stop').toBe(ticks);
      await replaceCode(page, sandbox, "console.log('again');");
      expect(await run(sandbox, lang)).toBe('again');
    });
  }

  test('a busy loop started by a timer after the top level has finished is terminated at the limit', async ({ page }) => {
    await page.goto(pagePath(locales[1], 'crud'));
    const sandbox = sandboxOn(page, 'crud');
    await hydrate(sandbox);
    await replaceCode(page, sandbox, "setTimeout(() => { for (;;) {} }, 200);\nconsole.log('scheduled');");
    const started = Date.now();
    await sandbox.getByRole('button', { name: runLabel.en, exact: true }).click();
    await expect(sandbox.locator('[data-entry-text]')).toHaveText(['scheduled']);
    await page.waitForTimeout(1000);
    await expect(state(sandbox)).toHaveAttribute('data-state', 'running');
    await expect(state(sandbox)).toHaveAttribute('data-state', 'timed-out', { timeout: 10_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(5000);
    await replaceCode(page, sandbox, "console.log('fresh');");
    expect(await run(sandbox, 'en')).toBe('fresh');
  });
});

/**
 * A page that renders everything it was sent freezes for many seconds; a page
 * that bounds its output never comes near this. How long its tasks really take
 * is measured in `bench/sandbox-output.ts` (part of `npm run bench`), against a
 * baseline in the same run: a tight bound here would only measure how busy the
 * machine running the tests is.
 */
const frozenMs = 2_000;

/** Records the longest main-thread task, in the page, from now on. */
async function watchMainThread(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

/** The DOM of a sandbox stays under this many elements, whatever it printed (see limits.ts). */
const maxSandboxElements = 6_000;

test.describe('huge output keeps the page answering', () => {
  const cases: [string, string, RegExp][] = [
    ['a 50 MB string', "console.log('x'.repeat(50_000_000));", /characters not shown: 49990000/],
    ['a 100 000-row table', "console.table(Array.from({ length: 100_000 }, (_, i) => ({ id: i, name: 'user' + i })));", /Rows not shown: 99950/],
    ['100 000 nested groups', "for (let i = 0; i < 100_000; i++) console.group('level ' + i);\nconsole.log('deep');", /earlier lines are no longer shown/],
  ];
  for (const [name, code, notice] of cases) {
    test(`${name}: the page never freezes, a cut notice, a bounded DOM`, async ({ page }) => {
      await page.goto(pagePath(locales[1], 'crud'));
      const sandbox = sandboxOn(page, 'crud');
      await hydrate(sandbox);
      await replaceCode(page, sandbox, code);
      const longest = await watchMainThread(page);
      await sandbox.getByRole('button', { name: runLabel.en, exact: true }).click();
      await expect(state(sandbox)).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
      await expect(sandbox.locator('.sandbox-log')).toContainText(notice);
      expect(await longest(), 'longest main-thread task, ms').toBeLessThan(frozenMs);
      expect(await sandbox.evaluate((element) => element.querySelectorAll('*').length)).toBeLessThan(maxSandboxElements);
      // The editor and the next run still work.
      await replaceCode(page, sandbox, "console.log('after');");
      expect(await run(sandbox, 'en')).toBe('after');
    });
  }
});
