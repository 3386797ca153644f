/**
 * Which built pages belong in the sitemap: every page but those that ask
 * search engines not to index them (`<meta name="robots" content="noindex">`).
 * Those are the moved pages' redirects (`/request-response/`) and the offline
 * fallback: listing them would point search engines at pages they are told to
 * drop. Starlight's own sitemap lists every page, hence this filter for
 * `@astrojs/sitemap`, which is what Starlight uses.
 *
 * The rule reads the built page itself, so a page that gains or loses
 * `noindex` needs no list kept in step here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteBase } from '../paths.ts';

/** True when the HTML carries a robots meta tag that says `noindex`. */
export function asksNotToBeIndexed(html: string): boolean {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const name = /\bname\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
    const content = /\bcontent\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1]?.toLowerCase() ?? '';
    if (name === 'robots' && content.split(',').some((directive) => ['noindex', 'none'].includes(directive.trim()))) return true;
  }
  return false;
}

/**
 * A filter for `@astrojs/sitemap`: given a page's absolute URL, whether to list it. `outDir` is the
 * build's output folder and `base` the site's base path (`/`, `/docs/`), which the URL carries and the
 * folder does not.
 */
export function indexablePage(outDir: string, base: string): (page: string) => boolean {
  const root = siteBase(base);
  return (page) => {
    const path = decodeURIComponent(new URL(page).pathname);
    const inSite = path.startsWith(root) ? path.slice(root.length) : path.replace(/^\//, '');
    try {
      return !asksNotToBeIndexed(readFileSync(join(outDir, inSite, 'index.html'), 'utf8'));
    } catch {
      // Not an HTML page of ours (or not written as folder/index.html): keep what the sitemap found.
      return true;
    }
  };
}
