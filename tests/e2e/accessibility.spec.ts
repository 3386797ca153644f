import AxeBuilder from '@axe-core/playwright';
import { allPages } from '../lib/site.ts';
import { expect, gotoWithTheme, test } from './fixtures.ts';

const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.describe('WCAG 2.1 AA (axe)', () => {
  // axe checks the contrast of every text node: long pages need more than 30 s on a busy machine.
  test.slow();
  for (const theme of ['light', 'dark'] as const) {
    for (const { locale, path } of allPages) {
      test(`/${path} (${locale.code}, ${theme} theme) has no violations`, async ({ page }) => {
        await gotoWithTheme(page, path, theme);
        const results = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  }
});
