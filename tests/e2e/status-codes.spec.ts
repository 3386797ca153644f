import { statusCodes, statusClassIds } from '../../src/data/status-codes.ts';
import { locales, pagePath } from '../lib/site.ts';
import { expect, test } from './fixtures.ts';

const expectedAnchors = [...statusClassIds, ...statusCodes.map((s) => String(s.code))];

test.describe('status codes reference', () => {
  for (const locale of locales) {
    test(`${locale.label}: every class and code has its own heading and anchor`, async ({ page }) => {
      await page.goto(pagePath(locale, 'status-codes'));
      for (const status of statusCodes) {
        const heading = page.locator(`h3[id="${status.code}"]`);
        await expect(heading).toHaveText(`${status.code} ${status.reason}`);
      }
      for (const id of statusClassIds) {
        await expect(page.locator(`h2[id="${id}"]`)).toContainText(id);
      }
      const ids = await page.locator('.sl-markdown-content :is(h2, h3)[id]').evaluateAll((els) => els.map((e) => e.id));
      expect(ids).toEqual(expect.arrayContaining(expectedAnchors));
    });

    test(`${locale.label}: a deep link lands on the entry and the table of contents lists it`, async ({ page }) => {
      await page.goto(`${pagePath(locale, 'status-codes')}#404`);
      await expect(page.locator('h3[id="404"]')).toBeInViewport();
      await expect(page.locator('starlight-toc a[href="#404"]').first()).toHaveCount(1);
    });
  }

  test('the Romanian page calls the reason phrase „mesaj de stare”', async ({ page }) => {
    const [ro] = locales;
    await page.goto(pagePath(ro, 'status-codes'));
    await expect(page.locator('.sl-markdown-content strong', { hasText: 'mesaj de stare' })).toHaveCount(1);
  });

  test('both locales carry the same anchors in the same order', async ({ page }) => {
    const anchorsOf = async (path: string) => {
      await page.goto(path);
      return page.locator('.sl-markdown-content :is(h2, h3)[id]').evaluateAll((els) => els.map((e) => e.id));
    };
    const [ro, en] = locales;
    expect(await anchorsOf(pagePath(en, 'status-codes'))).toEqual(await anchorsOf(pagePath(ro, 'status-codes')));
  });
});
