/**
 * Offline benchmark (a script, not a test): `npm run bench` after `npm run build`.
 *
 * From a first visit to the home page of each language (a fresh browser
 * context, nothing cached) until the course is ready offline: the service
 * worker has precached every file and controls the page. Reported with the
 * precache's size (gzip, what a host sends) and, as a baseline from the same
 * run, the time the same page takes to load without the worker. Medians of
 * BENCH_ROUNDS (5) rounds. Writes bench/results/offline.{md,json}.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { median, startPreview } from './preview.ts';
import { writeResults } from './results.ts';

const port = Number(process.env.BENCH_PORT ?? 4548);
const origin = `http://127.0.0.1:${port}`;
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const homes = ['/', '/en/'];

/** ms from navigation start to the page's load event, without a service worker. */
async function loadTime(browser: Browser, path: string): Promise<number> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  const ms = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  await context.close();
  return Math.round(ms);
}

/** ms from navigation start until the worker is active (precaching done) and controls the page; gzip bytes it fetched. */
async function offlineReady(browser: Browser, path: string): Promise<{ ms: number; bytes: number; files: number }> {
  const context = await browser.newContext();
  let bytes = 0;
  let files = 0;
  const pending: Promise<void>[] = [];
  // What the worker fetches to precache: every request a service worker makes in this context.
  context.on('response', (response) => {
    if (!response.request().serviceWorker()) return;
    files++;
    pending.push(response.body().then((body) => void (bytes += gzipSync(body).byteLength), () => undefined));
  });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const done = () => resolve(performance.now());
        void navigator.serviceWorker.ready.then(() => {
          if (navigator.serviceWorker.controller) done();
          else navigator.serviceWorker.addEventListener('controllerchange', done, { once: true });
        });
      }),
  );
  await Promise.all(pending);
  await context.close();
  return { ms: Math.round(ms), bytes, files };
}

const stop = await startPreview(port);
try {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] });
  const rows: string[] = [];
  const json: Record<string, unknown> = {};
  for (const path of homes) {
    const load: number[] = [];
    const ready: number[] = [];
    let precache = { bytes: 0, files: 0 };
    for (let round = 0; round < rounds; round++) {
      load.push(await loadTime(browser, path));
      const result = await offlineReady(browser, path);
      ready.push(result.ms);
      precache = { bytes: result.bytes, files: result.files };
    }
    json[path] = { loadMs: { median: median(load), samples: load }, offlineReadyMs: { median: median(ready), samples: ready }, precache };
    rows.push(
      `| ${path} | ${median(load)} | ${median(ready)} | ${(median(ready) / Math.max(1, median(load))).toFixed(1)}x | ${precache.files} | ${(precache.bytes / 1024 / 1024).toFixed(2)} MB |`,
    );
  }
  await browser.close();
  const markdown = [
    `# Offline benchmark (${new Date().toISOString()})`,
    '',
    `A first visit, served by \`astro preview\` on 127.0.0.1 (no network latency: on a phone the download dominates). Median of ${rounds} fresh contexts:`,
    '',
    '| first page | load event, no worker (ms) | offline-ready (ms) | ratio | files precached | precache, gzip |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
  writeResults('offline', json, markdown);
} finally {
  stop();
}
