/**
 * The table of contents marks the section on screen, on the desktop and on a
 * phone. Its script is the site's (src/components/overrides/starlight-toc.ts,
 * in place of Starlight's): it must watch exactly the elements Starlight's
 * selectors pick, on every page, and still follow the reader down the page.
 */
import { sectionMarkers } from '../../src/components/overrides/section-markers.ts';
import { allPages, locales, pagePath } from '../lib/site.ts';
import { expect, test } from './fixtures.ts';

/** Starlight's own query for what its table of contents observes (minimum level 2, maximum 3). */
const heading = 'h1#_top,:where(h2,h3)[id]';
const starlightQuery = [
  `main :where(${heading})`,
  `main :where(${heading}, .sl-heading-wrapper) ~ *:not(:has(${heading}))`,
  `main .sl-markdown-content > *:not(:has(${heading}))`,
  `main > *:not(:has(${heading}))`,
].join();

test.describe('table of contents', () => {
  test('every page: the elements watched are the ones Starlight selects, in the same order', async ({ page }) => {
    test.setTimeout(120_000);
    for (const { path } of allPages) {
      await page.goto(path);
      const found = await page.evaluate(
        ([walk, query, selector]) => {
          const all = [...document.querySelectorAll('main *')];
          const main = document.querySelector('main');
          const markers = (new Function(`return ${walk}`)() as (main: Element, selector: string) => Element[])(main!, selector);
          return { walked: markers.map((e) => all.indexOf(e)), selected: [...document.querySelectorAll(query)].map((e) => all.indexOf(e)) };
        },
        [sectionMarkers.toString(), starlightQuery, heading] as const,
      );
      expect(found.walked, `/${path}`).toEqual(found.selected);
    }
  });

  test("the page's script is the site's, not Starlight's :has() query", async ({ page }) => {
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.url().endsWith('.js')) scripts.push(await response.text());
    });
    await page.goto(pagePath(locales[1], 'request'));
    await expect(page.locator('starlight-toc a[aria-current="true"]')).toHaveCount(1);
    expect(scripts.some((source) => source.includes('sl-heading-wrapper'))).toBe(true);
    expect(scripts.filter((source) => source.includes(':has('))).toHaveLength(0);
  });

  for (const locale of locales) {
    test(`${locale.code}: the section on screen is marked as the reader scrolls, on the desktop and on a phone`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(pagePath(locale, 'request'));
      const current = page.locator('starlight-toc a[aria-current="true"]');
      await expect(current).toHaveAttribute('href', '#_top');
      // A paragraph in the middle of a section, not its heading, brought to the top of the screen.
      for (const id of ['option-timeout', 'content-type']) {
        await page.locator(`h3[id="${id}"]`).locator('xpath=..').locator('xpath=following-sibling::p[1]').evaluate((p) => {
          window.scrollTo(0, p.getBoundingClientRect().top + window.scrollY - 120);
        });
        await expect(current).toHaveAttribute('href', `#${id}`);
      }
      // On a phone the bar under the header names the section.
      await page.setViewportSize({ width: 360, height: 740 });
      const title = (await page.locator('h3[id="option-timeout"]').textContent())?.trim() ?? '';
      await page.locator('h3[id="option-timeout"]').evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 130));
      await expect(page.locator('mobile-starlight-toc .display-current')).toHaveText(title);
    });
  }
});
