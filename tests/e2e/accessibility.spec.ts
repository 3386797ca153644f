import { allPages } from '../lib/site.ts';
import { wcagViolations } from './axe.ts';
import { expect, gotoWithTheme, test } from './fixtures.ts';

test.describe('WCAG 2.1 AA (axe)', () => {
  // axe's colour-contrast check visits every text element: a reference page with dozens of
  // entries and highlighted examples took 60–100 s on a 2-core machine shared with other builds.
  test.describe.configure({ timeout: 180_000 });
  for (const theme of ['light', 'dark'] as const) {
    // The printed book is every topic's content again, audited on its own pages here; print.spec.ts
    // audits what the book adds (its contents and a chapter, in both themes) and checks its ids.
    for (const { locale, path } of allPages.filter(({ slug }) => slug !== 'print')) {
      test(`/${path} (${locale.code}, ${theme} theme) has no violations`, async ({ page }) => {
        await gotoWithTheme(page, path, theme);
        expect(await wcagViolations(page)).toEqual([]);
      });
    }
  }
});
