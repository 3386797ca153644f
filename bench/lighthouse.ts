/**
 * Lighthouse scores (mobile preset, Debian's Chromium) for every page of both
 * locales, next to a bare Starlight page built in the same run
 * (bench/baseline). Prints Markdown; run through `npm run bench`, which builds
 * both sites first. LIGHTHOUSE_RUNS sets the runs per page (5 by default:
 * on a shared 2-core machine one page's TBT ranges over a factor of three from run to run);
 * LIGHTHOUSE_PAGES a comma-separated list of page paths to measure alone.
 */
import { loadavg } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { allPages } from '../tests/lib/site.ts';
import { median, startPreview } from './preview.ts';

const sitePort = 4611;
const baselinePort = 4612;
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** LIGHTHOUSE_PAGES=request/,en/request/ measures only those pages (and the bare page), for a quick look. */
const only = process.env.LIGHTHOUSE_PAGES?.split(',').map((path) => path.trim());
const pages = [
  { kind: 'bare Starlight page', url: `http://127.0.0.1:${baselinePort}/` },
  ...allPages
    .filter(({ path }) => !only || only.includes(path))
    .map(({ locale, path }) => ({ kind: `page (${locale.code})`, url: `http://127.0.0.1:${sitePort}/${path}` })),
];

const stops = await Promise.all([startPreview(sitePort), startPreview(baselinePort, { root: 'bench/baseline' })]);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const rows: string[] = [];
const metrics: string[] = [];
const failures: string[] = [];
/** For each page under 100 in performance: what Lighthouse charges it for. */
const shortfalls: string[] = [];
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
/** The machine's load average (1, 5, 15 minutes): other work on the host moves TBT most. */
const loadAverage = () => loadavg().map((n) => n.toFixed(2)).join(' ');
const loadAtStart = loadAverage();
/** Lighthouse's result object, named through the function so no internal type path is needed. */
type LighthouseResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
const metricIds = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;
try {
  // One unmeasured pass warms the server and the disk cache for everyone alike.
  for (const { url } of pages) await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
  for (const { kind, url } of pages) {
    const results: LighthouseResult[] = [];
    for (let run = 0; run < runs; run++) {
      const lhr = (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] }))?.lhr;
      if (!lhr) throw new Error(`no Lighthouse result for ${url}`);
      results.push(lhr);
    }
    const path = new URL(url).pathname;
    const scores = categories.map((c) => median(results.map((lhr) => Math.round((lhr.categories[c]?.score ?? 0) * 100))));
    rows.push(`| ${kind} | ${path} | ${scores.join(' | ')} |`);
    const values = metricIds.map((id) => median(results.map((lhr) => lhr.audits[id]?.numericValue ?? NaN)));
    const elements = results[0] ? elementCount(results[0]) : undefined;
    metrics.push(
      `| ${path} | ${values.map((v, i) => (metricIds[i] === 'cumulative-layout-shift' ? v.toFixed(3) : `${Math.round(v)} ms`)).join(' | ')} | ${tbtRange(results)} | ${elements?.toLocaleString('en') ?? '?'} |`,
    );
    // Name what costs points, so a missed target says why.
    for (const audit of Object.values(results[0]?.audits ?? {})) {
      if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary') {
        failures.push(`- ${path}: ${audit.id} — ${audit.title}`);
      }
    }
    if ((scores[0] ?? 100) < 100) shortfalls.push(`- ${path}: ${performanceShortfall(results)}`);
  }
} finally {
  chrome.kill();
  for (const stop of stops) stop();
}

/** The page's element count as Lighthouse saw it (style and layout cost grow with it). */
function elementCount(lhr: LighthouseResult): number | undefined {
  const items = (lhr.audits['dom-size-insight']?.details as { items?: { statistic?: string; value?: { value?: number } }[] } | undefined)?.items ?? [];
  return items.find((item) => item.statistic === 'Total elements')?.value?.value;
}

/**
 * Why a page is under 100 in performance, from its median run: the metrics
 * Lighthouse scores below 0.9, where the main thread's time goes, and the
 * number of elements (style and layout cost grow with it).
 */
function performanceShortfall(results: LighthouseResult[]): string {
  const byTbt = [...results].sort((a, b) => (a.audits['total-blocking-time']?.numericValue ?? 0) - (b.audits['total-blocking-time']?.numericValue ?? 0));
  const lhr = byTbt[Math.floor(byTbt.length / 2)];
  if (!lhr) return 'no result';
  const weak = metricIds
    .map((id) => lhr.audits[id])
    .filter((audit) => audit && audit.score !== null && audit.score < 0.9)
    .map((audit) => `${audit?.title} ${audit?.displayValue} (score ${audit?.score})`);
  const work = (lhr.audits['mainthread-work-breakdown']?.details as { items?: { groupLabel?: string; duration?: number }[] } | undefined)?.items ?? [];
  const busiest = [...work]
    .sort((a, b) => (b.duration ?? 0) - (a.duration ?? 0))
    .slice(0, 3)
    .map((item) => `${item.groupLabel} ${Math.round(item.duration ?? 0)} ms`);
  const elements = elementCount(lhr);
  return [
    weak.length ? `low metrics: ${weak.join(', ')}` : 'no metric below 0.9',
    `main thread (at the preset's 4× CPU slowdown): ${busiest.join(', ')}`,
    elements === undefined ? '' : `${elements.toLocaleString('en')} elements`,
  ]
    .filter(Boolean)
    .join('; ');
}

/** The spread of one page's TBT over its runs, which says how far to trust the median. */
function tbtRange(results: LighthouseResult[]): string {
  const tbt = results.map((lhr) => Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN)).sort((a, b) => a - b);
  return `${tbt[0]}–${tbt.at(-1)} ms`;
}

console.log(
  [
    'Lighthouse, mobile preset (simulated slow 4G and a mid-range phone), local server:',
    '',
    `| page | path | ${categories.join(' | ')} |`,
    `| --- | --- | ${categories.map(() => '---').join(' | ')} |`,
    ...rows,
    '',
    `Medians of ${runs} runs after one warm-up pass; load average ${loadAtStart} at the start, ${loadAverage()} at the end. Metrics (median):`,
    '',
    '| path | FCP | LCP | TBT | CLS | Speed Index | TBT, lowest–highest | elements |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...metrics,
    '',
    failures.length ? ['Failing binary audits:', '', ...new Set(failures)].join('\n') : 'No binary audit fails.',
    ...(shortfalls.length ? ['', 'Pages under 100 in performance, and what costs them points (median run by TBT):', '', ...shortfalls] : []),
  ].join('\n'),
);
