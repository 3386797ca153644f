/**
 * The reader's code is theirs: edits survive a reload (per sandbox and
 * language) with a "modified" marker, Reset brings the original back and
 * forgets, Share makes a link that opens the same code elsewhere, and a link
 * that is damaged, oversized or meets a browser that refuses storage says so
 * and leaves the page working. Everything the reader sees is checked after
 * each step: the editor, the marker, the message, the address bar.
 */
import type { Locator, Page } from '@playwright/test';
import { shareFragment } from '../../src/components/sandbox/share-link.ts';
import { translator } from '../../src/i18n.ts';
import { sandboxCode } from '../lib/sandboxes.ts';
import { locales, pagePath } from '../lib/site.ts';
import { wcagViolations } from './axe.ts';
import { expect, gotoWithTheme, test } from './fixtures.ts';
import { editorText, hydrate, replaceCode, resetLabel, run, sandboxOn } from './sandbox-helpers.ts';

const shareLabel = { ro: 'Distribuie', en: 'Share' } as const;
const modifiedLabel = { ro: 'modificat', en: 'modified' } as const;
const edit = "console.log('MY-EDIT');";
const id = 'url-parts';

const marker = (sandbox: Locator) => sandbox.locator('.sandbox-modified');
const notice = (sandbox: Locator) => sandbox.locator('.sandbox-notice');
/** The editor is up without anyone pointing at it: kept code and shared links load it on their own. */
const ready = (sandbox: Locator) => expect(sandbox.locator('.sandbox-shell[data-ready="true"] .cm-content')).toBeVisible({ timeout: 20_000 });
const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

