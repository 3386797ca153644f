/**
 * The URL anatomy: it spells the example URL exactly, colours the parts and
 * leaves the delimiters between them plain (the scheme is `https`, `:` and
 * `//` belong to no part), names every part in the legend (so colour is not
 * the only cue), links each name to the part's entry, and fits a phone screen.
 * The page keeps a single note on base URL versus origin, and its userinfo
 * section forbids the user name as much as the password.
 */
import { exampleDelimiters, exampleUrl, urlParts } from '../../src/data/url-parts.ts';
import { locales, pagePath } from '../lib/site.ts';
import { expect, test } from './fixtures.ts';

for (const locale of locales) {
  test(`${locale.label}: the anatomy spells the URL and its legend links every part to its entry`, async ({ page }) => {
    await page.goto(pagePath(locale, 'urls'));
    const anatomy = page.locator('figure.url-anatomy');
    await expect(anatomy.locator('.url-anatomy__url')).toHaveText(exampleUrl);
    const legend = anatomy.getByRole('list');
    // One line per part, and one for the delimiters.
    await expect(legend.getByRole('listitem')).toHaveCount(urlParts.length + 1);
    for (const part of urlParts) {
      const item = legend.getByRole('listitem').filter({ has: page.getByRole('link', { name: part.name[locale.code], exact: true }) });
      await expect(item.locator('code')).toHaveText(part.segment);
      await expect(item.getByRole('link')).toHaveAttribute('href', `#${part.id}`);
      await expect(page.locator(`h3[id="${part.id}"]`)).toHaveText(part.name[locale.code]);
    }
    const styles = await anatomy
      .locator('.url-anatomy__url .url-part')
      .evaluateAll((spans) => spans.map((s) => `${getComputedStyle(s).textDecorationLine} ${getComputedStyle(s).textDecorationStyle}`));
    expect(new Set(styles).size, 'each part has its own underline').toBe(urlParts.length);
  });

  test(`${locale.label}: the scheme is https, and ":" and "//" are plain delimiters, not part of it`, async ({ page }) => {
    await page.goto(pagePath(locale, 'urls'));
    const url = page.locator('figure.url-anatomy .url-anatomy__url');
    await expect(url.locator('.url-part--scheme')).toHaveText('https');
    await expect(url.locator('.url-sep')).toHaveText([':', '//', ':', '?', '#']);
    // The scheme is followed by its ":" and the host preceded by "//".
    const order = await url.locator('.url-part, .url-sep').allTextContents();
    expect(order.slice(0, 4)).toEqual(['https', ':', '//', 'www.example.com']);
    // Delimiters carry neither an underline nor a background: colour is not what sets them apart.
    const looks = await url.locator('.url-sep').evaluateAll((spans) =>
      spans.map((s) => `${getComputedStyle(s).textDecorationLine} ${getComputedStyle(s).backgroundColor}`),
    );
    expect(new Set(looks)).toEqual(new Set(['none rgba(0, 0, 0, 0)']));
    const delimiters = page.locator('figure.url-anatomy li.url-anatomy__delimiters');
    await expect(delimiters.locator('code')).toHaveText(exampleDelimiters().join(' '));
  });

  test(`${locale.label}: one note on base URL and origin, and the userinfo section covers the user name too`, async ({ page }) => {
    await page.goto(pagePath(locale, 'urls'));
    const notes = page.locator('.sl-markdown-content aside').filter({ hasText: 'https://api.example.com' });
    await expect(notes).toHaveCount(1);
    await expect(notes.locator('strong')).toHaveText(locale.code === 'ro' ? ['originea', 'URL-ul de bază'] : ['origin', 'base URL']);
    // Starlight wraps headings for their anchor links: the paragraph follows the wrapper.
    const userinfo = page.locator(':is(h2#userinfo, .sl-heading-wrapper:has(> h2#userinfo)) + p');
    await expect(userinfo).toContainText('RFC 9110 §4.2.4');
    await expect(userinfo.locator('code', { hasText: /^https:\/\/ana@www\.example\.com\/$/ })).toHaveCount(1);
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
