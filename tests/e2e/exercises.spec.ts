/**
 * Coding exercises as a reader meets them, on every page that has some, in
 * both locales: Check on the starter code lists what is not done yet, with
 * hints; the reference solution typed into the editor passes every check and
 * stays in the editor; a solved exercise is remembered across a reload (its
 * badge and the sidebar's marker) until the reader forgets it; Solution asks
 * before it replaces the reader's code; without JavaScript the task, the
 * checks and the solution are readable; axe finds nothing with feedback on
 * screen in either theme. Exercises and their texts come from src/exercises/.
 */
import type { Locator, Page } from '@playwright/test';
import { parseInline, plainText } from '../../src/components/practice/inline-markdown.ts';
import { localizeComments } from '../../src/examples/localize.ts';
import { exercises, type Exercise } from '../../src/exercises/index.ts';
import { translator } from '../../src/i18n.ts';
import { exerciseSource } from '../lib/exercises.ts';
import { locales, pagePath, type TestLocale } from '../lib/site.ts';
import { wcagViolations } from './axe.ts';
import { expect, gotoWithTheme, test } from './fixtures.ts';
import { editorText, hydrate, replaceCode, sandboxOn } from './sandbox-helpers.ts';

const plain = (markdown: string) => plainText(parseInline(markdown));
const sectionOf = (page: Page, exercise: Exercise) => page.locator(`section[data-exercise="${exercise.id}"]`);
const sandboxOf = (page: Page, exercise: Exercise) => sandboxOn(page, `exercise-${exercise.id}`);
const solutionIn = (exercise: Exercise, locale: TestLocale) => localizeComments(exerciseSource(exercise.id, 'solution.ts'), locale.code).trim();

async function check(page: Page, exercise: Exercise, locale: TestLocale): Promise<Locator> {
  const t = translator(locale.code);
  const section = sectionOf(page, exercise);
  await sandboxOf(page, exercise).getByRole('button', { name: t('exercise.check'), exact: true }).click();
  await expect(section.locator('li[data-passed]')).toHaveCount(Object.keys(exercise.checks).length, { timeout: 15_000 });
  return section;
}

