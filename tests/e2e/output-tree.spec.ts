/**
 * Output you can explore, as a reader meets it: an object printed by a
 * sandbox shows Node's text with a triangle beside it; the triangle (mouse
 * or keyboard) opens the value one level, and the tree moves, opens and
 * closes with the arrow keys as a devtools console does; the printed text
 * never changes; a second Run starts closed; axe finds nothing with the
 * tree open, in both themes.
 */
import type { Locator, Page } from '@playwright/test';
import { translator } from '../../src/i18n.ts';
import { locales, pagePath } from '../lib/site.ts';
import { wcagViolations } from './axe.ts';
import { expect, gotoWithTheme, test } from './fixtures.ts';
import { editorText, hydrate, output, replaceCode, run, sandboxOn } from './sandbox-helpers.ts';

const id = 'response-attributes';
const code = "const user = { id: 7, name: 'Ana', tags: ['admin', 'ops'], address: { city: 'Iași' } };\nconsole.log('user:', user);";
const printed = "user: {\n  id: 7,\n  name: 'Ana',\n  tags: [ 'admin', 'ops' ],\n  address: { city: 'Iași' }\n}";

const item = (tree: Locator, name: string) => tree.getByRole('treeitem', { name, exact: true });

async function runObject(page: Page, sandbox: Locator, lang: 'ro' | 'en'): Promise<string> {
  await replaceCode(page, sandbox, code);
  return run(sandbox, lang);
}

for (const locale of locales) {
  const lang = locale.code;
  const t = translator(lang);

  test(`${lang}: an object in the output opens and closes with the keyboard, and its text stays Node's`, async ({ page }) => {
    await page.goto(pagePath(locale, 'response'));
    const sandbox = sandboxOn(page, id);
    await hydrate(sandbox);
    expect(await runObject(page, sandbox, lang)).toBe(printed);

    const explore = sandbox.getByRole('button', { name: t('sandbox.explore'), exact: true });
    await expect(explore).toHaveCount(1);
    await expect(explore).toHaveAttribute('aria-expanded', 'false');
    const tree = sandbox.getByRole('tree', { name: t('sandbox.valueTree') });
    await expect(tree).toHaveCount(0);

    // Keyboard only: focus the triangle, open it, Tab into the tree.
    await explore.focus();
    await page.keyboard.press('Enter');
    await expect(explore).toHaveAttribute('aria-expanded', 'true');
    await expect(tree).toBeVisible();
    const root = item(tree, "{ id: 7, name: 'Ana', tags: [ 'admin', 'ops' ], address: { city: 'Iași' } }");
    await expect(root).toHaveAttribute('aria-expanded', 'true');
    await expect(tree.getByRole('treeitem')).toHaveText([
      "{ id: 7, name: 'Ana', tags: [ 'admin', 'ops' ], address: { city: 'Iași' } }",
      'id: 7',
      "name: 'Ana'",
      "tags: [ 'admin', 'ops' ]",
      "address: { city: 'Iași' }",
    ]);
    await page.keyboard.press('Tab');
    await expect(root).toBeFocused();

    const tags = item(tree, "tags: [ 'admin', 'ops' ]");
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect(tags).toBeFocused();
    await expect(tags).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowRight');
    await expect(tags).toHaveAttribute('aria-expanded', 'true');
    await expect(item(tree, "0: 'admin'")).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(item(tree, "0: 'admin'"), 'Right on an open line goes to its first child').toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(tags, 'Left on a closed line goes to its parent').toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(tags).toHaveAttribute('aria-expanded', 'false');
    await expect(item(tree, "0: 'admin'")).toHaveCount(0);
    await page.keyboard.press('End');
    await expect(item(tree, "address: { city: 'Iași' }")).toBeFocused();
    await page.keyboard.press('Home');
    await expect(root).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(root).toHaveAttribute('aria-expanded', 'false');
    await expect(tree.getByRole('treeitem')).toHaveCount(1);
    await page.keyboard.press(' ');
    await expect(root).toHaveAttribute('aria-expanded', 'true');

    // One tab stop: Tab leaves the tree (to the next control), Shift+Tab comes back to the line last focused.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(item(tree, 'id: 7')).not.toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(item(tree, 'id: 7')).toBeFocused();

    // The mouse: a click on a line opens it.
    await item(tree, "address: { city: 'Iași' }").click();
    await expect(item(tree, "city: 'Iași'")).toBeVisible();

    // Exploring changes nothing of what was printed, nor of the code.
    expect(await output(sandbox)).toBe(printed);
    expect(await editorText(sandbox)).toBe(code);

    // The triangle closes the tree; a second Run prints afresh, closed.
    await explore.click();
    await expect(tree).toHaveCount(0);
    await explore.click();
    await expect(tree).toBeVisible();
    expect(await run(sandbox, lang)).toBe(printed);
    await expect(tree).toHaveCount(0);
    await expect(sandbox.getByRole('button', { name: t('sandbox.explore'), exact: true })).toHaveAttribute('aria-expanded', 'false');
    expect(await editorText(sandbox)).toBe(code);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing in a sandbox with an open value tree (en, ${theme})`, async ({ page }) => {
    await gotoWithTheme(page, pagePath(locales[1], 'response'), theme);
    const sandbox = sandboxOn(page, id);
    await hydrate(sandbox);
    await runObject(page, sandbox, 'en');
    await sandbox.getByRole('button', { name: translator('en')('sandbox.explore'), exact: true }).click();
    const tree = sandbox.getByRole('tree');
    await item(tree, "tags: [ 'admin', 'ops' ]").click();
    await expect(item(tree, "1: 'ops'")).toBeVisible();
    expect(await wcagViolations(page, `[data-sandbox="${id}"]`)).toEqual([]);
  });
}
