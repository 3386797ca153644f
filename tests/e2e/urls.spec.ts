/**
 * The URL anatomy: it spells the example URL exactly, names every part in
 * the legend (so colour is not the only cue), links each name to the part's
 * entry, and fits a phone screen.
 */
import { exampleUrl, urlParts } from '../../src/data/url-parts.ts';
import { locales, pagePath } from '../lib/site.ts';
import { expect, test } from './fixtures.ts';

for (const locale of locales) {
  test(`${locale.label}: the anatomy spells the URL and its legend links every part to its entry`, async ({ page }) => {
    await page.goto(pagePath(locale, 'urls'));
    const anatomy = page.locator('figure.url-anatomy');
    await expect(anatomy.locator('.url-anatomy__url')).toHaveText(exampleUrl);
    const legend = anatomy.getByRole('list');
    await expect(legend.getByRole('listitem')).toHaveCount(urlParts.length);
    for (const part of urlParts) {
      const item = legend.getByRole('listitem').filter({ hasText: part.segment });
      await expect(item.getByRole('link', { name: part.name[locale.code] })).toHaveAttribute('href', `#${part.id}`);
      await expect(page.locator(`h3[id="${part.id}"]`)).toHaveText(part.name[locale.code]);
    }
    const styles = await anatomy
      .locator('.url-anatomy__url .url-part')
      .evaluateAll((spans) => spans.map((s) => `${getComputedStyle(s).textDecorationLine} ${getComputedStyle(s).textDecorationStyle}`));
    expect(new Set(styles).size, 'each part has its own underline').toBe(urlParts.length);
  });

  test(`${locale.label}, 360 px: the anatomy wraps between parts instead of widening the page`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(pagePath(locale, 'urls'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    const box = await page.locator('figure.url-anatomy').boundingBox();
    expect(box && box.x + box.width <= 360).toBe(true);
  });
}