for (const locale of locales) {
  const lang = locale.code;
  const path = pagePath(locale, 'urls');
  const original = sandboxCode(id, lang);

  test.describe(`${lang}: kept edits`, () => {
    test('an edit survives a reload, marked modified; Reset restores the original and forgets it', async ({ page }) => {
      await page.goto(path);
      const sandbox = sandboxOn(page, id);
      await hydrate(sandbox);
      await expect(marker(sandbox)).toHaveCount(0);
      await replaceCode(page, sandbox, edit);
      await expect(marker(sandbox)).toHaveText(new RegExp(modifiedLabel[lang]));
      await expect(marker(sandbox)).toHaveAttribute('data-kept', 'kept');
      // The first keystrokes come before the first save: that is no reason to say storage is refused.
      await expect(notice(sandbox), 'a browser that keeps edits is not told it does not').toBeEmpty();
      // Reloaded at once: the last edit is saved when the page goes away, not only after the debounce.
      await page.reload();
      await ready(sandbox);
      expect(await editorText(sandbox)).toBe(edit);
      await expect(marker(sandbox)).toBeVisible();
      expect(await run(sandbox, lang), 'the kept code is what runs').toBe('MY-EDIT');
      expect(await editorText(sandbox), 'after Run').toBe(edit);

      await sandbox.getByRole('button', { name: resetLabel[lang], exact: true }).click();
      await expect.poll(() => editorText(sandbox)).toBe(original);
      await expect(marker(sandbox)).toHaveCount(0);
      expect(await stored(page, `sandbox-code:${lang}:${id}`)).toBeNull();
      await page.reload();
      // Nothing kept: the sandbox waits for the reader again, showing the original.
      await expect(sandbox.locator('.sandbox-static')).toBeVisible();
      await expect(sandbox.locator('.sandbox-shell')).toHaveAttribute('data-ready', 'false');
      await hydrate(sandbox);
      expect(await editorText(sandbox)).toBe(original);
    });

    test('edits belong to their sandbox and language', async ({ page }) => {
      await page.goto(path);
      const sandbox = sandboxOn(page, id);
      await hydrate(sandbox);
      await replaceCode(page, sandbox, edit);
      await expect(marker(sandbox)).toBeVisible();
      await expect.poll(() => stored(page, `sandbox-code:${lang}:${id}`)).not.toBeNull();
      const other = locales.find((l) => l.code !== lang)!;
      await page.goto(pagePath(other, 'urls'));
      const there = sandboxOn(page, id);
      await hydrate(there);
      expect(await editorText(there)).toBe(sandboxCode(id, other.code));
      await expect(marker(there)).toHaveCount(0);
      const neighbour = sandboxOn(page, 'build-endpoint');
      await expect(neighbour.locator('.sandbox-modified')).toHaveCount(0);
    });

    test('a browser that refuses storage: edits work and run, the marker and a message say they are not kept', async ({ page }) => {
      await page.addInitScript(() => {
        const refuse = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
        Storage.prototype.getItem = refuse;
        Storage.prototype.setItem = refuse;
        Storage.prototype.removeItem = refuse;
      });
      await page.goto(path);
      const sandbox = sandboxOn(page, id);
      await hydrate(sandbox);
      await replaceCode(page, sandbox, edit);
      await expect(marker(sandbox)).toHaveAttribute('data-kept', 'not-kept');
      await expect(notice(sandbox)).toHaveText(lang === 'ro' ? /nu permite/ : /does not let/);
      expect(await run(sandbox, lang)).toBe('MY-EDIT');
      expect(await editorText(sandbox)).toBe(edit);
    });
  });

  test.describe(`${lang}: share links`, () => {
    test('Share copies a link that opens the edited code in a fresh browser, scrolled to it and marked', async ({ page, context, browser, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(path);
      const sandbox = sandboxOn(page, id);
      await hydrate(sandbox);
      const shared = "// ăîșț 🚀\nconsole.log('SHARED');";
      await replaceCode(page, sandbox, shared);
      await sandbox.getByRole('button', { name: shareLabel[lang], exact: true }).click();
      await expect(notice(sandbox)).toHaveText(lang === 'ro' ? /Link copiat/ : /Link copied/);
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toBe(new URL(`${path}${shareFragment(id, shared)}`, baseURL).href);
      expect(await editorText(sandbox), 'Share leaves the code as it was').toBe(shared);

      const fresh = await browser.newContext({ viewport: { width: 360, height: 740 } });
      try {
        const reader = await fresh.newPage();
        await reader.goto(link);
        const there = sandboxOn(reader, id);
        await ready(there);
        await expect(there).toBeInViewport();
        // Scrolled to its start, below the sticky header, not merely somewhere on screen.
        await expect.poll(() => there.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(200);
        await expect.poll(() => there.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(50);
        expect(await editorText(there)).toBe(shared);
        await expect(marker(there)).toBeVisible();
        await expect(notice(there)).toHaveText(lang === 'ro' ? /linkul distribuit/ : /shared link/);
        expect(new URL(reader.url()).hash, 'the fragment is read once, then dropped').toBe('');
        expect(await run(there, lang)).toBe('SHARED');
        await reader.reload();
        await ready(there);
        expect(await editorText(there), 'kept after a reload').toBe(shared);
        await there.getByRole('button', { name: resetLabel[lang], exact: true }).click();
        await expect.poll(() => editorText(there)).toBe(original);
        await expect(notice(there)).toBeEmpty();
      } finally {
        await fresh.close();
      }
    });

    test('a shared link that replaces the reader\'s own edits offers to bring them back', async ({ page }) => {
      await page.goto(path);
      const sandbox = sandboxOn(page, id);
      await hydrate(sandbox);
      await replaceCode(page, sandbox, edit);
      await expect.poll(() => stored(page, `sandbox-code:${lang}:${id}`)).not.toBeNull();
      // From another page: a fragment-only change on the same page would not load it again.
      await page.goto('about:blank');
      await page.goto(`${path}${shareFragment(id, "console.log('FROM-A-FRIEND');")}`);
      await ready(sandbox);
      expect(await editorText(sandbox)).toBe("console.log('FROM-A-FRIEND');");
      const restore = sandbox.getByRole('button', { name: lang === 'ro' ? 'Adu înapoi modificările mele' : 'Bring back my edits' });
      await restore.click();
      await expect.poll(() => editorText(sandbox)).toBe(edit);
      await expect(restore).toHaveCount(0);
      expect(await run(sandbox, lang)).toBe('MY-EDIT');
    });

    test('without clipboard access the link goes to the address bar', async ({ page, context }) => {
      await context.grantPermissions([]);
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
      });
      await page.goto(path);
      const sandbox = sandboxOn(page, id);
      await hydrate(sandbox);
      await replaceCode(page, sandbox, edit);
      await sandbox.getByRole('button', { name: shareLabel[lang], exact: true }).click();
      await expect(notice(sandbox)).toHaveText(lang === 'ro' ? /bara de adrese/ : /address bar/);
      expect(new URL(page.url()).hash).toBe(shareFragment(id, edit));
    });

    const broken = {
      'cut short': () => shareFragment(id, "console.log('x');\n".repeat(30)).slice(0, -10),
      altered: () => `#share=${id}:not*base64`,
      'of something else': () => `#share=${id}:${Buffer.from('hello').toString('base64url')}`,
    };
    for (const [what, fragment] of Object.entries(broken)) {
      test(`a link ${what} shows a message and the original code`, async ({ page }) => {
        await page.goto(`${path}${fragment()}`);
        const sandbox = sandboxOn(page, id);
        await ready(sandbox);
        await expect(notice(sandbox)).toHaveText(lang === 'ro' ? /deteriorat/ : /damaged/);
        expect(await editorText(sandbox)).toBe(original);
        await expect(marker(sandbox)).toHaveCount(0);
        expect(await run(sandbox, lang), 'the page still works').not.toBe('');
      });
    }

    test('a link cut inside its sandbox id says so at the top of the page, and every sandbox shows its original code', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${path}${shareFragment(id, edit).slice(0, '#share='.length + id.length - 3)}`);
      const alert = page.locator('main .sl-markdown-content > .share-orphan');
      await expect(alert).toHaveAttribute('role', 'alert');
      await expect(alert).toHaveText(translator(lang)('sandbox.shareUnknown'));
      const sandbox = sandboxOn(page, id);
      await hydrate(sandbox);
      expect(await editorText(sandbox)).toBe(original);
      await expect(marker(sandbox)).toHaveCount(0);
      expect(await wcagViolations(page, '.share-orphan')).toEqual([]);
      expect(errors).toEqual([]);
    });

    test('an oversized link shows a message and the original code', async ({ page }) => {
      await page.goto(`${path}${shareFragment(id, 'x'.repeat(100_001))}`);
      const sandbox = sandboxOn(page, id);
      await ready(sandbox);
      await expect(notice(sandbox)).toHaveText(lang === 'ro' ? /100\.000/ : /100,000/);
      expect(await editorText(sandbox)).toBe(original);
    });
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the modified marker, a message and the restore button, ${theme} theme`, async ({ page }) => {
    await gotoWithTheme(page, 'urls/', theme);
    const sandbox = sandboxOn(page, id);
    await hydrate(sandbox);
    await replaceCode(page, sandbox, edit);
    await expect.poll(() => stored(page, `sandbox-code:ro:${id}`)).not.toBeNull();
    await page.goto('about:blank');
    await page.goto(`urls/${shareFragment(id, "console.log('B');")}`);
    await ready(sandbox);
    await expect(sandbox.getByRole('button', { name: 'Adu înapoi modificările mele' })).toBeVisible();
    await expect(marker(sandbox)).toBeVisible();
    expect(await wcagViolations(page, `[data-sandbox="${id}"]`)).toEqual([]);
  });
}
