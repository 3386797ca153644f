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

/** A response received before interaction, with its gzip size. */
export interface LoadedResponse {
  url: string;
  contentType: string;
  gzipBytes: number;
}

/**
 * Every response a fresh page receives until the network is idle, idle time
 * included: Starlight's own Search loads its UI when the browser goes idle,
 * without any interaction, so the wait lets it show up.
 */
export async function loadBeforeInteraction(browser: Browser, url: string): Promise<LoadedResponse[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const loaded: LoadedResponse[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const contentType = response.headers()['content-type'] ?? '';
    pending.push(
      response.body().then(
        (body) => void loaded.push({ url: response.url(), contentType, gzipBytes: gzipSync(body, { level: 6 }).length }),
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return loaded;
}

export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const weight: PageWeight = { url, html: 0, css: 0, js: 0, total: 0, requests: 0 };
  for (const response of await loadBeforeInteraction(browser, url)) {
    const kind = kindOf(response.contentType, response.url);
    if (!kind) continue;
    weight[kind] += response.gzipBytes;
    weight.total += response.gzipBytes;
    weight.requests += 1;
  }
  return weight;
}
