/**
 * "Check yourself" in a real browser, on every page that places one (read
 * from the pages' `<SelfCheck topic="..." />` elements), in both locales:
 * the section stands at #self-check, the right answers give the full score, a
 * wrong one says so and shows the explanation, progress survives a reload
 * until Reset, everything is readable without JavaScript, axe finds nothing
 * with feedback on screen in either theme, and a browser whose storage
 * throws can still check answers. The answers come from the data modules, so
 * the spec follows the questions as they change.
 */
import type { Locator, Page } from '@playwright/test';
import { parseInline, plainText } from '../../src/components/practice/inline-markdown.ts';
import type { Locale } from '../../src/data/locale.ts';
import { selfCheckTopics, type SelfCheckTopic } from '../../src/data/self-check/index.ts';
import { textIn, type Question } from '../../src/data/self-check/types.ts';
import { translator } from '../../src/i18n.ts';
import { pagesWithSelfCheck } from '../lib/self-check-pages.ts';
import { locales, pagePath } from '../lib/site.ts';
import { wcagViolations } from './axe.ts';
import { expect, gotoWithTheme, test } from './fixtures.ts';

const pages = pagesWithSelfCheck().flatMap(({ slug, topics }) =>
  locales.flatMap((locale) => (topics[locale.code] ?? []).map((topic) => ({ slug, locale, topic: topic as SelfCheckTopic }))),
);

const section = (page: Page, topic: string) => page.locator(`.self-check[data-self-check="${topic}"]`);
const fieldsetOf = (root: Locator, question: Question) => root.locator(`fieldset[data-question="${question.id}"]`);
const plain = (markdown: string) => plainText(parseInline(markdown));
const scoreText = (locale: Locale, correct: number, total: number) => {
  const t = translator(locale);
  const score = t('selfCheck.score', { correct, total });
  return correct === total ? `${score} ${t('selfCheck.complete')}` : score;
};

/** Gives a question its right answer, as a reader would. */
async function answerRight(fieldset: Locator, question: Question): Promise<void> {
  if (question.kind === 'short') {
    await fieldset.getByRole('textbox').fill(` ${question.accepted[0].toUpperCase()} `);
    return;
  }
  for (const option of question.options) {
    const input = fieldset.locator(`input[value="${option.id}"]`);
    if (option.correct) await input.check();
    else if (question.kind === 'multiple') await input.uncheck();
  }
}

/** Gives a question a wrong answer: the first wrong option, or a number no question accepts. */
async function answerWrong(fieldset: Locator, question: Question): Promise<void> {
  if (question.kind === 'short') {
    await fieldset.getByRole('textbox').fill('0');
    return;
  }
  const wrong = question.options.find((option) => !option.correct);
  if (wrong) await fieldset.locator(`input[value="${wrong.id}"]`).check();
}

async function check(fieldset: Locator, locale: Locale): Promise<void> {
  await fieldset.getByRole('button', { name: translator(locale)('selfCheck.check') }).click();
}

