/**
 * Sandbox benchmark (a script, not a test): `npm run bench` after `npm run build`.
 *
 * Serves dist/ with `astro preview` on 127.0.0.1, drives Debian's Chromium
 * with Playwright and measures:
 *   - bytes (gzip) of HTML + CSS + JS loaded before any interaction, on a page
 *     with a sandbox and on a text page; then what scrolling to the sandbox
 *     and the first Run add;
 *   - time from a pointer coming over the sandbox to a ready editor;
 *   - time from Run to the first output line, cold (first Run of a page) and
 *     warm (later Runs), as medians of several runs.
 * Writes bench/results/sandbox.md and bench/results/sandbox.json.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { median, startPreview, timeInPage } from './preview.ts';
import { writeResults } from './results.ts';

const port = Number(process.env.BENCH_PORT ?? 4545);
const origin = `http://127.0.0.1:${port}`;
/** The first sandbox of the request page is below the fold; crud's is close enough to load at once. */
const sandboxPages = ['/en/request/', '/en/crud/'];
const sandboxPage = '/en/request/';
const textPage = '/en/network-protocols/';
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** Gzip bytes of every HTML, CSS and JS response, grouped by the phase in which it arrived. */
function byteCounter(page: Page) {
  const counted = { html: 0, css: 0, js: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    // The worker's bundle is fetched as text (resource type "fetch") and started from a blob.
    const isScript = type === 'script' || (type === 'fetch' && response.url().endsWith('.js'));
    const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : isScript ? 'js' : undefined;
    if (!kind || !response.url().startsWith(origin)) return;
    pending.push(
      response.body().then(
        (body) => void (counted[kind] += gzipSync(body).byteLength),
        () => undefined,
      ),
    );
  });
  return async () => {
    await Promise.all(pending);
    const total = counted.html + counted.css + counted.js;
    return { ...counted, total };
  };
}

async function pageBytes(browser: Browser, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let count = byteCounter(page);
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  const initial = await count();
  const result: Record<string, { html: number; css: number; js: number; total: number }> = { initial };
  const sandbox = page.locator('[data-sandbox]').first();
  if ((await sandbox.count()) > 0) {
    count = byteCounter(page);
    await sandbox.scrollIntoViewIfNeeded();
    // The editor hydrates when the reader reaches for it (client:intent): a pointer over the sandbox.
    await sandbox.locator('.sandbox-toolbar').hover();
    await sandbox.locator('.sandbox-shell[data-ready="true"] .cm-content').waitFor();
    await page.waitForLoadState('networkidle');
    result.editor = await count();
    count = byteCounter(page);
    await sandbox.getByRole('button', { name: 'Run', exact: true }).click();
    await sandbox.locator('.sandbox-shell[data-state="done"]').waitFor();
    result.firstRun = await count();
  }
  await context.close();
  return result;
}

async function timings(browser: Browser) {
  const editorReady: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // A fresh context each round: nothing cached, as for a first visit.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}${sandboxPage}`, { waitUntil: 'networkidle' });
    const sandbox = page.locator('[data-sandbox]').first();
    editorReady.push(Math.round(await timeInPage(page, '[data-sandbox]', 'reach', '.sandbox-shell[data-ready="true"] .cm-content')));

    const timeRun = async () => {
      // Clear first, so that the first entry seen is the new run's.
      await sandbox.getByRole('button', { name: 'Clear', exact: true }).click();
      await sandbox.locator('[data-entry-text]').first().waitFor({ state: 'detached' });
      const elapsed = await timeInPage(page, '[data-sandbox]', 'run', '[data-entry-text]');
      await sandbox.locator('.sandbox-shell[data-state="done"]').waitFor();
      // A reader looks at the output before running again: the next worker has time to start.
      await page.waitForTimeout(1000);
      return Math.round(elapsed * 10) / 10;
    };
    cold.push(await timeRun());
    for (let i = 0; i < 3; i++) warm.push(await timeRun());
    await context.close();
  }
  return { editorReady, cold, warm };
}

const stop = await startPreview(port);
try {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] });
  const sandboxBytes = await pageBytes(browser, sandboxPages[0]!);
  const nearBytes = await pageBytes(browser, sandboxPages[1]!);
  const textBytes = await pageBytes(browser, textPage);
  const times = await timings(browser);
  await browser.close();

  const results = {
    date: new Date().toISOString(),
    rounds,
    bytes: {
      sandboxPage: { path: sandboxPages[0], ...sandboxBytes },
      sandboxNearTopPage: { path: sandboxPages[1], ...nearBytes },
      textPage: { path: textPage, ...textBytes },
    },
    ms: {
      editorReadyAfterScroll: { median: median(times.editorReady), samples: times.editorReady },
      runToFirstOutputCold: { median: median(times.cold), samples: times.cold },
      runToFirstOutputWarm: { median: median(times.warm), samples: times.warm },
    },
  };
  const row = (label: string, b?: { html: number; css: number; js: number; total: number }) =>
    b ? `| ${label} | ${kb(b.html)} | ${kb(b.css)} | ${kb(b.js)} | ${kb(b.total)} |` : `| ${label} | – | – | – | – |`;
  const markdown = [
    `# Sandbox benchmark (${results.date})`,
    '',
    'Gzip-compressed bytes (KB) of HTML, CSS and JS, served by `astro preview` from `dist/`:',
    '',
    '| phase | HTML | CSS | JS | total |',
    '| --- | --- | --- | --- | --- |',
    row(`text page ${textPage}, before interaction`, textBytes.initial),
    row(`sandbox page ${sandboxPages[0]}, before interaction`, sandboxBytes.initial),
    row('… added by scrolling to the sandbox (editor)', sandboxBytes.editor),
    row('… added by the first Run (runner + worker)', sandboxBytes.firstRun),
    row(`${sandboxPages[1]} (sandbox within 400 px of the first screen), before interaction`, nearBytes.initial),
    '',
    `Times in ms, measured in the page (${sandboxPage}, sandbox "query-params"), median of ${rounds} fresh page loads (warm: 3 more Runs per load, 1 s apart):`,
    '',
    '| measure | median | samples |',
    '| --- | --- | --- |',
    ...Object.entries(results.ms).map(([name, m]) => `| ${name} | ${m.median} | ${m.samples.join(', ')} |`),
    '',
  ].join('\n');
  writeResults('sandbox', results, markdown);
} finally {
  stop();
}
