/**
 * Search benchmark (a script, not a test): `node bench/search.ts` after
 * `npm run build`; `npm run bench` runs it and embeds its output.
 *
 * Serves dist/ with `astro preview` on 127.0.0.1, drives Debian's Chromium
 * and measures, for each language:
 *   - the size of its search index (the Pagefind files of that language) and
 *     of Pagefind's runtime, shared by both;
 *   - the bytes the search adds before any interaction, and what opening it
 *     and the first query fetch;
 *   - the time from typing a query to the first hit on screen, cold (the
 *     first query after the page loads, in a fresh browser context, typed as
 *     soon as the modal opens) and warm (later queries in the same modal),
 *     as medians. The time includes the UI's 150 ms debounce.
 * Writes bench/results/search.{md,json} and prints the Markdown.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { loadBeforeInteraction } from './page-weight.ts';
import { median, startPreview } from './preview.ts';
import { writeResults } from './results.ts';

const port = Number(process.env.BENCH_SEARCH_PORT ?? 4546);
const origin = `http://127.0.0.1:${port}`;
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const dist = 'dist';

/** Queries of the e2e suite, one per kind of entry. */
const queries = {
  en: ['Content-Type', '404', 'sendall', '993', 'idempotent', 'ECONNREFUSED', 'allow_redirects', 'fragment'],
  ro: ['Content-Type', '404', 'sendall', '993', 'idempotenta', 'ECONNREFUSED', 'allow_redirects', 'gazda'],
} as const;
type Lang = keyof typeof queries;
const home: Record<Lang, string> = { en: '/en/', ro: '/' };

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/**
 * Bytes on disk of the Pagefind files of one language (stored compressed by
 * Pagefind): the index proper (metadata, word index, page fragments, filters)
 * and the language's WebAssembly search engine (with its stemmer).
 */
function indexSize(lang: Lang): { index: number; files: number; wasm: number } {
  const dir = join(dist, 'pagefind');
  const ours = (name: string) => name.startsWith(`${lang}_`) || name.startsWith(`pagefind.${lang}_`);
  let index = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = name.split('/').pop() ?? '';
    if (!ours(file) || !statSync(join(dir, name)).isFile()) continue;
    index += statSync(join(dir, name)).size;
    files += 1;
  }
  return { index, files, wasm: statSync(join(dir, `wasm.${lang}.pagefind`)).size };
}

/** Pagefind's runtime, the same for both languages: the script, its worker and the entry file. */
function runtimeSize(): number {
  return ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'].reduce((sum, file) => sum + statSync(join(dist, 'pagefind', file)).size, 0);
}

/** Bytes fetched from the site, split by phase: JS and CSS gzip-compressed (as a server would send them), Pagefind's files as stored. */
function fetchedBytes(page: Page) {
  let phase = 'load';
  const bytes: Record<string, { search: number; requests: string[] }> = {};
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin) return;
    const isSearch = url.pathname.includes('/pagefind/') || /\/_astro\/(search-ui|Search\.astro)/.test(url.pathname);
    if (!isSearch) return;
    const current = phase;
    pending.push(
      response.body().then(
        (body) => {
          const size = /\.(js|css)$/.test(url.pathname) ? gzipSync(body).byteLength : body.byteLength;
          bytes[current] ??= { search: 0, requests: [] };
          bytes[current].search += size;
          bytes[current].requests.push(url.pathname.replace(/^.*\//, ''));
        },
        () => undefined,
      ),
    );
  });
  return {
    next(name: string) {
      phase = name;
    },
    async done() {
      await Promise.all(pending);
      return bytes;
    },
  };
}

