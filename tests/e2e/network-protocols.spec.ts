/**
 * The network protocols page on a phone and on a desktop: the layer diagram
 * shows the layout that fits the column, names itself in the page's
 * language and keeps its text readable in both themes; the eight-column
 * table scrolls inside its own box instead of widening the page.
 */
import { protocols } from '../../src/data/protocols.ts';
import { locales, pagePath } from '../lib/site.ts';
import { expect, gotoWithTheme, test } from './fixtures.ts';

const titles = { ro: 'Protocoalele pe niveluri', en: 'Protocols by layer' };

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

for (const locale of locales) {
  for (const { width, layout } of [
    { width: 360, layout: 'narrow' },
    { width: 1280, layout: 'wide' },
  ]) {
    test(`${locale.label}, ${width} px: the ${layout} diagram is shown, with every protocol and a localized name`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(pagePath(locale, 'network-protocols'));
      const diagram = page.getByRole('img', { name: titles[locale.code] });
      await expect(diagram).toHaveCount(1);
      await expect(diagram).toHaveClass(new RegExp(`protocol-layers__svg--${layout}`));
      const labels = await diagram.locator('.chip-label').allTextContents();
      expect(labels).toHaveLength(protocols.filter((p) => p.layer !== 'suite').length);
      const box = await diagram.boundingBox();
      const column = await page.locator('.sl-markdown-content').boundingBox();
      expect(box && column && box.width <= column.width + 0.5).toBe(true);
    });
  }

  test(`${locale.label}, 360 px: the page does not scroll sideways, the protocol table does`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(pagePath(locale, 'network-protocols'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    const table = page.locator('table.protocol-table');
    await expect(table.locator('tbody tr')).toHaveCount(protocols.length);
    const { scrollWidth, clientWidth } = await table.evaluate((t) => ({ scrollWidth: t.scrollWidth, clientWidth: t.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`the diagram's text keeps a contrast of at least 4.5:1 in the ${theme} theme`, async ({ page }) => {
    await gotoWithTheme(page, pagePath(locales[0], 'network-protocols'), theme);
    const pairs = await page.locator('svg.protocol-layers__svg--wide').evaluate((svg) => {
      const fill = (selector: string) => getComputedStyle(svg.querySelector(selector) as Element).fill;
      return [
        { text: fill('.chip-label'), background: fill('.chip') },
        { text: fill('.band-name'), background: fill('.band') },
        { text: fill('.band-osi'), background: fill('.band') },
      ];
    });
    for (const { text, background } of pairs) expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
  });
}
