import AxeBuilder from '@axe-core/playwright';
import { allPages } from '../lib/site.ts';
import { expect, gotoWithTheme, test } from './fixtures.ts';

const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.describe('WCAG 2.1 AA (axe)', () => {
  // Pages with many highlighted code blocks (the sandboxes' static code) take axe well over
  // the default 30 s on a busy two-core machine.
  test.describe.configure({ timeout: 90_000 });
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
