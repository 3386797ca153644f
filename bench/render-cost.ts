/**
 * What a page costs the browser's main thread while it loads (a script, not
 * a test): `node bench/render-cost.ts` after `npm run build`; `npm run bench`
 * runs it and embeds its output.
 *
 * Lighthouse's Total Blocking Time on this small, shared machine swings by a
 * factor of three between runs of the same build. This measures the work
 * behind it directly: Chromium's own trace of a page load (phone-sized
 * viewport, no service worker, unthrottled), summing the time spent on style
 * (`UpdateLayoutTree`), layout and HTML parsing until the load event and a
 * moment after. Each round loads every variant once, in turn, so that the
 * machine's mood falls on all of them alike; the report gives medians.
 *
 * The variants, per page: the site as built; the site with code laid out at
 * once (`content-visibility: visible` on code, undoing code-size-hints.ts) to
 * show what laying out code near the screen saves; and the bare Starlight
 * page (bench/baseline) as the common yardstick.
 * BENCH_ROUNDS sets the rounds (9 by default). Writes bench/results/render-cost.{md,json}.
 */
import { chromium, type Browser } from '@playwright/test';
import { median, startPreview } from './preview.ts';
import { writeResults } from './results.ts';

const sitePort = Number(process.env.BENCH_RENDER_PORT ?? 4613);
const baselinePort = sitePort + 1;
const rounds = Number(process.env.BENCH_ROUNDS ?? 9);
const pages = ['request/', 'en/request/', 'response/', 'sockets/', 'en/sockets/', 'print/'];
const allCodeAtOnce = '.expressive-code pre > code { content-visibility: visible !important }';

interface Cost {
  style: number;
  layout: number;
  parse: number;
}

interface Variant {
  name: string;
  url: string;
  /** CSS appended to the site's stylesheets for this variant. */
  css?: string;
}

async function loadCost(browser: Browser, { url, css }: Variant): Promise<Cost> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  if (css) {
    await page.route('**/*.css', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}\n${css}` });
    });
  }
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents as { name: string; ph: string; dur?: number }[];
  await context.close();
  const total = (name: string) => events.filter((event) => event.name === name && event.ph === 'X').reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000;
  return { style: total('UpdateLayoutTree'), layout: total('Layout'), parse: total('ParseHTML') };
}

const stops = await Promise.all([startPreview(sitePort), startPreview(baselinePort, { root: 'bench/baseline' })]);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] });
const variants: Variant[] = [
  { name: 'bare Starlight page', url: `http://127.0.0.1:${baselinePort}/` },
  ...pages.flatMap((path) => [
    { name: `/${path}`, url: `http://127.0.0.1:${sitePort}/${path}` },
    { name: `/${path}, all code laid out at once`, url: `http://127.0.0.1:${sitePort}/${path}`, css: allCodeAtOnce },
  ]),
];
const costs = new Map<string, Cost[]>();
try {
  // One unmeasured load each warms the server and the disk cache for everyone alike.
  for (const variant of variants) await loadCost(browser, variant);
  for (let round = 0; round < rounds; round++) {
    for (const variant of variants) {
      const list = costs.get(variant.name) ?? [];
      list.push(await loadCost(browser, variant));
      costs.set(variant.name, list);
    }
  }
} finally {
  await browser.close();
  for (const stop of stops) stop();
}

const medians = new Map([...costs].map(([name, list]) => [name, { style: median(list.map((c) => c.style)), layout: median(list.map((c) => c.layout)), parse: median(list.map((c) => c.parse)) }]));
const bare = medians.get('bare Starlight page')!;
const bareWork = bare.style + bare.layout;
const ms = (value: number) => `${Math.round(value)} ms`;
const lines = [
  '# Render cost',
  '',
  `Main-thread time while each page loads, from Chromium's trace: 412 × 823 phone viewport, no service worker, unthrottled; median of ${rounds} interleaved rounds.`,
  '"All code laid out at once" undoes `content-visibility` on code (src/integrations/code-size-hints.ts) in the same run, to show what it saves.',
  '',
  '| page | style | layout | HTML parsing | style + layout vs bare page |',
  '| --- | --- | --- | --- | --- |',
  ...[...medians].map(([name, cost]) => `| ${name} | ${ms(cost.style)} | ${ms(cost.layout)} | ${ms(cost.parse)} | ${((cost.style + cost.layout) / bareWork).toFixed(1)}× |`),
  '',
];
writeResults('render-cost', { rounds, medians: Object.fromEntries(medians), runs: Object.fromEntries(costs) }, lines.join('\n'));
