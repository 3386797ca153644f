/**
 * The same site built with BASE_PATH=/docs/ (as on GitHub Pages): pages,
 * links, assets and search must all live under /docs/. The network fixture
 * fails the test on any request that 404s, which catches assets or links
 * that forgot the base.
 */
import { allPages, locales, pagePath } from '../lib/site.ts';
import { expect, test } from './fixtures.ts';

test.describe('site under a base path', () => {
  for (const { locale, path } of allPages) {
    test(`/docs/${path} (${locale.code}) loads with its assets and base-prefixed links`, async ({ page, request, baseURL }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
      const hrefs = await page
        .locator('a[href^="/"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      const outside = hrefs.filter((href) => !href.startsWith('/docs/'));
      expect(outside, 'root-relative links that skip the base path').toEqual([]);
      for (const href of new Set(hrefs.map((h) => h.split('#')[0] ?? ''))) {
        const response = await request.get(new URL(href, baseURL).href);
        expect(response.status(), href).toBe(200);
      }
    });
  }

  for (const locale of locales) {
    test(`search finds status code 404 under /docs/ (${locale.code})`, async ({ page }) => {
      await page.goto(pagePath(locale, ''));
      await page.locator('site-search button[data-open-modal]').first().click();
      await page.locator('site-search .site-search-input').fill('404');
      const first = page.locator('site-search .site-search-hit').first();
      await expect(first).toHaveAttribute('href', `/docs/${locale.prefix}status-codes/#404`);
      await expect(page.locator('site-search .site-search-page-link').first()).toHaveAttribute('href', `/docs/${locale.prefix}status-codes/`);
    });
  }
});

test('a sandbox runs under /docs/: the runner frame and the worker come from under the base path', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(pagePath(locales[1], 'crud'));
  const sandbox = page.locator('[data-sandbox="crud"]');
  await sandbox.scrollIntoViewIfNeeded();
  // Run pressed before the editor has loaded: the click loads it and is carried out once it is ready.
  await sandbox.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(sandbox.locator('.sandbox-shell')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  await expect(sandbox.locator('[data-entry-text]').last()).toHaveText('GET 404 Not Found');
  // The runner frame's script comes from under the base path; its document is written by the page (srcdoc).
  expect(requests).toContain('/docs/sandbox-runner/frame.js');
  expect(requests).not.toContain('/docs/sandbox-runner/');
});

test('a moved page sends its anchors on under /docs/ too, and links there without JavaScript', async ({ page, request, baseURL }) => {
  for (const [from, to] of [
    ['request-response/#content-type', 'request/#content-type'],
    ['en/request-response/#set-cookie', 'en/response/#set-cookie'],
    ['en/request-response/', 'en/request/'],
  ] as const) {
    await page.goto(from, { waitUntil: 'commit' });
    await expect(page).toHaveURL(new URL(to, baseURL).href);
  }
  const html = await (await request.get('request-response/')).text();
  const hrefs = [...html.matchAll(/<(?:a|link)\s[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  expect(hrefs).toEqual(expect.arrayContaining(['/docs/request/', '/docs/response/']));
  expect(hrefs.filter((href) => href?.startsWith('/') && !href.startsWith('/docs/'))).toEqual([]);
});

test.describe('offline under /docs/', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit the pages, a sandbox, the search and the offline page work with the network off', async ({ page, context }) => {
    test.setTimeout(120_000);
    await page.goto('');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/docs\/sw\.js$/);
    await context.setOffline(true);

    const response = await page.goto('en/crud/');
    expect(response?.fromServiceWorker()).toBe(true);
    const sandbox = page.locator('[data-sandbox="crud"]');
    await sandbox.scrollIntoViewIfNeeded();
    await sandbox.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(sandbox.locator('.sandbox-shell')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    await expect(sandbox.locator('[data-entry-text]').last()).toHaveText('GET 404 Not Found');

    await page.locator('site-search button[data-open-modal]').first().click();
    await page.locator('site-search .site-search-input').fill('404');
    await expect(page.locator('site-search .site-search-hit').first()).toHaveAttribute('href', '/docs/en/status-codes/#404');

    await page.goto('en/no-such-page/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1').first()).toHaveText('Offline');
    await page.goto('no-such-page/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
    await expect(page.locator('h1').first()).toHaveText('Fără conexiune');
  });
});

/*
 * The build under /docs/ is given an address (SITE_URL=https://example.org, in playwright.config.ts
 * and tests/run-all.ts), so it writes a sitemap. It must list every page there, under the base path,
 * and none that asks not to be indexed: the moved pages' redirects and the offline fallback.
 */
test('the sitemap lists every page under the base path, and no page marked noindex', async ({ request }) => {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
  const index = await request.get('sitemap-index.xml');
  expect(index.status()).toBe(200);
  const listed: string[] = [];
  for (const sitemap of locs(await index.text())) listed.push(...locs(await (await request.get(new URL(sitemap).pathname)).text()));
  const site = 'https://example.org/docs/';
  const expected: string[] = [];
  for (const { path } of allPages) {
    const html = await (await request.get(path)).text();
    if (!/<meta name="robots" content="noindex"/.test(html)) expected.push(`${site}${path}`);
  }
  // The offline pages are marked noindex; the check above must see them to mean anything.
  expect(expected.length).toBeLessThan(allPages.length);
  expect(listed.sort()).toEqual(expected.sort());
  const moved = await (await request.get('request-response/')).text();
  expect(moved).toMatch(/<meta name="robots" content="noindex"/);
});
