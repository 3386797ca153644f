/**
 * Types in the editor, as a reader meets them: nothing of TypeScript is
 * fetched until the editor is focused; a typo is underlined and listed under
 * the editor with TypeScript's message and the site's explanation in the
 * page's language, linked to the entry behind it; the list's position puts
 * the cursor there; Run still runs and keeps the code; completions come from
 * the types; hovering a name shows its type; Reset and a fix clear the list;
 * a type worker that cannot load leaves the editor and Run working.
 */
import type { Locator, Page } from '@playwright/test';
import { explanations } from '../../src/components/sandbox/types/type-explanations.ts';
import { translator } from '../../src/i18n.ts';
import { sandboxCode } from '../lib/sandboxes.ts';
import { locales, pagePath } from '../lib/site.ts';
import { wcagViolations } from './axe.ts';
import { expect, gotoWithTheme, test } from './fixtures.ts';
import { editorText, hydrate, resetLabel, run, sandboxOn } from './sandbox-helpers.ts';

const id = 'response-attributes';
const typeAssets = /\/_astro\/type-(service|worker)[.-]/;

const problems = (sandbox: Locator) => sandbox.locator('.sandbox-types li');

/** Types at the end of the code, as a reader adds a line. */
async function typeAtEnd(page: Page, sandbox: Locator, text: string): Promise<void> {
  await sandbox.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

/** The first check loads TypeScript in a worker: slow on a busy machine. */
const firstCheck = { timeout: 30_000 };

for (const locale of locales) {
  const lang = locale.code;
  const t = translator(lang);
  const path = pagePath(locale, 'response');
  const original = sandboxCode(id, lang);

  test.describe(`${lang}: types in the editor`, () => {
    test('a typo is underlined and explained; the list takes the cursor there; Run still runs; a fix clears it', async ({ page }) => {
      const fetched: string[] = [];
      page.on('request', (request) => {
        if (typeAssets.test(request.url())) fetched.push(request.url());
      });
      await page.goto(path);
      const sandbox = sandboxOn(page, id);
      await hydrate(sandbox);
      expect(fetched, 'nothing of the type service before the editor is focused').toEqual([]);

      await typeAtEnd(page, sandbox, 'console.log(response.stauts);');
      await expect(sandbox.locator('.cm-lintRange-error')).toHaveCount(1, firstCheck);
      expect(fetched.length, 'the type service and its worker, once focused').toBe(2);

      const title = sandbox.locator('.sandbox-types-title');
      await expect(title).toContainText(t('sandbox.typeErrors', { count: 1 }));
      await expect(title).toContainText(t('sandbox.typeRunAnyway'));
      const problem = problems(sandbox);
      await expect(problem).toHaveCount(1);
      const lastLine = original.split('\n').length + 1;
      const position = problem.getByRole('button', { name: `${lastLine}:22, ${t('sandbox.typePosition', { line: lastLine, column: 22 })}` });
      await expect(position).toHaveText(`${lastLine}:22`);
      await expect(problem).toContainText("Property 'stauts' does not exist on type 'Response'. Did you mean 'status'?");
      const explanation = explanations[2551];
      if (!explanation?.link) throw new Error('2551 has an explanation with a link');
      await expect(problem.locator('.sandbox-types-explanation')).toContainText(explanation.text[lang].replaceAll('`', ''));
      const more = problem.getByRole('link', { name: t('sandbox.typeMore') });
      await expect(more).toHaveAttribute('href', `${lang === 'ro' ? '/' : '/en/'}${explanation.link}`);

      // The position moves the cursor to the error, in the editor, focused.
      await page.keyboard.press('ControlOrMeta+Home');
      await position.click();
      await expect(sandbox.locator('.cm-content')).toBeFocused();
      await expect(sandbox.locator('.cm-activeLine')).toHaveText('console.log(response.stauts);');

      // Type errors never stop Run: the code runs as it is, and stays as the reader wrote it.
      const edited = `${original}\nconsole.log(response.stauts);`;
      const out = await run(sandbox, lang);
      expect(out.split('\n').at(-1), 'the misspelt property is undefined at run time').toBe('undefined');
      expect(await editorText(sandbox), 'after Run').toBe(edited);
      await expect(problem).toHaveCount(1);

      // Fixed: the underline and the list go.
      await sandbox.locator('.cm-content').click();
      await page.keyboard.press('ControlOrMeta+End');
      for (let i = 0; i < 'stauts);'.length; i++) await page.keyboard.press('Backspace');
      await page.keyboard.type('status);');
      await expect(sandbox.locator('.sandbox-types')).toHaveCount(0);
      await expect(sandbox.locator('.cm-lintRange-error')).toHaveCount(0);
      expect((await run(sandbox, lang)).split('\n').at(-1)).toBe('200');
    });

    test('completions come from the types, and Enter takes one; hovering a name shows its type', async ({ page }) => {
      await page.goto(path);
      const sandbox = sandboxOn(page, id);
      await hydrate(sandbox);
      await typeAtEnd(page, sandbox, 'response.st');
      const list = sandbox.locator('.cm-tooltip-autocomplete');
      await expect(list).toBeVisible(firstCheck);
      await expect(list.getByRole('option')).toHaveText([/^status$/, /^statusText$/]);
      await page.keyboard.press('Enter');
      await expect(sandbox.locator('.cm-activeLine')).toHaveText('response.status');
      await expect(list).toHaveCount(0);

      // The first line that declares `response`: its type, as TypeScript names it.
      await sandbox.locator('.cm-line', { hasText: 'const response = await fetch' }).getByText('response', { exact: true }).hover();
      await expect(sandbox.locator('.sandbox-type-hover code')).toHaveText('const response: Response');
    });

    test('Reset brings back the original and clears the list', async ({ page }) => {
      await page.goto(path);
      const sandbox = sandboxOn(page, id);
      await hydrate(sandbox);
      await typeAtEnd(page, sandbox, 'const n: number = response.statusText;');
      await expect(problems(sandbox)).toHaveCount(1, firstCheck);
      await expect(problems(sandbox)).toHaveAttribute('data-code', '2322');
      await sandbox.getByRole('button', { name: resetLabel[lang], exact: true }).click();
      await expect.poll(() => editorText(sandbox)).toBe(original);
      await expect(sandbox.locator('.sandbox-types')).toHaveCount(0);
      await expect(sandbox.locator('.cm-lintRange-error')).toHaveCount(0);
      // The new editor Reset made checks as the first one did.
      await typeAtEnd(page, sandbox, 'response.json().id;');
      await expect(problems(sandbox)).toHaveCount(1, firstCheck);
      await expect(problems(sandbox)).toHaveAttribute('data-code', '2339');
      await expect(problems(sandbox).locator('.sandbox-types-explanation'), 'a property of a Promise: a missing await').toContainText('await');
    });
  });
}

test('a type worker that cannot load leaves editing and Run working', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(/\/_astro\/type-worker[.-]/, (route) => route.abort('failed'));
  const [ro] = locales;
  await page.goto(pagePath(ro, 'response'));
  const sandbox = sandboxOn(page, id);
  await hydrate(sandbox);
  await typeAtEnd(page, sandbox, "console.log('STILL-HERE');");
  const out = await run(sandbox, 'ro');
  expect(out.split('\n').at(-1)).toBe('STILL-HERE');
  expect(await editorText(sandbox)).toBe(`${sandboxCode(id, 'ro')}\nconsole.log('STILL-HERE');`);
  await expect(sandbox.locator('.sandbox-types')).toHaveCount(0);
  expect(errors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: type errors listed and completions open, ${theme} theme`, async ({ page }) => {
    await gotoWithTheme(page, pagePath(locales[1], 'response'), theme);
    const sandbox = sandboxOn(page, id);
    await hydrate(sandbox);
    await typeAtEnd(page, sandbox, 'console.log(response.stauts);');
    await expect(problems(sandbox)).toHaveCount(1, firstCheck);
    await page.keyboard.press('Enter');
    await page.keyboard.type('response.st');
    await expect(sandbox.locator('.cm-tooltip-autocomplete')).toBeVisible();
    expect(await wcagViolations(page, `[data-sandbox="${id}"]`)).toEqual([]);
  });
}
