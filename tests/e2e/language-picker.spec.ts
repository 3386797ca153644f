import { locales, pagePath, pageSlugs } from '../lib/site.ts';
import { expect, test } from './fixtures.ts';

const [ro, en] = locales;

test.describe('language picker', () => {
  for (const slug of pageSlugs) {
    test(`round trip ro → en → ro on /${pagePath(ro, slug)}`, async ({ page, baseURL }) => {
      await page.goto(pagePath(ro, slug));
      const picker = page.getByRole('combobox', { name: 'Selectează limba' }).first();
      await picker.selectOption({ label: en.label });
      await expect(page).toHaveURL(`${baseURL}${pagePath(en, slug)}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');

      await page.getByRole('combobox', { name: 'Select language' }).first().selectOption({ label: ro.label });
      await expect(page).toHaveURL(`${baseURL}${pagePath(ro, slug)}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
    });
  }
});