/** Milliseconds, measured in the page, from typing `query` to a hit for it on screen. */
function typeAndTime(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (query) =>
      new Promise<number>((resolve) => {
        const root = document.querySelector('site-search')!;
        const input = root.querySelector<HTMLInputElement>('.site-search-input')!;
        const status = root.querySelector('.site-search-status')!;
        const started = performance.now();
        const check = () => {
          if (!status.textContent?.endsWith(query) || !root.querySelector('.site-search-hit')) return;
          observer.disconnect();
          resolve(performance.now() - started);
        };
        const observer = new MutationObserver(check);
        observer.observe(root, { subtree: true, childList: true, characterData: true });
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

/**
 * Gzip bytes of search JS a page loads without any interaction, idle time
 * included: Starlight's own Search loads the Pagefind UI when the browser is
 * idle; this site's loads only the code that opens the modal.
 */
async function searchBytesBeforeInteraction(browser: Browser, url: string): Promise<number> {
  return (await loadBeforeInteraction(browser, url))
    .filter((response) => /\/_astro\/(Search\.astro|search-ui|ui-core)|\/pagefind\//.test(new URL(response.url).pathname))
    .reduce((sum, response) => sum + response.gzipBytes, 0);
}

/** Serves the bare Starlight site of bench/baseline when it has been built (`npm run bench` builds it). */
async function baselineSearchBytes(browser: Browser): Promise<number | undefined> {
  if (!existsSync('bench/baseline/dist/index.html')) return undefined;
  const basePort = port + 1;
  const stop = await startPreview(basePort, { root: 'bench/baseline' });
  try {
    return await searchBytesBeforeInteraction(browser, `http://127.0.0.1:${basePort}/`);
  } finally {
    stop();
  }
}

async function openSearch(page: Page): Promise<void> {
  await page.locator('site-search button[data-open-modal]').click();
  await page.locator('site-search .site-search-input').waitFor();
}

async function measure(browser: Browser, lang: Lang) {
  const cold: number[] = [];
  const warm: number[] = [];
  let bytes: Awaited<ReturnType<ReturnType<typeof fetchedBytes>['done']>> = {};
  for (let round = 0; round < rounds; round++) {
    // A fresh context each round: nothing cached, as for a first visit.
    const context = await browser.newContext();
    const page = await context.newPage();
    const counter = fetchedBytes(page);
    await page.goto(`${origin}${home[lang]}`, { waitUntil: 'networkidle' });
    counter.next('open + first query');
    const first = queries[lang][round % queries[lang].length] ?? '404';
    await openSearch(page);
    cold.push(Math.round(await typeAndTime(page, first)));
    await page.waitForLoadState('networkidle');
    counter.next('later queries');
    for (const query of queries[lang].filter((q) => q !== first)) {
      warm.push(Math.round(await typeAndTime(page, query)));
    }
    await page.waitForLoadState('networkidle');
    if (round === 0) bytes = await counter.done();
    await context.close();
  }
  return { cold, warm, bytes };
}

const stop = await startPreview(port);
try {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] });
  const langs: Lang[] = ['ro', 'en'];
  const results: Record<string, unknown> = { date: new Date().toISOString(), rounds, runtimeBytes: runtimeSize() };
  const sizeRows: string[] = [];
  const byteRows: string[] = [];
  const timeRows: string[] = [];
  for (const lang of langs) {
    const index = indexSize(lang);
    const { cold, warm, bytes } = await measure(browser, lang);
    results[lang] = { index, cold: { median: median(cold), samples: cold }, warm: { median: median(warm), samples: warm }, bytes };
    sizeRows.push(`| ${lang} | ${kb(index.index)} | ${index.files} | ${kb(index.wasm)} |`);
    for (const [phase, b] of Object.entries(bytes)) byteRows.push(`| ${lang} | ${phase} | ${kb(b.search)} | ${b.requests.length} |`);
    timeRows.push(`| ${lang} | ${median(cold)} | ${cold.join(', ')} | ${median(warm)} | ${warm.length} |`);
  }
  const ownBefore = await searchBytesBeforeInteraction(browser, `${origin}/`);
  const starlightBefore = await baselineSearchBytes(browser);
  results.beforeInteraction = { site: ownBefore, starlightDefault: starlightBefore };
  await browser.close();

  const markdown = [
    `# Search benchmark (${results.date as string})`,
    '',
    'Index size per language: the Pagefind files of that language in `dist/pagefind/` as stored (Pagefind compresses them itself): the index proper (metadata, word index chunks, page fragments, filters) and the WebAssembly engine with the language\'s stemmer:',
    '',
    '| language | index KiB | index files | WebAssembly KiB |',
    '| --- | --- | --- | --- |',
    ...sizeRows,
    '',
    `Pagefind's runtime, shared by both languages (pagefind.js, its worker, the entry file): ${kb(results.runtimeBytes as number)} KiB.`,
    '',
    `Search JS loaded before any interaction, idle time included (gzip): ${kb(ownBefore)} KiB on this site (the code that opens the modal)${
      starlightBefore === undefined ? '' : `, against ${kb(starlightBefore)} KiB for Starlight's default search on the bare site of bench/baseline (its Pagefind UI loads when the browser is idle)`
    }.`,
    '',
    'Search bytes fetched per phase on the home page of each language (JS gzip-compressed, Pagefind files as stored), first round:',
    '',
    '| language | phase | KiB | requests |',
    '| --- | --- | --- | --- |',
    ...byteRows,
    '',
    `Typing to the first hit on screen, in ms, measured in the page (includes the 150 ms debounce). Cold: the first query after the page loads, in a fresh context, typed as soon as the modal opens (median of ${rounds}). Warm: the other queries in the same modal (median of all):`,
    '',
    '| language | cold median | cold samples | warm median | warm samples |',
    '| --- | --- | --- | --- | --- |',
    ...timeRows,
    '',
  ].join('\n');
  writeResults('search', results, markdown);
} finally {
  stop();
}
