/**
 * Where the pages place "Check yourself" sections, read from their
 * `<SelfCheck topic="..." />` elements (as tests/lib/sandboxes.ts reads
 * sandboxes), so the tests follow the pages without a list to keep.
 */
import { locales, type Locale } from '../../src/data/locale.ts';
import { pageSource } from './sandboxes.ts';
import { pageSlugs } from './site.ts';

/**
 * The topics of the `<SelfCheck topic="..." />` elements in an MDX source, in
 * page order. Code (fenced blocks and inline spans) and MDX comments only show
 * or mention the element, so they are left out.
 */
export function selfCheckElements(mdx: string): string[] {
  const live = mdx
    .replace(/^([^\S\n]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[`~]*[^\S\n]*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/(`+)[^`\n][\s\S]*?\1/g, '');
  return [...live.matchAll(/<SelfCheck\b[^>]*?\stopic=(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
}

/** The topics a page places, in order, in one locale (`''` is the home page). */
export function selfChecksOnPage(slug: string, locale: Locale): string[] {
  const source = pageSource(slug, locale);
  return source === undefined ? [] : selfCheckElements(source);
}

/** Pages that place a self-check in either locale, with the topic each places. */
export function pagesWithSelfCheck(): { slug: string; topics: Record<Locale, string[]> }[] {
  return pageSlugs
    .map((slug) => ({ slug, topics: Object.fromEntries(locales.map((locale) => [locale, selfChecksOnPage(slug, locale)])) as Record<Locale, string[]> }))
    .filter(({ topics }) => locales.some((locale) => topics[locale].length > 0));
}
