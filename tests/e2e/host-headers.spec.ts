/**
 * The site served as a static host that reads public/_headers would serve it:
 * every response carries those security headers (CSP frame-ancestors, HSTS,
 * nosniff, Referrer-Policy...) on top of each page's own <meta> policy. Pages,
 * a sandbox run (its runner is an iframe of the site itself) and search must
 * work with both policies enforced, without a single violation (the fixture
 * fails the test on any).
 */
import { readFileSync } from 'node:fs';
import type { APIResponse, Route } from '@playwright/test';
import { allPages, locales, pagePath } from '../lib/site.ts';
import { expect, test } from './fixtures.ts';

/** The headers of the `/*` rule in public/_headers (the Netlify / Cloudflare Pages format). */
function hostHeaders(): Record<string, string> {
  const lines = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8').split('\n');
  const headers: Record<string, string> = {};
  let inRule = false;
  for (const line of lines) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      inRule = line.trim() === '/*';
      continue;
    }
    const [name, ...value] = line.trim().split(':');
    if (inRule && name) headers[name.toLowerCase()] = value.join(':').trim();
  }
  return headers;
}

const headers = hostHeaders();

/**
 * The route's own request to the preview server. Under a full parallel run
 * that server now and then resets a kept-alive connection the browser would
 * simply have retried; the test stands in for the browser here, so it retries
 * once too. Anything else (or a second reset) still fails the test.
 */
async function fetchOnce(route: Route): Promise<APIResponse> {
  try {
    return await route.fetch();
  } catch (error) {
    if (!/ECONNRESET|socket hang up/.test(String(error))) throw error;
    return route.fetch();
  }
}

test.beforeEach(async ({ context, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
  await context.route(
    (url) => url.origin === origin,
    async (route) => {
      const response = await fetchOnce(route);
      await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
    },
  );
});

// A request still on its way when a test ends (the favicon, a late script) must not fail it:
// the page it was for is gone, and Playwright would report the route's error against the next test.
test.afterEach(async ({ context }) => {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
});

test('public/_headers sets the security headers a static host should send', () => {
  expect(Object.keys(headers)).toEqual(
    expect.arrayContaining(['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'referrer-policy']),
  );
  expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
});

// One test per page: each proxied page load is slow under a full parallel run, and the pages
// spread over the workers instead of sharing one test's time limit.
for (const { path } of allPages) {
  test(`${path} loads under the host headers and its own policy`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy'], path).toContain('frame-ancestors');
    const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(meta, path).toMatch(/script-src 'self'[^;]*'sha256-/);
    expect(meta, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });
}

test('a sandbox runs and search answers under both policies', async ({ page }) => {
  const [ro] = locales;
  await page.goto(pagePath(ro, 'crud'));
  const sandbox = page.locator('[data-sandbox="crud"]');
  await sandbox.scrollIntoViewIfNeeded();
  // Run pressed before the editor has loaded: the click loads it and is carried out once it is ready.
  await sandbox.getByRole('button', { name: 'Rulează', exact: true }).click();
  await expect(sandbox.locator('.sandbox-shell')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  await expect(sandbox.locator('[data-entry-text]').first()).toBeVisible();

  await page.locator('site-search button[data-open-modal]').first().click();
  await page.locator('site-search .site-search-input').fill('404');
  await expect(page.locator('site-search .site-search-hit').first()).toHaveAttribute('href', '/status-codes/#404');
});
