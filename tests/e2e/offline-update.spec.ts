/**
 * A new deployment, as a reader with the course open meets it: the site is
 * served from a copy of the build, the reader visits it (the worker takes
 * charge), then the host starts serving a rebuilt copy with one changed page
 * and its new `sw.js`. The page tells the reader, in its language, with a
 * Reload button; nothing changes under them until they press it; Reload
 * shows the new text. A host serves the worker with `Cache-Control: no-cache`.
 *
 * Served by a small static server of this test on its own port, which
 * switches from one copy to the other as a deployment would; the same for
 * the site built under `/docs/`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { translator } from '../../src/i18n.ts';
import { locales, pagePath } from '../lib/site.ts';
import { wcagViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

const port = Number(process.env.E2E_PORT ?? 4399) + 7;
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
  '.webmanifest': 'application/manifest+json',
};

let server: Server;
let scratch: string;
/** The deployment the host serves now. */
let deployment: 'first' | 'second' = 'first';

/** Serves the current deployment: the site at `/`, and the same site built for `/docs/` under it. */
function serve(): Server {
  return createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const underBase = path.startsWith('/docs/');
    let file = join(scratch, underBase ? `${deployment}-base` : deployment, underBase ? path.slice('/docs'.length) : path);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      response.writeHead(200, {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        ...(path.endsWith('sw.js') ? { 'Cache-Control': 'no-cache' } : {}),
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('not found');
    }
  }).listen(port, '127.0.0.1');
}

test.use({ serviceWorkers: 'allow', baseURL: `http://127.0.0.1:${port}/` });
// One server for the file's tests: they run in one worker, one after the other.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'course-deploys-'));
  for (const [built, suffix, base] of [['dist', '', '/'], ['dist-base', '-base', '/docs/']] as const) {
    const first = join(scratch, `first${suffix}`);
    const second = join(scratch, `second${suffix}`);
    cpSync(built, first, { recursive: true });
    cpSync(built, second, { recursive: true });
    // The second deployment: one page's text changed, and the worker rebuilt from the new files.
    for (const locale of locales) {
      const page = join(second, pagePath(locale, 'crud'), 'index.html');
      writeFileSync(page, readFileSync(page, 'utf8').replace(/<\/h1>/, ' (v2)</h1>'));
    }
    await writeServiceWorker(second, base);
  }
  server = serve();
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(scratch, { recursive: true, force: true });
});

for (const locale of locales) {
  const t = translator(locale.code);
  test(`${locale.code}: a new deployment is offered with Reload, never swapped in silently`, async ({ page }) => {
    test.setTimeout(90_000);
    deployment = 'first';
    await page.goto(pagePath(locale, 'crud'));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    const heading = page.locator('h1').first();
    const before = (await heading.textContent()) ?? '';
    expect(before).not.toContain('(v2)');
    // The status region is in the page from the start, empty; its card shows when there is news.
    const status = page.getByRole('status').filter({ has: page.locator('[data-update-text]') });
    const notice = page.locator('.update-notice');
    await expect(status.locator('[data-update-text]')).toHaveText('');
    await expect(notice).toBeHidden();

    // The host now serves the second deployment; the page asks for the worker again, as browsers do on navigation.
    deployment = 'second';
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    await expect(notice).toBeVisible({ timeout: 60_000 });
    await expect(status).toContainText(t('offline.updateReady'));
    const reload = notice.getByRole('button', { name: t('offline.reload'), exact: true });
    await expect(reload).toBeVisible();
    await expect(notice.getByRole('button', { name: t('offline.later'), exact: true })).toBeVisible();
    expect(await wcagViolations(page, '.update-notice'), 'the notice, light theme').toEqual([]);
    // Nothing changed under the reader: same text, same page, focus where it was.
    await expect(heading).toHaveText(before);
    await expect(page.locator('body')).toBeFocused();

    await reload.click();
    await expect(heading).toHaveText(`${before} (v2)`, { timeout: 30_000 });
    await expect(notice).toBeHidden();
  });

  test(`${locale.code}: "not now" puts the notice away, and the page keeps working from the cache`, async ({ page }) => {
    test.setTimeout(90_000);
    deployment = 'first';
    await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(pagePath(locale, 'crud'));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    deployment = 'second';
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    const notice = page.locator('.update-notice');
    await expect(notice).toBeVisible({ timeout: 60_000 });
    expect(await wcagViolations(page, '.update-notice'), 'the notice, dark theme, 360 px').toEqual([]);
    const box = await notice.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360, 'the notice fits a 360 px screen').toBe(true);
    if (process.env.NOTICE_SHOTS) await page.screenshot({ path: `${process.env.NOTICE_SHOTS}/notice-${locale.code}-360-dark.png` });
    await notice.getByRole('button', { name: t('offline.later'), exact: true }).click();
    await expect(notice).toBeHidden();
    await page.goto(pagePath(locale, 'urls'));
    await expect(page.locator('h1').first()).toBeVisible();
  });
}

test('under /docs/: the new deployment is offered and Reload shows it', async ({ page }) => {
  test.setTimeout(90_000);
  deployment = 'first';
  await page.goto('/docs/en/crud/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/docs\/sw\.js$/);
  const heading = page.locator('h1').first();
  const before = (await heading.textContent()) ?? '';
  deployment = 'second';
  await page.evaluate(() => navigator.serviceWorker.getRegistration('/docs/').then((registration) => registration?.update()));
  const notice = page.locator('.update-notice');
  await expect(notice).toBeVisible({ timeout: 60_000 });
  await expect(heading).toHaveText(before);
  await notice.getByRole('button', { name: 'Reload', exact: true }).click();
  await expect(heading).toHaveText(`${before} (v2)`, { timeout: 30_000 });
});