test.describe('coding exercises', () => {
  for (const locale of locales) {
    const t = translator(locale.code);

    for (const exercise of exercises) {
      const path = pagePath(locale, exercise.topic);
      const total = Object.keys(exercise.checks).length;

      test(`/${path}#exercise-${exercise.id}: the starter fails with hints, the solution typed in passes and is remembered`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.goto(`${path}#exercise-${exercise.id}`);
        const section = sectionOf(page, exercise);
        await expect(section.locator(`h3#exercise-${exercise.id}`)).toContainText(exercise.title[locale.code]);
        const sandbox = sandboxOf(page, exercise);
        await hydrate(sandbox);

        await check(page, exercise, locale);
        const failed = section.locator('li[data-passed="false"]');
        expect(await failed.count()).toBeGreaterThan(0);
        const passed = total - (await failed.count());
        await expect(section.locator('[data-exercise-summary]')).toHaveText(t('exercise.summary', { passed, total }));
        for (const item of await failed.all()) {
          const id = (await item.getAttribute('data-check')) ?? '';
          await expect(item.locator('[data-hint]')).toBeVisible();
          await expect(item.locator('[data-hint]')).toHaveText(plain(exercise.checks[id]?.hint[locale.code] ?? ''));
          await expect(item.locator('[data-verdict-text]')).toHaveText(t('exercise.failed'));
        }
        await expect(section.locator('[data-exercise-badge]')).toBeHidden();

        const solution = solutionIn(exercise, locale);
        await replaceCode(page, sandbox, solution);
        await check(page, exercise, locale);
        await expect(section.locator('li[data-passed="false"]')).toHaveCount(0);
        await expect(section.locator('[data-exercise-summary]')).toHaveText(`${t('exercise.summary', { passed: total, total })} ${t('exercise.solved')}`);
        await expect(section.locator('[data-exercise-announcer]')).toContainText(t('exercise.solved'));
        await expect(section.locator('[data-exercise-badge]')).toBeVisible();
        // The reader's code is still theirs after Check.
        expect(await editorText(sandbox)).toBe(solution);
        const marker = page.locator(`#starlight__sidebar a[aria-current="page"] .practice-marker`);
        await expect(marker).toBeAttached();

        await page.reload();
        await expect(section.locator('[data-exercise-badge]')).toBeVisible();
        await expect(section.locator('[data-exercise-summary]')).toHaveText(t('exercise.solvedBefore'));
        await expect(marker).toBeAttached();
        await page.getByRole('button', { name: t('exercise.reset') }).click();
        await expect(section.locator('[data-exercise-badge]')).toBeHidden();
        await page.reload();
        await expect(section.locator('[data-exercise-badge]')).toBeHidden();
      });
    }

    const topics = [...new Set(exercises.map((e) => e.topic))];
    for (const topic of topics) {
      const path = pagePath(locale, topic);
      const onPage = exercises.filter((e) => e.topic === topic);

      test(`/${path}: without JavaScript every task, its checks and its solution are readable, and no control shows`, async ({ browser, baseURL }) => {
        const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
        const page = await context.newPage();
        await page.goto(path);
        await expect(page.locator('h2#exercises')).toBeVisible();
        for (const exercise of onPage) {
          const section = sectionOf(page, exercise);
          for (const paragraph of exercise.task) await expect(section).toContainText(plain(paragraph[locale.code]));
          for (const checkText of Object.values(exercise.checks)) await expect(section.locator('.exercise__checks')).toContainText(plain(checkText.label[locale.code]));
          await expect(section.getByRole('button')).toHaveCount(0);
          const details = section.locator('details.exercise__solution');
          await details.locator('summary').click();
          await expect(details.locator('.expressive-code')).toBeVisible();
          // The solution's first code line is there to read.
          await expect(details).toContainText(solutionIn(exercise, locale).split('\n')[0] ?? '');
        }
        await context.close();
      });
    }

    const [first] = exercises;
    if (!first) continue;
    const path = pagePath(locale, first.topic);

    test(`/${path}: Solution asks first; "keep my code" keeps it, "show" puts the solution in the editor`, async ({ page }) => {
      await page.goto(`${path}#exercise-${first.id}`);
      const sandbox = sandboxOf(page, first);
      await hydrate(sandbox);
      await replaceCode(page, sandbox, 'console.log("mine");');
      await sandbox.getByRole('button', { name: t('exercise.solution'), exact: true }).click();
      await expect(sandbox.getByText(t('exercise.solutionConfirm'))).toBeVisible();
      await expect(sandbox.getByRole('button', { name: t('exercise.solutionShow') })).toBeFocused();
      await sandbox.getByRole('button', { name: t('exercise.solutionCancel') }).click();
      expect(await editorText(sandbox)).toBe('console.log("mine");');
      await sandbox.getByRole('button', { name: t('exercise.solution'), exact: true }).click();
      await sandbox.getByRole('button', { name: t('exercise.solutionShow') }).click();
      await expect(sandbox.getByText(t('exercise.solutionConfirm'))).toBeHidden();
      await expect.poll(() => editorText(sandbox)).toBe(solutionIn(first, locale));
      await expect(sandbox.getByRole('status').filter({ hasText: t('exercise.solutionShown') })).toBeAttached();
    });

    test(`/${path}: a Check clicked before the editor has loaded is carried out`, async ({ page }) => {
      await page.goto(`${path}#exercise-${first.id}`);
      await sandboxOf(page, first).getByRole('button', { name: t('exercise.check'), exact: true }).click();
      await expect(sectionOf(page, first).locator('li[data-passed]')).toHaveCount(Object.keys(first.checks).length, { timeout: 20_000 });
    });

    for (const theme of ['light', 'dark'] as const) {
      test(`/${path} (${theme} theme): axe finds no violation with an exercise's feedback on screen`, async ({ page }) => {
        test.setTimeout(120_000);
        await gotoWithTheme(page, `${path}#exercise-${first.id}`, theme);
        await hydrate(sandboxOf(page, first));
        await check(page, first, locale);
        await sandboxOf(page, first).getByRole('button', { name: t('exercise.solution'), exact: true }).click();
        await sectionOf(page, first).scrollIntoViewIfNeeded();
        expect(await wcagViolations(page, `section[data-exercise="${first.id}"]`)).toEqual([]);
      });
    }
  }
});
