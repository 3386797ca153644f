/**
 * The request and response pages as a reader meets them: generated code keeps
 * its braces, the pages fit a 360 px phone, status badges match the data, and
 * the response-headers section reaches the shared header entries, which live
 * with the request headers on the request page.
 */
import { headerAnchor, headers, responseHeaders } from '../../src/data/headers.ts';
import { requestHeadersPage } from '../../src/reference/response-headers.ts';
import { locales, pagePath } from '../lib/site.ts';
import { expect, test } from './fixtures.ts';

/** Where each header's entry is: the response page for response-only headers, the request page for the rest. */
const entriesOn = { request: headers.filter((h) => h.direction !== 'response'), response: headers.filter((h) => h.direction === 'response') };

for (const locale of locales) {
  for (const slug of ['request', 'response'] as const) {
    const path = pagePath(locale, slug);

    test(`/${path} shows generated code verbatim and a status badge for every header entry it holds`, async ({ page }) => {
      await page.goto(path);
      const content = page.locator('.sl-markdown-content');
      await expect(content).not.toContainText("{'{'}");
      if (slug === 'request') await expect(content.locator('code', { hasText: 'params={"page": 2, "limit": 50}' })).toHaveCount(1);
      for (const status of ['current', 'deprecated', 'legacy', 'non-standard'] as const) {
        const expected = entriesOn[slug].filter((h) => h.status === status).length;
        await expect(content.locator(`.ref-badge--${status}`), status).toHaveCount(expected);
      }
    });

    test(`/${path} fits a 360 px wide phone without scrolling sideways`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test(`/${pagePath(locale, 'response')} links every response header to its entry, the shared ones on the request page`, async ({ page }) => {
    const requestPath = `/${pagePath(locale, requestHeadersPage)}`;
    await page.goto(pagePath(locale, 'response'));
    const table = page.locator('.sl-markdown-content table', { has: page.locator('a[href="#set-cookie"]') });
    const linked = await table.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const entries = await page.locator('.sl-markdown-content h3[id]').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    const expected = responseHeaders.map((h) => `${h.direction === 'both' ? requestPath : ''}#${headerAnchor(h)}`);
    expect(linked).toEqual(expected);
    expect(entries).toEqual(expect.arrayContaining(expected.filter((href) => href.startsWith('#'))));

    // The shared headers' entries are where the links point.
    await page.goto(pagePath(locale, requestHeadersPage));
    const requestEntries = await page.locator('.sl-markdown-content h3[id]').evaluateAll((hs) => hs.map((h) => h.id));
    const shared = responseHeaders.filter((h) => h.direction === 'both').map(headerAnchor);
    expect(shared.length).toBeGreaterThan(0);
    expect(requestEntries).toEqual(expect.arrayContaining(shared));
  });
}
