/**
 * The request-response page as a reader meets it: generated code keeps its
 * braces, the page fits a 360 px phone, status badges match the data, and the
 * response-headers section reaches the shared header entries.
 */
import { headerAnchor, headers, responseHeaders } from '../../src/data/headers.ts';
import { locales, pagePath } from '../lib/site.ts';
import { expect, test } from './fixtures.ts';

for (const locale of locales) {
  const path = pagePath(locale, 'request-response');

  test(`/${path} shows generated code verbatim and status badges for every header`, async ({ page }) => {
    await page.goto(path);
    const content = page.locator('.sl-markdown-content');
    await expect(content).not.toContainText("{'{'}");
    await expect(content.locator('code', { hasText: 'params={"page": 2, "limit": 50}' })).toHaveCount(1);
    for (const status of ['current', 'deprecated', 'legacy', 'non-standard'] as const) {
      const expected = headers.filter((h) => h.status === status).length;
      await expect(content.locator(`.ref-badge--${status}`), status).toHaveCount(expected);
    }
  });

  test(`/${path} links every response header to an entry on the page`, async ({ page }) => {
    await page.goto(path);
    const table = page.locator('.sl-markdown-content table', { has: page.locator('a[href="#set-cookie"]') });
    const linked = await table.locator('a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const entries = await page.locator('.sl-markdown-content h3[id]').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    const expected = responseHeaders.map((h) => `#${headerAnchor(h)}`);
    expect(linked).toEqual(expected);
    expect(entries).toEqual(expect.arrayContaining(expected));
  });

  test(`/${path} fits a 360 px wide phone without scrolling sideways`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
