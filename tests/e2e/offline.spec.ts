/**
 * The course offline, as a reader on a train meets it: one visit to the home
 * page, then the network drops. Every page of that language (and of the
 * other) opens, a sandbox runs against the in-browser demo API, the search
 * finds an entry, the starter downloads with the SHA-256 its page shows, and
 * an address that was never part of the course shows the offline page in the
 * page's language instead of a browser error.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { translator } from '../../src/i18n.ts';
import { pageTitle } from '../lib/sandboxes.ts';
import { locales, pagePath, pageSlugs } from '../lib/site.ts';
import { expect, test } from './fixtures.ts';
import { hydrate, run, sandboxOn } from './sandbox-helpers.ts';

test.use({ serviceWorkers: 'allow' });

/** The first visit: the worker installs (precaching the course) and takes charge of the page. */
async function visitOnce(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
}


for (const locale of locales) {
  const lang = locale.code;
  const t = translator(lang);
  const other = locales.find((l) => l.code !== lang)!;

  test.describe(`${lang}: offline after one visit`, () => {
    test('every page of both languages opens, with its title, from the cache', async ({ page, context }) => {
      test.setTimeout(120_000);
      await visitOnce(page, pagePath(locale, ''));
      await goOffline(context);
      for (const { code } of [locale, other]) {
        const target = locales.find((l) => l.code === code)!;
        for (const slug of pageSlugs) {
          const response = await page.goto(pagePath(target, slug));
          expect(response?.status(), `/${pagePath(target, slug)}`).toBe(200);
          expect(response?.fromServiceWorker(), `/${pagePath(target, slug)} from the worker`).toBe(true);
          await expect(page.locator('html')).toHaveAttribute('lang', target.lang);
          await expect(page.locator('h1').first()).toHaveText(pageTitle(slug, code));
        }
      }
    });

    test('a sandbox runs against the demo API, and the search finds an entry', async ({ page, context }) => {
      test.setTimeout(90_000);
      await visitOnce(page, pagePath(locale, ''));
      await goOffline(context);
      await page.goto(pagePath(locale, 'response'));
      const sandbox = sandboxOn(page, 'response-attributes');
      await hydrate(sandbox);
      const printed = await run(sandbox, lang);
      expect(printed).toContain('200');
      await expect(sandbox.locator('[data-status="failed"]')).toHaveCount(0);

      await page.locator('site-search button[data-open-modal]').click();
      await page.locator('site-search .site-search-input').fill('content-type');
      await expect(page.locator('site-search .site-search-hit').first()).toHaveAttribute('href', new RegExp(`^/${locale.prefix}request/#content-type$`));
    });

    test('the starter downloads with the SHA-256 its page shows', async ({ page, context }) => {
      await visitOnce(page, pagePath(locale, ''));
      await goOffline(context);
      await page.goto(pagePath(locale, 'sockets'));
      const shownSha256 = (await page.getByTestId('starter-sha256').textContent())?.trim();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('starter-download-link').click()]);
      const zip = readFileSync(await download.path());
      expect(createHash('sha256').update(zip).digest('hex')).toBe(shownSha256);
    });

    test('an address never cached shows the offline page of its language, with the way back', async ({ page, context }) => {
      await visitOnce(page, pagePath(locale, ''));
      await goOffline(context);
      const response = await page.goto(`${locale.prefix}no-such-page/`);
      expect(response?.fromServiceWorker()).toBe(true);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
      await expect(page.locator('h1').first()).toHaveText(pageTitle('offline', lang));
      // The sidebar leads back into the course, which opens offline.
      await page.locator('nav[aria-label] a[href$="/crud/"]').first().click();
      await expect(page.locator('h1').first()).toHaveText(pageTitle('crud', lang));
      expect(t('offline.reload')).not.toBe('');
    });
  });
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

for (const locale of locales) {
  const t = translator(locale.code);
  test(`${locale.code}: installable, with a manifest in the page's language and icons of the sizes it names`, async ({ page, request }) => {
    await page.goto(pagePath(locale, 'urls'));
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe(`/${locale.prefix}manifest.webmanifest`);
    const response = await request.get(href!);
    expect(response.ok()).toBe(true);
    const manifest = (await response.json()) as Record<string, unknown> & { icons: { src: string; sizes: string; purpose: string }[] };
    expect(manifest).toMatchObject({
      name: t('offline.appName'),
      short_name: t('offline.appShortName'),
      description: t('offline.appDescription'),
      lang: locale.code,
      start_url: `/${locale.prefix}`,
      scope: '/',
      id: '/',
      display: 'standalone',
    });
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      const image = await request.get(icon.src);
      expect(image.headers()['content-type']).toBe('image/png');
      const [width] = icon.sizes.split('x').map(Number);
      expect(pngSize(await image.body()), icon.src).toEqual({ width, height: width });
    }
    const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    expect(pngSize(await (await request.get(apple!)).body())).toEqual({ width: 180, height: 180 });
    await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
  });
}
