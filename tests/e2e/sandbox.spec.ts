/**
 * Live sandboxes in a real browser, in both locales: static code before
 * hydration, the expected output after Run, editing, Reset, the time limit
 * on a runaway loop, isolation from the page, the output cap, keyboard use
 * and accessibility. The fixture fails any test whose page requests another
 * host, so all of this also proves the sandboxes never leave 127.0.0.1.
 */
import { exercises } from '../../src/exercises/index.ts';
import { expectedOutput, pagesWithSandboxes, sandboxCode, sandboxesOnPage } from '../lib/sandboxes.ts';
import { locales, pagePath } from '../lib/site.ts';
import { expect, gotoWithTheme, test } from './fixtures.ts';
import { wcagViolations } from './axe.ts';
import { editorText, hydrate, output, replaceCode, resetLabel, run, runLabel, sandboxOn } from './sandbox-helpers.ts';

/** The pages that show sandboxes, read from their `<Sandbox id="..." />` elements (`sandboxesOnPage` gives each locale's, in order). */
const pages = pagesWithSandboxes();

test.describe('sandboxes', () => {
  for (const locale of locales) {
    const lang = locale.code;

    test(`${lang}: the static code is there before any JavaScript, with the page's comments`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
      const page = await context.newPage();
      for (const slug of pages) {
        const ids = sandboxesOnPage(slug, lang);
        await page.goto(pagePath(locale, slug));
        // The page's own sandboxes, then one per coding exercise (src/exercises/).
        const exerciseCount = exercises.filter((exercise) => exercise.topic === slug).length;
        await expect(page.locator('[data-sandbox]')).toHaveCount(ids.length + exerciseCount);
        for (const id of ids) {
          const firstLine = sandboxCode(id, lang).split('\n')[0] ?? '';
          await expect(sandboxOn(page, id).locator('.expressive-code')).toContainText(firstLine.trim());
        }
      }
      await context.close();
    });

    for (const slug of pages) {
      test(`${lang} /${pagePath(locale, slug)}: every sandbox prints its expected output`, async ({ page }) => {
        test.setTimeout(60_000);
        await page.goto(pagePath(locale, slug));
        for (const id of sandboxesOnPage(slug, lang)) {
          const sandbox = sandboxOn(page, id);
          await hydrate(sandbox);
          expect(await run(sandbox, lang), id).toBe(expectedOutput(id, lang));
        }
      });
    }

    test(`${lang}: edited code runs; Reset restores the original code`, async ({ page }) => {
      await page.goto(pagePath(locale, 'request'));
      const sandbox = sandboxOn(page, 'query-params');
      await hydrate(sandbox);
      const original = await editorText(sandbox);
      expect(original).toBe(sandboxCode('query-params', lang));
      await replaceCode(page, sandbox, 'const answer: number = 6 * 7;\nconsole.log({ answer });');
      expect(await run(sandbox, lang)).toBe('{ answer: 42 }');
      await sandbox.getByRole('button', { name: resetLabel[lang], exact: true }).click();
      await expect.poll(() => editorText(sandbox)).toBe(original);
    });

    test(`${lang}: a runaway loop is stopped, the page stays responsive and Run works again`, async ({ page }) => {
      await page.goto(pagePath(locale, 'crud'));
      const sandbox = sandboxOn(page, 'crud');
      await hydrate(sandbox);
      await replaceCode(page, sandbox, "console.log('start');\nwhile (true) {}");
      await sandbox.getByRole('button', { name: runLabel[lang], exact: true }).click();
      // While the worker spins, the page still answers: the search dialog opens and closes.
      await page.locator('site-search button[data-open-modal]').first().click();
      await expect(page.locator('dialog[aria-label]').first()).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(sandbox.locator('.sandbox-shell')).toHaveAttribute('data-state', 'timed-out', { timeout: 10_000 });
      await expect(sandbox.locator('[data-status="timed-out"]')).toContainText(lang === 'ro' ? 'oprită după 5 s' : 'Stopped after 5 s');
      await replaceCode(page, sandbox, "console.log('again');");
      expect(await run(sandbox, lang)).toBe('again');
    });
  }

  test('code cannot reach the page: document, localStorage, parent and cookies are not there', async ({ page, context }) => {
    await context.addCookies([{ name: 'secret', value: 'page-cookie', url: 'http://127.0.0.1/' }]);
    await page.goto(pagePath(locales[1], 'request'));
    await page.evaluate(() => localStorage.setItem('secret', 'page-storage'));
    const sandbox = sandboxOn(page, 'query-params');
    await hydrate(sandbox);
    const probes = ['document.title', 'localStorage.getItem("secret")', 'parent.document.title', 'document.cookie', 'window.top'];
    await replaceCode(
      page,
      sandbox,
      probes.map((probe) => `try { console.log(${probe}); } catch (error) { console.log(String(error)); }`).join('\n'),
    );
    expect((await run(sandbox, 'en')).split('\n')).toEqual([
      'ReferenceError: document is not defined',
      'ReferenceError: localStorage is not defined',
      'ReferenceError: parent is not defined',
      'ReferenceError: document is not defined',
      'ReferenceError: window is not defined',
    ]);
    // An uncaught access is reported with its line in the TypeScript source.
    await replaceCode(page, sandbox, 'const x: number = 1;\nconsole.log(x);\nconsole.log(document.cookie);');
    expect(await run(sandbox, 'en')).toBe('1\nUncaught ReferenceError: document is not defined\n    at index.ts:3');
    await expect(sandbox.locator('.sandbox-entry-error .sandbox-sr-only')).toHaveText('Error:');
  });

  test('100 000 console.log calls keep the page responsive and show only the last lines', async ({ page }) => {
    await page.goto(pagePath(locales[1], 'crud'));
    const sandbox = sandboxOn(page, 'crud');
    await hydrate(sandbox);
    await replaceCode(page, sandbox, 'for (let i = 0; i < 100_000; i++) console.log(i);');
    const text = await run(sandbox, 'en');
    const lines = text.split('\n');
    expect(lines.length).toBeLessThanOrEqual(1000);
    expect(lines.at(-1)).toBe('99999');
    await expect(sandbox.locator('.sandbox-note').first()).toContainText('earlier lines are no longer shown');
    await sandbox.getByRole('button', { name: 'Clear', exact: true }).click();
    await expect(sandbox.locator('[data-entry-text]')).toHaveCount(0);
  });

  test('keyboard: Ctrl+Enter runs; Esc then Tab leaves the editor', async ({ page }) => {
    await page.goto(pagePath(locales[0], 'status-codes'));
    const sandbox = sandboxOn(page, 'etag');
    await hydrate(sandbox);
    await sandbox.locator('.cm-content').click();
    await page.keyboard.press('Control+Enter');
    await expect(sandbox.locator('.sandbox-shell')).toHaveAttribute('data-state', 'done');
    expect(await output(sandbox)).toBe(expectedOutput('etag', 'ro'));
    expect(await editorText(sandbox), 'Ctrl+Enter inserts nothing').toBe(sandboxCode('etag', 'ro'));
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const focusedInEditor = await page.evaluate(() => Boolean(document.activeElement?.closest('.sandbox-code')));
    expect(focusedInEditor).toBe(false);
    await expect(sandbox.getByRole('button', { name: 'Golește' })).toBeFocused();
  });

  test('the editor follows the theme switch live', async ({ page }) => {
    await gotoWithTheme(page, pagePath(locales[1], 'crud'), 'dark');
    const sandbox = sandboxOn(page, 'crud');
    await hydrate(sandbox);
    const background = () => sandbox.locator('.cm-editor').evaluate((e) => getComputedStyle(e).backgroundColor);
    const dark = await background();
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
    await expect.poll(background).not.toBe(dark);
  });

  test('no editor JavaScript on a page without a sandbox', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    for (const locale of locales) {
      await page.goto(pagePath(locale, 'network-protocols'));
      await page.mouse.wheel(0, 5000);
      await page.waitForLoadState('networkidle');
    }
    expect(scripts.filter((url) => /SandboxEditor|sandpack|worker|UrlExplorer|client\./i.test(url))).toEqual([]);
  });

  test('the URL explorer parses as you type and shows the parser error', async ({ page }) => {
    await page.goto(pagePath(locales[1], 'urls'));
    const explorer = page.locator('.url-explorer');
    await explorer.scrollIntoViewIfNeeded();
    const input = explorer.getByLabel('Type a URL');
    await expect(explorer.locator('.url-explorer__part--hostname').first()).toHaveText('www.example.com');
    // Astro removes `ssr` from the island once React has hydrated it; typing earlier would be lost.
    await expect(page.locator('astro-island:has(.url-explorer)')).not.toHaveAttribute('ssr');
    await input.fill('http://user@Example.COM:80/a/../b?x=1#top');
    await expect(explorer.locator('.url-explorer-href')).toHaveText('http://user@example.com/b?x=1#top');
    await expect(explorer.locator('.url-explorer__row--port dd')).toHaveText('default: 80');
    await input.fill('not a url');
    await expect(explorer.locator('.url-explorer-error')).toContainText('does not accept');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const [locale, slug, ranId] of [
      [locales[0], 'request', 'login'],
      [locales[1], 'urls', 'build-endpoint'],
    ] as const) {
      test(`axe: no WCAG 2.1 AA violation on /${pagePath(locale, slug)} after hydration and a run (${theme})`, async ({ page }) => {
        // axe checks the contrast of every editor token: slow on a page with several editors.
        test.setTimeout(120_000);
        await gotoWithTheme(page, pagePath(locale, slug), theme);
        for (const id of sandboxesOnPage(slug, locale.code)) await hydrate(sandboxOn(page, id));
        const sandbox = sandboxOn(page, ranId);
        await sandbox.scrollIntoViewIfNeeded();
        await run(sandbox, locale.code);
        await sandbox.locator('.sandbox-network > summary').click();
        await sandbox.locator('.sandbox-request > summary').first().click();
        expect(await wcagViolations(page)).toEqual([]);
      });
    }
  }
});