test.describe('self-check', () => {
  test('pages place it with <SelfCheck topic="..." />', () => {
    test.skip(pages.length === 0, 'no page places <SelfCheck> yet');
    expect(pages.length).toBeGreaterThan(0);
  });

  for (const { slug, locale, topic } of pages) {
    const lang = locale.code;
    const path = pagePath(locale, slug);
    const questions = selfCheckTopics[topic];
    const t = translator(lang);

    test(`/${path}: the section stands at #self-check, last on the page and listed in "On this page"`, async ({ page }) => {
      await page.goto(path);
      const heading = page.locator('h2#self-check');
      await expect(heading).toBeVisible();
      const root = section(page, topic);
      await expect(root.locator('fieldset[data-question]')).toHaveCount(questions.length);
      const order = await page.evaluate((selector) => {
        const heading = document.querySelector('h2#self-check');
        const root = document.querySelector(selector);
        const headings = [...document.querySelectorAll('.sl-markdown-content h2')];
        return {
          after: !!heading && !!root && !!(heading.compareDocumentPosition(root) & Node.DOCUMENT_POSITION_FOLLOWING),
          last: headings.at(-1) === heading,
        };
      }, `.self-check[data-self-check="${topic}"]`);
      expect(order).toEqual({ after: true, last: true });
      await expect(page.locator('starlight-toc a[href="#self-check"]').first()).toBeAttached();
      await expect(root.locator('[data-self-check-score]')).toHaveText(scoreText(lang, 0, questions.length));
    });

    test(`/${path}: the right answers give the full score, each with its verdict in words`, async ({ page }) => {
      await page.goto(path);
      const root = section(page, topic);
      for (const question of questions) {
        const fieldset = fieldsetOf(root, question);
        await answerRight(fieldset, question);
        await check(fieldset, lang);
        await expect(fieldset.locator('[data-self-check-feedback]')).toHaveText(`✓ ${t('selfCheck.correct')}`);
        await expect(fieldset).toHaveAttribute('data-state', 'correct');
      }
      await expect(root.locator('[data-self-check-score]')).toHaveText(scoreText(lang, questions.length, questions.length));
      await expect(root.getByRole('status')).toContainText(scoreText(lang, questions.length, questions.length));
    });

    test(`/${path}: a wrong answer says "not quite" and opens the answer and its explanation`, async ({ page }) => {
      await page.goto(path);
      const root = section(page, topic);
      const [first, second] = questions;
      if (!first || !second) throw new Error(`${topic} has fewer than two questions`);
      const fieldset = fieldsetOf(root, first);
      await check(fieldset, lang);
      await expect(fieldset.locator('[data-self-check-feedback]')).toHaveText(`! ${t('selfCheck.unanswered')}`);
      await expect(fieldset.locator('details')).not.toHaveAttribute('open');

      await answerWrong(fieldset, first);
      await check(fieldset, lang);
      await expect(fieldset.locator('[data-self-check-feedback]')).toHaveText(`✗ ${t('selfCheck.incorrect')}`);
      await expect(fieldset).toHaveAttribute('data-state', 'incorrect');
      await expect(fieldset.locator('details')).toHaveAttribute('open');
      await expect(fieldset.locator('details')).toContainText(plain(first.explanation[lang]));
      await expect(root.locator('[data-self-check-score]')).toHaveText(scoreText(lang, 0, questions.length));
      await expect(root.getByRole('status')).toHaveText(`${t('selfCheck.verdict', { number: 1, verdict: t('selfCheck.incorrect') })} ${scoreText(lang, 0, questions.length)}`);

      // Changing the answer takes the old verdict away: it was about another answer.
      await answerRight(fieldset, first);
      await expect(fieldset.locator('[data-self-check-feedback]')).toHaveText('');
      await check(fieldset, lang);
      await expect(root.locator('[data-self-check-score]')).toHaveText(scoreText(lang, 1, questions.length));
    });

    test(`/${path}: progress survives a reload, and Reset clears it`, async ({ page }) => {
      await page.goto(path);
      const root = section(page, topic);
      const [first, second] = questions;
      if (!first || !second) throw new Error(`${topic} has fewer than two questions`);
      await answerRight(fieldsetOf(root, first), first);
      await check(fieldsetOf(root, first), lang);
      await answerWrong(fieldsetOf(root, second), second);
      await check(fieldsetOf(root, second), lang);
      const saved = await page.evaluate((key) => localStorage.getItem(key), `self-check:${topic}`);
      expect(JSON.parse(saved ?? 'null')).toMatchObject({ version: 1, answers: { [first.id]: expect.anything(), [second.id]: expect.anything() } });

      await page.reload();
      await expect(fieldsetOf(root, first)).toHaveAttribute('data-state', 'correct');
      await expect(fieldsetOf(root, second)).toHaveAttribute('data-state', 'incorrect');
      await expect(fieldsetOf(root, second).locator('[data-self-check-feedback]')).toHaveText(`✗ ${t('selfCheck.incorrect')}`);
      await expect(root.locator('[data-self-check-score]')).toHaveText(scoreText(lang, 1, questions.length));
      if (first.kind === 'short') await expect(fieldsetOf(root, first).getByRole('textbox')).not.toHaveValue('');
      else await expect(fieldsetOf(root, first).locator('input:checked')).not.toHaveCount(0);
      // Restoring announces nothing: only what the reader does is announced.
      await expect(root.getByRole('status')).toHaveText('');

      await root.getByRole('button', { name: t('selfCheck.reset') }).click();
      await expect(root.locator('fieldset[data-state]')).toHaveCount(0);
      await expect(root.locator('input:checked')).toHaveCount(0);
      await expect(root.locator('details[open]')).toHaveCount(0);
      await expect(root.locator('[data-self-check-score]')).toHaveText(scoreText(lang, 0, questions.length));
      expect(await page.evaluate((key) => localStorage.getItem(key), `self-check:${topic}`)).toBeNull();
      await page.reload();
      await expect(root.locator('fieldset[data-state]')).toHaveCount(0);
    });

    test(`/${path}: corrupt saved progress is ignored and the questions show as new`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        // Playwright's own line for the service worker it blocks outside the offline specs (playwright.config.ts).
        if (message.text() === 'Service Worker registration blocked by Playwright') return;
        if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
      });
      await page.addInitScript((key) => localStorage.setItem(key, '{"version":1,"answers":{"x":'), `self-check:${topic}`);
      await page.goto(path);
      const root = section(page, topic);
      await expect(root.locator('[data-self-check-score]')).toHaveText(scoreText(lang, 0, questions.length));
      await expect(root.locator('fieldset[data-state]')).toHaveCount(0);
      await expect(root.locator('[data-self-check-storage]')).toBeHidden();
      const [first] = questions;
      if (!first) throw new Error(`${topic} has no questions`);
      await answerRight(fieldsetOf(root, first), first);
      await check(fieldsetOf(root, first), lang);
      await expect(root.locator('[data-self-check-score]')).toHaveText(scoreText(lang, 1, questions.length));
      expect(errors).toEqual([]);
    });

    test(`/${path}: without JavaScript the questions and their answers are readable, and no control is dead`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
      const page = await context.newPage();
      await page.goto(path);
      const root = section(page, topic);
      await expect(root.getByRole('button')).toHaveCount(0);
      await expect(root.locator('[data-self-check-score]')).toBeHidden();
      for (const [index, question] of questions.entries()) {
        const fieldset = fieldsetOf(root, question);
        await expect(fieldset.locator('legend')).toHaveText(`${index + 1}. ${plain(question.prompt[lang])}`);
        if (question.kind === 'short') await expect(fieldset.getByRole('textbox', { name: t('selfCheck.yourAnswer') })).toBeEditable();
        else await expect(fieldset.locator(`input[type="${question.kind === 'multiple' ? 'checkbox' : 'radio'}"]`)).toHaveCount(question.options.length);
        const details = fieldset.locator('details');
        await expect(details.locator('.self-check__answer-body')).toBeHidden();
        await details.locator('summary').click();
        await expect(details).toContainText(plain(question.explanation[lang]));
        const right = question.kind === 'short' ? question.accepted[0] : plain(textIn(question.options.find((o) => o.correct)?.text ?? '', lang));
        await expect(details).toContainText(right);
      }
      await context.close();
    });

    for (const theme of ['light', 'dark'] as const) {
      test(`/${path} (${theme} theme): axe finds no violation with every kind of feedback on screen`, async ({ page }) => {
        test.setTimeout(180_000);
        await gotoWithTheme(page, path, theme);
        const root = section(page, topic);
        const [first, second, third] = questions;
        if (!first || !second || !third) throw new Error(`${topic} has fewer than three questions`);
        await answerRight(fieldsetOf(root, first), first);
        await check(fieldsetOf(root, first), lang);
        await answerWrong(fieldsetOf(root, second), second);
        await check(fieldsetOf(root, second), lang);
        await check(fieldsetOf(root, third), lang);
        await expect(fieldsetOf(root, third)).toHaveAttribute('data-state', 'unanswered');
        await fieldsetOf(root, third).locator('summary').click();
        await root.locator('[data-self-check-storage]').evaluate((notice: HTMLElement) => {
          notice.hidden = false;
        });
        await root.scrollIntoViewIfNeeded();
        expect(await wcagViolations(page, `.self-check[data-self-check="${topic}"]`)).toEqual([]);
      });
    }

    test(`/${path}: with storage that throws, checking still works and the page says progress is not kept`, async ({ page }) => {
      // Starlight's own theme scripts throw here too; only errors from the self-check's script count.
      const errors: string[] = [];
      page.on('pageerror', (error) => {
        if (/SelfCheck/.test(error.stack ?? '')) errors.push(error.message);
      });
      await page.addInitScript(() => {
        // As in browsers that block storage: merely reading `localStorage` throws.
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      });
      await page.goto(path);
      const root = section(page, topic);
      await expect(root.locator('[data-self-check-storage]')).toBeVisible();
      const [first, second] = questions;
      if (!first || !second) throw new Error(`${topic} has fewer than two questions`);
      await answerRight(fieldsetOf(root, first), first);
      await check(fieldsetOf(root, first), lang);
      await answerWrong(fieldsetOf(root, second), second);
      await check(fieldsetOf(root, second), lang);
      await expect(fieldsetOf(root, first)).toHaveAttribute('data-state', 'correct');
      await expect(fieldsetOf(root, second)).toHaveAttribute('data-state', 'incorrect');
      await expect(root.locator('[data-self-check-score]')).toHaveText(scoreText(lang, 1, questions.length));
      await root.getByRole('button', { name: t('selfCheck.reset') }).click();
      await expect(root.locator('[data-self-check-score]')).toHaveText(scoreText(lang, 0, questions.length));
      expect(errors).toEqual([]);
    });

    test(`/${path}: with storage that refuses to save, checking still works and says progress is not kept`, async ({ page }) => {
      await page.addInitScript(() => {
        Storage.prototype.setItem = function setItem(key: string) {
          if (key.startsWith('self-check:')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        };
      });
      await page.goto(path);
      const root = section(page, topic);
      await expect(root.locator('[data-self-check-storage]')).toBeHidden();
      const [first] = questions;
      if (!first) throw new Error(`${topic} has no questions`);
      await answerRight(fieldsetOf(root, first), first);
      await check(fieldsetOf(root, first), lang);
      await expect(fieldsetOf(root, first)).toHaveAttribute('data-state', 'correct');
      await expect(root.locator('[data-self-check-storage]')).toBeVisible();
    });
  }
});
