import { allPages } from '../lib/site.ts';
import { expect, test } from './fixtures.ts';

test.describe('every page in both locales', () => {
  for (const { locale, path } of allPages) {
    test(`/${path} loads in ${locale.label} with lang="${locale.lang}"`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
      await expect(page.locator('h1').first()).toBeVisible();
      // The main content is in the page's language: Starlight marks fallback pages with a notice.
      await expect(page.locator('.sl-markdown-content').first()).toBeVisible();
      await expect(page.getByText(/not available in your language|nu este încă disponibil/)).toHaveCount(0);
    });
  }
});
