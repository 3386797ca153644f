/**
 * What the tests know about the site, read from the sources themselves so a
 * new page is tested without anyone having to list it here.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const locales = [
  { code: 'ro', lang: 'ro', prefix: '', label: 'Română' },
  { code: 'en', lang: 'en', prefix: 'en/', label: 'English' },
] as const;
export type TestLocale = (typeof locales)[number];

const docsDir = fileURLToPath(new URL('../../src/content/docs/', import.meta.url));

/** Slugs of every page, e.g. `''` (home) and `status-codes`; identical in both locales by design. */
export const pageSlugs: string[] = readdirSync(docsDir)
  .filter((name) => /\.mdx?$/.test(name))
  .map((name) => name.replace(/\.mdx?$/, ''))
  .map((slug) => (slug === 'index' ? '' : slug))
  .sort();

/** The path of a page relative to the site's base, e.g. `en/status-codes/`. */
export function pagePath(locale: TestLocale, slug: string): string {
  return `${locale.prefix}${slug ? `${slug}/` : ''}`;
}

/** Every page in every locale. */
export const allPages = locales.flatMap((locale) =>
  pageSlugs.map((slug) => ({ locale, slug, path: pagePath(locale, slug) })),
);
