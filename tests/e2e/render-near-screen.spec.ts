/**
 * Code is laid out only near the screen (`content-visibility: auto` in
 * custom.css, with the size each block declares: src/integrations/
 * code-size-hints.ts), so that a long lesson loads without blocking a phone.
 * What the reader must not notice: a block is as tall before it is drawn as
 * after, a block too wide for the screen scrolls and can be focused before it
 * is drawn, a link to a heading lands on it, and paper gets everything.
 */
import type { Locator, Page } from '@playwright/test';
import { locales, pagePath } from '../lib/site.ts';
import { afterNextPaint, expect, test } from './fixtures.ts';

interface BlockState {
  height: number;
  scrolls: boolean;
  focusable: boolean;
}

/** Every sized code block of the lesson (not hidden in a closed tab or panel), and how many are not drawn yet. */
function blockStates(page: Page) {
  return page.evaluate(() => {
    const codes = [...document.querySelectorAll<HTMLElement>('.sl-markdown-content .expressive-code pre > code[style*="--code-rows"]')].filter(
      (code) => code.checkVisibility(),
    );
    return {
      skipped: codes.filter((code) => !code.firstElementChild?.checkVisibility({ contentVisibilityAuto: true })).length,
      states: codes.map((code) => {
        const pre = code.parentElement!;
        return { height: Math.round(pre.getBoundingClientRect().height), scrolls: pre.scrollWidth > pre.clientWidth, focusable: pre.getAttribute('tabindex') === '0' };
      }),
    };
  });
}

/** Whether a code block's lines are drawn, or still skipped by `content-visibility: auto`. */
const drawn = (pre: Locator) => pre.evaluate((e) => e.querySelector('.ec-line')!.checkVisibility({ contentVisibilityAuto: true }));

/** Waits until Expressive Code's script has given a tab stop to every block that scrolls, and to no other. */
async function settled(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.sl-markdown-content .expressive-code pre')].filter(
            (pre) => pre.checkVisibility() && pre.scrollWidth > pre.clientWidth !== pre.hasAttribute('tabindex'),
          ).length,
        ),
      { message: 'code blocks whose tab stop does not match their overflow', timeout: 15_000 },
    )
    .toBe(0);
}

for (const width of [360, 1280]) {
  for (const locale of locales) {
    for (const slug of ['request', 'sockets', 'urls']) {
      test(`${locale.code} /${slug}/ at ${width} px: code not yet drawn has the height, the overflow and the tab stop it has once drawn`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(pagePath(locale, slug));
        // Answers and solutions too: a reader opens them.
        await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('.sl-markdown-content details').forEach((details) => (details.open = true)));
        // Expressive Code's script decides the tab stops after a pause (250 ms, then an idle moment).
        await settled(page);
        const before = await blockStates(page);
        expect(before.skipped, 'code blocks below the screen not drawn yet').toBeGreaterThan(0);
        if (width === 360) expect(before.states.some((state: BlockState) => state.scrolls), 'a block too wide for the screen').toBe(true);

        // Draw every block (a style attribute: the page's policy allows no new style element).
        await page.evaluate(() => {
          for (const code of document.querySelectorAll<HTMLElement>('.expressive-code pre > code')) code.style.contentVisibility = 'visible';
        });
        await settled(page);
        const after = await blockStates(page);
        expect(after.skipped).toBe(0);
        expect(after.states.length).toBe(before.states.length);
        for (const [index, state] of before.states.entries()) {
          const drawn = after.states[index]!;
          expect(Math.abs(state.height - drawn.height), `block ${index}: ${state.height}px before it is drawn, ${drawn.height}px after`).toBeLessThanOrEqual(4);
          expect({ index, scrolls: state.scrolls, focusable: state.focusable }).toEqual({ index, scrolls: drawn.scrolls, focusable: drawn.focusable });
        }
      });
    }
  }
}

for (const locale of locales) {
  test(`${locale.code}: Tab reaches a wide code block far down the page before it was drawn, and the arrow keys scroll it`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(pagePath(locale, 'request'));
    // The request-options table's JSON: the first sized block, under the anatomy heading.
    const heading = page.locator('[id="request-anatomy"]');
    const pre = heading.locator('xpath=ancestor::div[contains(@class,"sl-heading-wrapper")]/following-sibling::div[contains(@class,"expressive-code")][1]//pre');
    await settled(page);
    expect(await drawn(pre), 'drawn before the reader came near').toBe(false);
    await expect(pre).toHaveAttribute('tabindex', '0');

    await heading.locator('xpath=following-sibling::a[contains(@class,"sl-anchor-link")]').focus();
    await page.keyboard.press('Tab');
    await expect(pre).toBeFocused();
    // Focus draws the block, and a reader presses the arrow once they see its code. Pressed at once,
    // on a loaded machine, the press once scrolled nothing: wait until the block is drawn and painted.
    await expect.poll(() => drawn(pre), { message: 'drawn once focused' }).toBe(true);
    await afterNextPaint(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => pre.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
  });

  test(`${locale.code}: a link to any heading of the longest lesson puts it at the top, though the code above is drawn late`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    const path = pagePath(locale, 'request');
    await page.goto(path);
    const ids = await page.evaluate(() => [...document.querySelectorAll('.sl-markdown-content :is(h2, h3)[id]')].map((h) => h.id));
    expect(ids.length).toBeGreaterThan(40);
    const misplaced: string[] = [];
    for (const id of ids) {
      await page.goto('about:blank');
      await page.goto(`${path}#${id}`);
      // Let the code near the heading be drawn (a frame or two) before looking.
      await page.waitForTimeout(300);
      const { top, expected } = await page.evaluate((target) => {
        const heading = document.getElementById(target)!;
        return { top: Math.round(heading.getBoundingClientRect().top), expected: Math.round(parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop)) };
      }, id);
      if (Math.abs(top - expected) > 8) misplaced.push(`#${id} at ${top}px, not ${expected}px`);
    }
    expect(misplaced).toEqual([]);
  });
}

test('in print every line of code of the printed book is laid out; on screen, not all at once', async ({ page }) => {
  await page.goto(pagePath(locales[1], 'print'));
  const skipped = () =>
    page.evaluate(
      () =>
        // Lines that would be shown (not in a closed tab, not hidden on paper) but are not laid out.
        [...document.querySelectorAll('.book-chapter .expressive-code .ec-line')].filter(
          (line) => line.checkVisibility() && !line.checkVisibility({ contentVisibilityAuto: true }),
        ).length,
    );
  // On screen the book skips what is far below, or the print check below would prove nothing.
  expect(await skipped()).toBeGreaterThan(0);
  await page.emulateMedia({ media: 'print' });
  expect(await skipped()).toBe(0);
});
