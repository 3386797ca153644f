/**
 * The sandboxes in `src/sandboxes/<id>/`: their source, the code each
 * locale shows, the expected outputs beside them, and where the pages place
 * them (read from the pages' `<Sandbox id="..." />` elements, so a new page
 * or sandbox is tested without any list to update).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { locales, type Locale } from '../../src/data/locale.ts';
import { localizeComments } from '../../src/examples/localize.ts';
import { locales as siteLocales, pageSlugs } from './site.ts';

export const sandboxesDir = new URL('../../src/sandboxes/', import.meta.url);

export const sandboxIds: string[] = readdirSync(sandboxesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

export function sandboxSource(id: string): string {
  return readFileSync(new URL(`${id}/index.ts`, sandboxesDir), 'utf8');
}

/** The code a reader of `locale` sees and runs (the same transformation as Sandbox.astro). */
export function sandboxCode(id: string, locale: Locale): string {
  return localizeComments(sandboxSource(id), locale).trim();
}

const expectedUrl = (id: string, locale: Locale) => new URL(`${id}/expected.${locale}.txt`, sandboxesDir);

export function expectedOutput(id: string, locale: Locale): string | undefined {
  const url = expectedUrl(id, locale);
  return existsSync(url) ? readFileSync(url, 'utf8').replace(/\n$/, '') : undefined;
}

export function writeExpectedOutput(id: string, locale: Locale, text: string): void {
  writeFileSync(expectedUrl(id, locale), `${text}\n`);
}

const docsDir = new URL('../../src/content/docs/', import.meta.url);

/** The MDX source of a page (`''` is the home page), or undefined when the locale has no such page. */
export function pageSource(slug: string, locale: Locale): string | undefined {
  const prefix = siteLocales.find((l) => l.code === locale)?.prefix ?? '';
  for (const extension of ['mdx', 'md']) {
    const url = new URL(`${prefix}${slug || 'index'}.${extension}`, docsDir);
    if (existsSync(url)) return readFileSync(url, 'utf8');
  }
  return undefined;
}

/** A page's title from its front matter, as its `<h1>` shows it. */
export function pageTitle(slug: string, locale: Locale): string {
  const source = pageSource(slug, locale);
  if (source === undefined) throw new Error(`no page ${slug || 'index'} in ${locale}`);
  return /^title: (.+)$/m.exec(source)?.[1]?.trim().replace(/^['"]|['"]$/g, '') ?? '';
}

/**
 * The ids of the `<Sandbox id="..." />` elements in an MDX source, in page
 * order. Code (fenced blocks and inline spans) and MDX comments only show or
 * mention the element, so they are left out.
 */
export function sandboxElements(mdx: string): string[] {
  const live = mdx
    .replace(/^([^\S\n]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[`~]*[^\S\n]*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/(`+)[^`\n][\s\S]*?\1/g, '');
  return [...live.matchAll(/<Sandbox\b[^>]*?\sid=(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
}

/** The sandboxes a page places, in order, in one locale (`''` is the home page). */
export function sandboxesOnPage(slug: string, locale: Locale): string[] {
  const source = pageSource(slug, locale);
  return source === undefined ? [] : sandboxElements(source);
}

/** The slugs of the pages that place at least one sandbox, in either locale. */
export function pagesWithSandboxes(): string[] {
  return pageSlugs.filter((slug) => locales.some((locale) => sandboxesOnPage(slug, locale).length > 0));
}

export { locales };
