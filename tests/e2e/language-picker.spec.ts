import { locales, pagePath, pageSlugs } from '../lib/site.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Starlight's picker navigates from a custom element's change listener, which
 * exists only once its module script has run; a choice made before that is a
 * no-op in any browser. Wait for the upgrade, as a reader's eye would.
 */
async function pickerReady(page: Page): Promise<void> {
  await page.waitForFunction(() => customElements.get('starlight-lang-select') !== undefined);
}

const [ro, en] = locales;

test.describe('language picker', () => {
  for (const slug of pageSlugs) {
    test(`round trip ro → en → ro on /${pagePath(ro, slug)}`, async ({ page, baseURL }) => {
      await page.goto(pagePath(ro, slug));
      await pickerReady(page);
      const picker = page.getByRole('combobox', { name: 'Selectează limba' }).first();
      await picker.selectOption({ label: en.label });
      await expect(page).toHaveURL(`${baseURL}${pagePath(en, slug)}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await pickerReady(page);

      await page.getByRole('combobox', { name: 'Select language' }).first().selectOption({ label: ro.label });
      await expect(page).toHaveURL(`${baseURL}${pagePath(ro, slug)}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
    });
  }
});
