/**
 * The request and response pages as a reader meets them: generated code keeps
 * its braces, the pages fit a 360 px phone, status badges match the data, the
 * response-headers section reaches the shared header entries, which live
 * with the request headers on the request page, and the CORS diagram shows the
 * layout that fits the column, names itself in the page's language, keeps all
 * its text inside its frame and its text readable in both themes.
 */
import { corsFlows, corsFlowText } from '../../src/data/cors-flow.ts';
import { headerAnchor, headers, responseHeaders } from '../../src/data/headers.ts';
import { requestHeadersPage } from '../../src/reference/response-headers.ts';
import { locales, pagePath } from '../lib/site.ts';
import { expect, gotoWithTheme, test } from './fixtures.ts';

/** WCAG relative-luminance contrast of two `rgb(...)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

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

for (const locale of locales) {
  for (const { width, layout } of [
    { width: 360, layout: 'narrow' },
    { width: 1280, layout: 'wide' },
  ]) {
    test(`${locale.label}, ${width} px: the CORS diagram shows its ${layout} layout, named in the page's language, every text inside it`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(pagePath(locale, 'response'));
      const text = corsFlowText[locale.code];
      const diagram = page.getByRole('img', { name: text.title });
      await expect(diagram).toHaveCount(1);
      await expect(diagram).toHaveClass(new RegExp(`cors-flow__svg--${layout}`));
      await expect(diagram).toHaveAccessibleDescription(text.description);
      // In the CORS section: the last h2 before the figure is #cors.
      const section = await page.locator('figure.cors-flow').evaluate((figure) => {
        const all = [...document.querySelectorAll('.sl-markdown-content h2')];
        const before = all.filter((h) => h.compareDocumentPosition(figure) & Node.DOCUMENT_POSITION_FOLLOWING);
        return before.at(-1)?.id;
      });
      expect(section).toBe('cors');
      const words = await diagram.locator('text').allTextContents();
      for (const flow of corsFlows) expect(words.join(' ')).toContain(flow.title[locale.code]);
      expect(words).toContain('OPTIONS /users/4');

      const outside = await diagram.evaluate((svg) => {
        const frame = (svg as SVGSVGElement).viewBox.baseVal;
        return [...svg.querySelectorAll('text')]
          .map((t) => ({ text: t.textContent, box: t.getBBox() }))
          .filter(({ box }) => box.x < 0 || box.x + box.width > frame.width || box.y < 0 || box.y + box.height > frame.height)
          .map(({ text }) => text);
      });
      expect(outside).toEqual([]);
      const box = await diagram.boundingBox();
      const column = await page.locator('.sl-markdown-content').boundingBox();
      expect(box && column && box.width <= column.width + 0.5).toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    });
  }
}

for (const theme of ['light', 'dark'] as const) {
  test(`the CORS diagram's text keeps a contrast of at least 4.5:1 in the ${theme} theme`, async ({ page }) => {
    await gotoWithTheme(page, pagePath(locales[1], 'response'), theme);
    const pairs = await page.locator('svg.cors-flow__svg--wide').evaluate((svg) => {
      const fill = (selector: string) => getComputedStyle(svg.querySelector(selector) as Element).fill;
      const page = getComputedStyle(document.body).backgroundColor;
      return [
        { text: fill('.header-line'), background: page },
        { text: fill('.flow-when'), background: page },
        { text: fill('.check-answer'), background: fill('.check') },
        { text: fill('.actor-name'), background: fill('.actor') },
        { text: fill('.actor-detail'), background: fill('.actor') },
      ];
    });
    for (const { text, background } of pairs) expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
  });
}
