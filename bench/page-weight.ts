/**
 * Bytes a reader downloads before interacting with a page: every HTML, CSS and
 * JS response Chromium receives until the network is idle, compressed with
 * gzip (level 6, what static hosts typically use), summed per type.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

export interface PageWeight {
  url: string;
  html: number;
  css: number;
  js: number;
  total: number;
  requests: number;
}

const kindOf = (contentType: string, url: string): 'html' | 'css' | 'js' | undefined => {
  // Only the page itself counts as HTML (a missing favicon would otherwise count as a page).
  if (contentType.includes('text/html')) return new URL(url).pathname.endsWith('/') ? 'html' : undefined;
  if (contentType.includes('text/css') || url.endsWith('.css')) return 'css';
  if (contentType.includes('javascript') || /\.m?js(\?|$)/.test(url)) return 'js';
  return undefined;
};

export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const weight: PageWeight = { url, html: 0, css: 0, js: 0, total: 0, requests: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const kind = kindOf(response.headers()['content-type'] ?? '', response.url());
    if (!kind) return;
    pending.push(
      response.body().then(
        (body) => {
          const size = gzipSync(body, { level: 6 }).length;
          weight[kind] += size;
          weight.total += size;
          weight.requests += 1;
        },
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Starlight loads the search UI when the browser goes idle, without any interaction: wait for it.
  await page.waitForTimeout(1500);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return weight;
}
