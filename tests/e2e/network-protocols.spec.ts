/**
 * The network protocols page on a phone and on a desktop: the layer, TLS
 * handshake and DNS resolution diagrams show the layout that fits the
 * column, name themselves in the page's language, keep every label inside
 * the drawing and readable in both themes; the eight-column table scrolls
 * inside its own box instead of widening the page.
 */
import type { Page } from '@playwright/test';
import { dnsNodes, dnsResolutionText, dnsSteps } from '../../src/data/dns-resolution.ts';
import { protocols } from '../../src/data/protocols.ts';
import { tlsHandshakeMessages, tlsHandshakeText } from '../../src/data/tls-handshake.ts';
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

/** The two diagrams drawn from their own data modules, with what each must show. */
const sequenceDiagrams = [
  {
    id: 'tls-handshake',
    title: (code: 'ro' | 'en') => tlsHandshakeText[code].title,
    label: '.message-name',
    count: tlsHandshakeMessages.length,
  },
  {
    id: 'dns-resolution',
    title: (code: 'ro' | 'en') => dnsResolutionText[code].title,
    label: '.node-name',
    count: dnsNodes.length,
  },
] as const;

/** Texts of the visible diagram that stick out of the drawing, or out of the box they label. */
async function misplacedTexts(page: Page, id: string): Promise<string[]> {
  return page.locator(`svg.${id}__svg:visible`).evaluate((svg) => {
    const inside = (inner: DOMRect, outer: DOMRect) =>
      inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
    const frame = svg.getBoundingClientRect();
    const problems: string[] = [];
    for (const text of svg.querySelectorAll('text')) {
      const box = text.getBoundingClientRect();
      if (!inside(box, frame)) problems.push(`${text.textContent} leaves the drawing`);
      // A text drawn in the same group as a box (an actor, a server, a cache tag) stays inside it.
      const rect = text.parentElement?.querySelector(':scope > rect');
      if (rect && !inside(box, rect.getBoundingClientRect())) problems.push(`${text.textContent} leaves its box`);
    }
    return problems;
  });
}

for (const locale of locales) {
  for (const diagram of sequenceDiagrams) {
    for (const { width, layout } of [
      { width: 360, layout: 'narrow' },
      { width: 1280, layout: 'wide' },
    ]) {
      test(`${locale.label}, ${width} px: the ${diagram.id} diagram shows its ${layout} layout, named in the page's language, every label inside`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(pagePath(locale, 'network-protocols'));
        const svg = page.getByRole('img', { name: diagram.title(locale.code), exact: true });
        await expect(svg).toHaveCount(1);
        await expect(svg).toHaveClass(new RegExp(`${diagram.id}__svg--${layout}`));
        await expect(svg.locator(diagram.label)).toHaveCount(diagram.count);
        const box = await svg.boundingBox();
        const column = await page.locator('.sl-markdown-content').boundingBox();
        expect(box && column && box.width <= column.width + 0.5 && box.x + box.width <= width).toBe(true);
        expect(await misplacedTexts(page, diagram.id)).toEqual([]);
        // Labels keep a readable size: the drawing is never scaled below 90 %.
        const scale = await svg.evaluate((el) => el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width);
        expect(scale).toBeGreaterThanOrEqual(0.9);
      });
    }
  }

  test(`${locale.label}: the TLS handshake diagram stands beside the TLS 1.3 steps, its messages in order`, async ({ page }) => {
    await page.goto(pagePath(locale, 'network-protocols'));
    const panel = page.getByRole('tabpanel').filter({ has: page.locator('svg.tls-handshake__svg') });
    await expect(panel.locator('svg.tls-handshake__svg--wide')).toBeVisible();
    await expect(panel.locator('ol')).toHaveCount(1);
    const names = await panel.locator('svg.tls-handshake__svg--wide .message-name').allTextContents();
    expect(names[0]).toBe('ClientHello');
    expect(names.at(-1)).toBe('[Application Data]');
    await expect(panel.locator('svg.tls-handshake__svg--wide .message-extension')).toHaveText(['+ key_share', '+ key_share']);
  });

  test(`${locale.label}: the DNS resolution diagram lists its steps in the page's language, and the DNS entry links to it`, async ({
    page,
  }) => {
    await page.goto(pagePath(locale, 'network-protocols'));
    const steps = page.locator('figure.dns-resolution ol > li');
    await expect(steps).toHaveCount(dnsSteps.length);
    await expect(steps.first()).toHaveText(dnsSteps[0]?.text[locale.code] ?? '');
    // The link to the diagram's section sits in the DNS entry: the last entry heading before it is #dns.
    const entryOfLink = await page.locator('.sl-markdown-content a[href="#dns-resolution"]').first().evaluate((link) => {
      const headings = [...document.querySelectorAll('.sl-markdown-content h3[id]')];
      const before = headings.filter((h) => h.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING);
      return before.at(-1)?.id;
    });
    expect(entryOfLink).toBe('dns');
    await expect(page.locator('h3#dns-resolution')).toHaveCount(1);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`the TLS handshake and DNS diagrams keep a text contrast of at least 4.5:1 in the ${theme} theme`, async ({ page }) => {
    await gotoWithTheme(page, pagePath(locales[0], 'network-protocols'), theme);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const pairs = await page.evaluate((bg) => {
      const fill = (selector: string) => getComputedStyle(document.querySelector(selector) as Element).fill;
      const tls = 'svg.tls-handshake__svg--wide';
      const dns = 'svg.dns-resolution__svg--wide';
      return [
        { what: 'TLS message', text: fill(`${tls} .message-name`), background: bg },
        { what: 'TLS extension', text: fill(`${tls} .message-extension`), background: bg },
        { what: 'TLS legend', text: fill(`${tls} .legend`), background: bg },
        { what: 'TLS actor', text: fill(`${tls} .actor-name`), background: fill(`${tls} .actor`) },
        { what: 'TLS badge', text: fill(`${tls} .badge-number`), background: fill(`${tls} .badge`) },
        { what: 'DNS node', text: fill(`${dns} .node-name`), background: fill(`${dns} .node`) },
        { what: 'DNS detail', text: fill(`${dns} .node-detail`), background: fill(`${dns} .node`) },
        { what: 'DNS cache', text: fill(`${dns} .cache-label`), background: fill(`${dns} .cache`) },
        { what: 'DNS badge', text: fill(`${dns} .badge-number`), background: fill(`${dns} .badge`) },
      ];
    }, background);
    for (const { what, text, background: bg } of pairs) expect(contrast(text, bg), what).toBeGreaterThanOrEqual(4.5);
  });

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
