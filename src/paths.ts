/**
 * The site's paths under its base (`/` or, on hosts such as GitHub Pages,
 * `/docs/`): one place for the trailing slash and the English prefix, which
 * pages, the sandboxes, the manifests and the service worker all need.
 * The base is passed in (`import.meta.env.BASE_URL` in the site, Astro's
 * `config.base` at build time), so Node's tests can call these too.
 */
import type { Locale } from './data/locale.ts';

/** The base with exactly one trailing slash: `siteBase('/docs')` → `/docs/`. */
export function siteBase(base: string): string {
  return base.replace(/\/*$/, '/');
}

/** A language's home under the base: `localeHome('/docs/', 'en')` → `/docs/en/`; Romanian is the root. */
export function localeHome(base: string, locale: Locale): string {
  return `${siteBase(base)}${locale === 'en' ? 'en/' : ''}`;
}
