/**
 * Old addresses keep working after a page moved (src/moved-pages.ts): in both
 * locales, `/<old>/#<anchor>` ends on the new page that holds the anchor, with
 * the anchor in the URL, for EVERY anchor the moved content carries. The list
 * is read from the new pages' sources, as the redirect page reads it; a few
 * anchors of the old page are written out below as a check on that list.
 *
 * A full trip loads a heavy page (about a second with its sandboxes), so the
 * work is shared out: the redirect page's own inline script, as served, is run
 * against every anchor with a stand-in `location`; every anchor is found
 * visible on its real new page; and the known anchors take the whole trip in
 * the browser, ending with their heading on screen. Without JavaScript, the
 * old address links to every new page. The fixture also fails a test on any
 * CSP violation, so the redirect's inline script must be allowed by the
 * page's policy, which must hold its hash.
 */
import { createHash } from 'node:crypto';
import { destinationFor, destinationsOf, movedAnchors, movedPages, type Destination } from '../../src/moved-pages.ts';
import { pageSource } from '../lib/page-anchors.ts';
import { locales, pagePath, type TestLocale } from '../lib/site.ts';
import { expect, test } from './fixtures.ts';

/** Anchors the old request-response page had, and the page each went to: a check on the derived list. */
const knownAnchors: Record<string, Record<string, string[]>> = {
  'request-response': {
    request: ['request', 'option-timeout', 'content-type', 'proxy-and-certificates', 'try-it', 'try-login'],
    response: ['response-on-the-wire', 'response-attributes', 'attr-json', 'set-cookie', 'try-response', 'try-redirects'],
  },
};

/** The bodies of a page's inline scripts (no `src`), as the browser hashes them for its CSP. */
const inlineScripts = (html: string): string[] =>
  [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)].filter((m) => !/\ssrc=/.test(m[1] ?? '') && m[2]?.trim()).map((m) => m[2] ?? '');

const destinations = (from: string, locale: TestLocale): Destination[] =>
  destinationsOf(movedPages.find((m) => m.from === from) ?? movedPages[0], locale.code, (slug) => pageSource(slug, locale.prefix));

for (const moved of movedPages) {
  for (const locale of locales) {
    const oldPath = pagePath(locale, moved.from);
    const pages = destinations(moved.from, locale);
    const anchors = movedAnchors(pages);
    const newPath = (slug: string) => pagePath(locale, slug);
    const known = knownAnchors[moved.from] ?? {};

    test(`/${oldPath}: the derived anchors include the known ones, each bound for its page`, () => {
      expect(anchors.length).toBeGreaterThan(20);
      for (const [slug, list] of Object.entries(known)) {
        for (const anchor of list) {
          expect(anchors, `#${anchor}`).toContain(anchor);
          expect(destinationFor(pages, anchor), `#${anchor}`).toBe(slug);
        }
      }
    });

    test(`/${oldPath}: the page's own script sends every anchor to its new page, and the rest to /${newPath(moved.to[0])}`, async ({ request, baseURL }) => {
      const html = await (await request.get(oldPath)).text();
      const script = inlineScripts(html).find((body) => body.includes('location.replace'));
      expect(script, 'the redirect script').toBeDefined();
      /** Where the shipped script sends a reader who opened the old page with `hash`. */
      const redirect = (hash: string): string => {
        let target = '';
        const location = { hash, replace: (url: string) => void (target = url) };
        new Function('location', script ?? '')(location);
        return new URL(target, baseURL).href;
      };
      for (const anchor of anchors) {
        expect(redirect(`#${anchor}`), `#${anchor}`).toBe(new URL(`${newPath(destinationFor(pages, anchor))}#${anchor}`, baseURL).href);
      }
      for (const hash of ['', '#no-such-anchor', '#%E0%A4%A']) {
        expect(redirect(hash), hash || 'no fragment').toBe(new URL(newPath(moved.to[0]), baseURL).href);
      }
    });

    for (const { slug, anchors: held } of pages) {
      test(`/${newPath(slug)} shows every anchor the old address sends it`, async ({ page }) => {
        const sent = anchors.filter((anchor) => destinationFor(pages, anchor) === slug);
        expect(sent.length).toBeGreaterThan(0);
        expect(held).toEqual(expect.arrayContaining(sent));
        await page.goto(newPath(slug));
        const hidden = await page.evaluate(
          (ids) => ids.filter((id) => !document.getElementById(id)?.checkVisibility()),
          sent,
        );
        expect(hidden, 'anchors missing or hidden').toEqual([]);
      });
    }

    for (const [slug, list] of Object.entries(known)) {
      test(`/${oldPath}#… lands on /${newPath(slug)} for the known anchors, scrolled into view`, async ({ page, baseURL }) => {
        for (const anchor of list) {
          await test.step(`#${anchor}`, async () => {
            // A new document each time: the old page is never the page we are on.
            await page.goto(`${oldPath}#${anchor}`, { waitUntil: 'commit' });
            await expect(page).toHaveURL(new URL(`${newPath(slug)}#${anchor}`, baseURL).href);
            const target = page.locator(`[id="${anchor}"]`);
            await expect(target).toBeVisible();
            await expect(target).toBeInViewport();
          });
        }
      });
    }

    test(`/${oldPath} without a fragment, or with one it never had, goes to /${newPath(moved.to[0])}`, async ({ page, baseURL }) => {
      for (const hash of ['', '#no-such-anchor']) {
        await page.goto(`${oldPath}${hash}`, { waitUntil: 'commit' });
        await expect(page).toHaveURL(new URL(newPath(moved.to[0]), baseURL).href);
        await expect(page.locator('h1')).toBeVisible();
      }
    });

    test(`/${oldPath} without JavaScript: links to every new page, noindex, canonical to the first, out of the search index`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
      const page = await context.newPage();
      await page.goto(`${oldPath}#${anchors[anchors.length - 1]}`);
      expect(page.url()).toContain(`/${oldPath}#`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${newPath(moved.to[0])}$`));
      await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
      await expect(page.locator('h1')).toHaveText(locale.code === 'en' ? 'This page has moved' : 'Pagina s-a mutat');
      const links = page.locator('main a');
      await expect(links).toHaveCount(moved.to.length);
      for (const [index, slug] of moved.to.entries()) {
        await expect(links.nth(index)).toHaveAttribute('href', `/${newPath(slug)}`);
        await expect(links.nth(index)).toBeVisible();
      }
      await links.last().click();
      await expect(page).toHaveURL(new URL(newPath(moved.to[moved.to.length - 1] ?? ''), baseURL).href);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
      await context.close();
    });

    test(`/${oldPath}: its inline script is hashed into the page's own Content-Security-Policy`, async ({ request }) => {
      const html = await (await request.get(oldPath)).text();
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
      const scripts = inlineScripts(html);
      const scriptSrc = policy.split(';').map((directive) => directive.trim()).find((directive) => directive.startsWith('script-src ')) ?? '';
      expect(scriptSrc).toContain("'self'");
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scripts.length).toBeGreaterThan(0);
      for (const body of scripts) {
        expect(policy).toContain(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
      }
      // The policy comes before the script, so it applies to it.
      expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('location.replace'));
    });
  }
}
