/**
 * The sockets page's TCP teardown diagram on a phone and on a desktop: it
 * shows the layout that fits the column, names itself in the page's
 * language, keeps every label inside the drawing and apart from the others,
 * and keeps its text readable in both themes. The text around it says that
 * the side in TIME_WAIT is the client.
 */
import { tcpTeardownText } from '../../src/data/tcp-teardown.ts';
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

/** The word for the client in the sentence that places TIME_WAIT. */
const clientWord = { ro: 'clientul', en: 'the client' };

for (const locale of locales) {
  const text = tcpTeardownText[locale.code];

  for (const { width, layout } of [
    { width: 360, layout: 'narrow' },
    { width: 1280, layout: 'wide' },
  ]) {
    test(`${locale.label}, ${width} px: the ${layout} teardown diagram is shown, named in the page's language, its labels inside and apart`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(pagePath(locale, 'sockets'));
      const diagram = page.getByRole('img', { name: text.title, exact: true });
      await expect(diagram).toHaveCount(1);
      await expect(diagram).toHaveClass(new RegExp(`tcp-teardown__svg--${layout}`));
      await expect(diagram).toHaveAccessibleDescription(text.description);
      await expect(diagram.locator('.wire').filter({ hasText: text.reply })).toHaveCount(1);

      const box = await diagram.boundingBox();
      const column = await page.locator('.sl-markdown-content').boundingBox();
      expect(box && column && box.width <= column.width + 0.5).toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);

      const { frame, labels } = await diagram.evaluate((svg) => {
        const { left, right, top, bottom } = svg.getBoundingClientRect();
        const labels = [...svg.querySelectorAll('text')].map((node) => {
          const r = node.getBoundingClientRect();
          return { text: node.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        });
        return { frame: { left, right, top, bottom }, labels };
      });
      for (const label of labels) {
        const inside = label.left >= frame.left && label.right <= frame.right && label.top >= frame.top && label.bottom <= frame.bottom;
        expect(inside, `"${label.text}" is cut off`).toBe(true);
      }
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) {
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, `"${a.text}" overlaps "${b.text}"`).toBe(true);
        }
      }
      // Labels keep a readable size on a phone too.
      const smallest = await diagram.evaluate((svg) => {
        const scale = svg.getBoundingClientRect().width / (svg as unknown as SVGSVGElement).viewBox.baseVal.width;
        return Math.min(...[...svg.querySelectorAll('text')].map((node) => parseFloat(getComputedStyle(node).fontSize) * scale));
      });
      expect(smallest).toBeGreaterThanOrEqual(11);
    });
  }

  test(`${locale.label}: the text next to the diagram names the client as the side in TIME_WAIT`, async ({ page }) => {
    await page.goto(pagePath(locale, 'sockets'));
    // The explanation itself, not the asides of the reference entries that mention TIME_WAIT too.
    const section = page.locator('.sl-markdown-content > p', { hasText: '2×MSL' });
    await expect(section).toHaveCount(1);
    await expect(section).toContainText('TIME_WAIT');
    await expect(section).toContainText(clientWord[locale.code]);
    // The diagram sits in the same section, before that explanation.
    const order = await page.evaluate(() => {
      const figure = document.querySelector('figure.tcp-teardown');
      const heading = document.getElementById('teardown');
      const explanation = [...document.querySelectorAll('.sl-markdown-content > p')].find((p) => p.textContent?.includes('2×MSL'));
      if (!figure || !heading || !explanation) return null;
      const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return follows(heading, figure) && follows(figure, explanation);
    });
    expect(order).toBe(true);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`the teardown diagram's text keeps a contrast of at least 4.5:1 in the ${theme} theme`, async ({ page }) => {
    await gotoWithTheme(page, pagePath(locales[0], 'sockets'), theme);
    const pairs = await page.locator('svg.tcp-teardown__svg--wide').evaluate((svg) => {
      const fill = (selector: string) => getComputedStyle(svg.querySelector(selector) as Element).fill;
      const page = getComputedStyle(document.body).backgroundColor;
      const waitChip = [...svg.querySelectorAll('.state--wait')][0];
      const waitName = waitChip?.parentElement?.querySelector('.state-name');
      return [
        { what: 'state', text: fill('.state-name'), background: fill('.state') },
        { what: 'TIME_WAIT', text: waitName ? getComputedStyle(waitName).fill : '', background: waitChip ? getComputedStyle(waitChip).fill : '' },
        { what: 'call', text: fill('.call'), background: page },
        { what: 'wire', text: fill('.wire'), background: page },
        { what: 'wait label', text: fill('.wait-label'), background: page },
        { what: 'actor', text: fill('.actor-name'), background: fill('.actor') },
      ];
    });
    for (const { what, text, background } of pairs) {
      expect(contrast(text, background), `${what}: ${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });
}
