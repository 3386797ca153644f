/**
 * Highlighted code in the built pages, both themes: tokens in the code's own
 * colour, and runs of spaces, have no element of their own (plain-code-tokens.ts
 * drops them, for fewer elements to lay out), so the text between coloured
 * tokens must be drawn in the code's own colour; and every token still on
 * the page shows the colour its style names for the theme.
 */
import { allPages } from '../lib/site.ts';
import { expect, gotoWithTheme, test } from './fixtures.ts';

const themes = ['dark', 'light'] as const;
/** Expressive Code numbers its themes in the order Starlight gives them: dark (--0), then light (--1). */
const variantOf = { dark: 0, light: 1 } as const;

interface CodeColours {
  blocks: number;
  /** Text outside any token not drawn in its block's code colour. */
  offColourText: string[];
  /** Tokens not drawn in the colour their style names for this theme. */
  offColourTokens: string[];
  /** Tokens (by position on the page) with only colours in their style, drawn in the code colour in this theme. */
  inCodeColour: number[];
  /** Tokens of only spaces with only colours in their style: nothing to see. */
  spaces: string[];
}

/** What the page's code looks like in one theme. */
async function codeColours(page: import('@playwright/test').Page, path: string, theme: (typeof themes)[number]): Promise<CodeColours> {
  await gotoWithTheme(page, path, theme);
  return page.evaluate((variant): CodeColours => {
    // Colours as the browser computes them, so that #D6DEEB and rgb(214, 222, 235) compare equal.
    const probe = document.createElement('span');
    document.body.append(probe);
    const rgb = (value: string) => {
      probe.style.color = value;
      return getComputedStyle(probe).color;
    };
    const result: CodeColours = { blocks: 0, offColourText: [], offColourTokens: [], inCodeColour: [], spaces: [] };
    let index = 0;
    for (const pre of document.querySelectorAll<HTMLElement>('.sl-markdown-content .expressive-code pre')) {
      result.blocks += 1;
      // Expressive Code gives the code its colour on `code` (the `pre` keeps the page's text colour).
      const codeColour = getComputedStyle(pre.querySelector('code') ?? pre).color;
      for (const code of pre.querySelectorAll<HTMLElement>('.ec-line .code')) {
        const bare = [...code.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
        if (bare && getComputedStyle(code).color !== codeColour) result.offColourText.push(code.textContent ?? '');
      }
      for (const token of pre.querySelectorAll<HTMLElement>('.ec-line span[style^="--"]:not([class])')) {
        index += 1;
        const style = token.getAttribute('style') ?? '';
        const named = new Map([...style.matchAll(/(?:^|;)--(\d+):([^;]+)/g)].map((m) => [Number(m[1]), m[2]!]));
        const expected = named.get(variant);
        if (expected && getComputedStyle(token).color !== rgb(expected)) result.offColourTokens.push(`${token.textContent} ${style}`);
        if (!style.split(';').every((d) => !d || /^--\d+:/.test(d))) continue;
        if (!token.textContent?.trim()) result.spaces.push(style);
        else if (expected && rgb(expected) === codeColour) result.inCodeColour.push(index);
      }
    }
    probe.remove();
    return result;
  }, variantOf[theme]);
}

for (const { path } of allPages.filter(({ slug }) => ['request', 'sockets', 'urls'].includes(slug))) {
  test(`${path}: code text is drawn in the code colour, tokens in theirs, in both themes`, async ({ page }) => {
    const [dark, light] = [await codeColours(page, path, 'dark'), await codeColours(page, path, 'light')];
    for (const found of [dark, light]) {
      expect(found.blocks, 'code blocks').toBeGreaterThan(0);
      expect(found.offColourText).toEqual([]);
      expect(found.offColourTokens).toEqual([]);
      expect(found.spaces).toEqual([]);
    }
    // A token in the code colour in both themes adds nothing: it should have been plain text.
    expect(dark.inCodeColour.filter((index) => light.inCodeColour.includes(index))).toEqual([]);
  });
}

/**
 * Expressive Code writes its stylesheet into the first Markdown code block and
 * into the first `<Code>` component of a page; the page keeps the first copy
 * only (src/repeated-styles.ts), as a real element: a repeat arriving mid-page
 * restyles everything parsed so far for nothing.
 */
test('every page carries the code blocks\' stylesheet once, as a style element', async ({ request }) => {
  const copies: Record<string, number> = {};
  for (const { path } of allPages) {
    const html = await (await request.get(path)).text();
    expect(html, `${path}: a style element with its CSS in an attribute`).not.toMatch(/<style[^>]*\sset:html=/);
    const found = html.match(/<style>@layer starlight\.components\{\.expressive-code\{/g)?.length ?? 0;
    const blocks = html.match(/<div class="expressive-code">/g)?.length ?? 0;
    copies[path] = blocks === 0 ? found : found - 1;
  }
  // 0 everywhere: one copy on a page with code, none on a page without.
  expect(Object.entries(copies).filter(([, extra]) => extra !== 0)).toEqual([]);
});
