/**
 * Nothing overflows sideways: on every page, in both locales and both themes,
 * at a 360 px phone width and a 1280 px desktop width, the document is no
 * wider than the viewport. Wide tables and code scroll inside their own box.
 */
import { allPages } from '../lib/site.ts';
import { expect, test } from './fixtures.ts';

const widths = [360, 1280] as const;
const themes = ['light', 'dark'] as const;

for (const { locale, path } of allPages) {
  test(`/${path} (${locale.code}) fits 360 px and 1280 px in both themes`, async ({ page }) => {
    for (const theme of themes) {
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const overflow = await page.evaluate(() => {
          const root = document.documentElement;
          const wide = [...document.querySelectorAll<HTMLElement>('body *')]
            .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
            .filter((el) => !el.closest('[aria-hidden="true"], .sr-only, dialog:not([open])'))
            .slice(0, 3)
            .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`);
          return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
        });
        expect(overflow.scrollWidth, `${theme}, ${width} px: widest elements ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(
          overflow.clientWidth,
        );
      }
    }
  });
}
