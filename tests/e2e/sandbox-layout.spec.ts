/**
 * The sandbox as it first appears and once its editor has loaded: the same
 * height (within 4 px) at phone and desktop widths in both themes, an editor
 * whose scrolling area fills its box (no blank region), the output panel
 * right under the code; and a Run pressed before the editor's script has
 * arrived is carried out once it has.
 */
import type { Locator, Page } from '@playwright/test';
import { expectedOutput, pagesWithSandboxes, sandboxesOnPage } from '../lib/sandboxes.ts';
import { locales, pagePath } from '../lib/site.ts';
import { afterNextPaint, expect, gotoWithTheme, test } from './fixtures.ts';
import { hydrate, output, runLabel, sandboxOn } from './sandbox-helpers.ts';

const box = (locator: Locator) => locator.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);

async function layoutOf(sandbox: Locator) {
  const code = sandbox.locator('.sandbox-static, .sandbox-code').first();
  return { sandbox: await box(sandbox), code: await box(code), output: await box(sandbox.locator('.sandbox-output')) };
}

/** Every width and theme a sandbox is checked at. */
const views = [360, 1280].flatMap((width) => (['light', 'dark'] as const).map((theme) => ({ width, theme })));

/** Lays the page out at a width and in a theme, and measures one sandbox. */
async function measureIn(page: Page, sandbox: Locator, view: (typeof views)[number]) {
  await page.setViewportSize({ width: view.width, height: 900 });
  await page.evaluate((theme) => (document.documentElement.dataset.theme = theme), view.theme);
  await sandbox.scrollIntoViewIfNeeded();
  await afterNextPaint(page);
  return layoutOf(sandbox);
}

test.describe('sandbox layout', () => {
  for (const locale of locales) {
    for (const slug of pagesWithSandboxes()) {
      test(`${locale.code} /${pagePath(locale, slug)} at 360 and 1280 px, light and dark: the same height before and after the editor loads, no blank region`, async ({ page }) => {
        test.setTimeout(120_000);
        await gotoWithTheme(page, pagePath(locale, slug), 'light');
        const ids = sandboxesOnPage(slug, locale.code);
        // Every sandbox measured as the page first shows it, before any editor loads: the pointer kept
        // out of the way, since content scrolling under it would hydrate a sandbox early.
        await page.mouse.move(0, 0);
        const before = new Map<string, Awaited<ReturnType<typeof layoutOf>>>();
        for (const view of views) {
          for (const id of ids) before.set(`${id} ${view.width} ${view.theme}`, await measureIn(page, sandboxOn(page, id), view));
        }
        for (const id of ids) {
          expect(await sandboxOn(page, id).locator('.sandbox-shell').getAttribute('data-ready'), `${id}: measured before the editor`).toBe('false');
        }
        // The pointer off each toolbar again at once: as the width changes the page reflows under it,
        // and a sandbox further down would hydrate early.
        for (const id of ids) {
          await hydrate(sandboxOn(page, id));
          await page.mouse.move(0, 0);
        }
        for (const view of views) {
          for (const id of ids) {
            const sandbox = sandboxOn(page, id);
            const after = await measureIn(page, sandbox, view);
            const where = `${id} at ${view.width} px (${view.theme})`;
            const was = before.get(`${id} ${view.width} ${view.theme}`)!;
            expect(Math.abs(after.sandbox.height - was.sandbox.height), `${where}: sandbox height ${was.sandbox.height} → ${after.sandbox.height}`).toBeLessThanOrEqual(4);
            // The editor's scrolling element fills the code box: nothing blank below the last visible line.
            const scroller = await box(sandbox.locator('.cm-scroller'));
            expect(Math.abs(after.code.bottom - scroller.bottom), `${where}: blank region under the editor`).toBeLessThanOrEqual(2);
            expect(Math.abs(after.output.top - after.code.bottom), `${where}: the output follows the code`).toBeLessThanOrEqual(2);
          }
        }
      });
    }
  }
});

test.describe('a click before the editor has loaded', () => {
  /** Holds back the editor island's script, as a slow phone would take its time over it. */
  async function delayEditorScript(page: Page, ms: number): Promise<void> {
    await page.route(/SandboxEditor[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      await route.continue();
    });
  }

  for (const locale of locales) {
    test(`${locale.code}: Run pressed as soon as it shows is carried out once the editor arrives`, async ({ page }) => {
      await delayEditorScript(page, 1500);
      await page.goto(pagePath(locale, 'crud'));
      const sandbox = sandboxOn(page, 'crud');
      const run = sandbox.getByRole('button', { name: runLabel[locale.code], exact: true });
      await run.scrollIntoViewIfNeeded();
      // Nothing of the editor has loaded: the button is the server-rendered one, and it is enabled.
      await expect(sandbox.locator('.sandbox-shell')).toHaveAttribute('data-ready', 'false');
      await expect(run).toBeEnabled();
      await run.click();
      await expect(sandbox.locator('.sandbox-shell')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
      expect(await output(sandbox)).toBe(expectedOutput('crud', locale.code));
      // Once, not again: a later Run is the reader's own.
      await expect(sandbox.locator('[data-entry-text]').first()).toBeVisible();
    });
  }

  test('pressing on the static code before the editor arrives leaves the focus in the editor', async ({ page }) => {
    await delayEditorScript(page, 1000);
    await page.goto(pagePath(locales[1], 'crud'));
    const sandbox = sandboxOn(page, 'crud');
    await sandbox.locator('.sandbox-static').scrollIntoViewIfNeeded();
    await sandbox.locator('.sandbox-static').click();
    await expect(sandbox.locator('.cm-content')).toBeFocused({ timeout: 20_000 });
  });

  test('without JavaScript there are no controls that cannot work, and the code is there', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(pagePath(locales[1], 'crud'));
    const sandbox = sandboxOn(page, 'crud');
    await expect(sandbox.locator('.expressive-code')).toBeVisible();
    for (const button of await sandbox.locator('.sandbox-toolbar button').all()) await expect(button).toBeHidden();
    await expect(sandbox.locator('.sandbox-output')).toBeHidden();
    await context.close();
  });
});
