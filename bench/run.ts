/**
 * `npm run bench`: the site's speed as numbers, each next to a baseline
 * measured in the same run (these machines are noisy, so only ratios are
 * compared). Writes bench/results/report.md and report.json.
 *
 * Measured:
 * - full build time of the site and of a bare Starlight site (bench/baseline),
 *   and the build cost per page;
 * - gzip bytes of HTML + CSS + JS loaded before interaction, for a text page,
 *   a reference page and a sandbox page in each locale, against the bare page;
 * - the benchmarks with scripts of their own (sandboxes, the page's main thread
 *   while a sandbox prints huge output, socket starter, search), each of which
 *   reports against its own baseline.
 *
 * Numbers are for comparison on one machine, not thresholds: nothing here
 * fails a build.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { measurePageWeight, type PageWeight } from './page-weight.ts';
import { allPages } from '../tests/lib/site.ts';
import { median, startPreview } from './preview.ts';

const resultsDir = 'bench/results';
const sitePort = 4601;
const baselinePort = 4602;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Section {
  title: string;
  markdown: string;
  json: unknown;
}

function exec(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ratio = (value: number, base: number) => (value / base).toFixed(2);

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

async function buildTimes(runs: number): Promise<Section> {
  const site: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate so that both see the same machine conditions.
    site.push(await exec('astro', ['build']));
    baseline.push(await exec('astro', ['build', '--root', 'bench/baseline']));
  }
  const pages = countHtml('dist');
  const basePages = countHtml('bench/baseline/dist');
  const siteMs = median(site);
  const baseMs = median(baseline);
  const json = { runs, siteMs, baselineMs: baseMs, pages, baselinePages: basePages, msPerPage: siteMs / pages, baselineMsPerPage: baseMs / basePages };
  const markdown = [
    '| build | median time | pages | per page |',
    '| --- | --- | --- | --- |',
    `| this site | ${(siteMs / 1000).toFixed(1)} s | ${pages} | ${(siteMs / pages).toFixed(0)} ms |`,
    `| bare Starlight | ${(baseMs / 1000).toFixed(1)} s | ${basePages} | ${(baseMs / basePages).toFixed(0)} ms |`,
    '',
    `Build time ratio: ${ratio(siteMs, baseMs)}x for ${ratio(pages, basePages)}x the pages (median of ${runs} runs each, alternating).`,
  ].join('\n');
  return { title: 'Build', markdown, json };
}

/** Pages to weigh: the kind of page, its path in each locale, and the target ratio. */
const weighedPages = [
  { kind: 'text page', path: 'network-protocols/', target: 1.1 },
  { kind: 'reference page', path: 'status-codes/', target: 1.1 },
  { kind: 'sandbox page', path: 'request/', target: 1.3 },
];

async function pageWeights(browser: Browser): Promise<Section> {
  const site = `http://127.0.0.1:${sitePort}/`;
  const baseline = `http://127.0.0.1:${baselinePort}/`;
  const bareText = await measurePageWeight(browser, baseline);
  const bareReference = await measurePageWeight(browser, `${baseline}reference/`);
  const rows: string[] = [];
  const misses: string[] = [];
  const json: Record<string, PageWeight & { ratio: number; assetsRatio: number; target: number }> = {};
  // Every page once; the targets below read the pages they name from these.
  const weights = new Map<string, PageWeight>();
  for (const { path } of allPages) weights.set(path, await measurePageWeight(browser, `${site}${path}`));
  for (const { kind, path, target } of weighedPages) {
    for (const prefix of ['', 'en/']) {
      const weight = weights.get(`${prefix}${path}`);
      if (!weight) throw new Error(`bench: no page ${prefix}${path} among the site's pages`);
      const bare = kind === 'reference page' ? bareReference : bareText;
      const r = weight.total / bare.total;
      // What the site adds around the content: the same page's CSS + JS against the bare page's.
      const assets = (weight.css + weight.js) / (bare.css + bare.js);
      json[`/${prefix}${path}`] = { ...weight, ratio: r, assetsRatio: assets, target };
      const verdict = r <= target ? 'within target' : `over by ${((r / target - 1) * 100).toFixed(0)} %`;
      if (r > target) {
        // Would the page meet the target with the bare page's amount of content? Then the excess is content, not assets.
        const withBareHtml = (weight.total - weight.html + bare.html) / bare.total;
        misses.push(
          `- /${prefix}${path}: ${verdict}. Its HTML is ${kb(weight.html)} of ${kb(weight.total)} KiB; with the bare page's HTML it would be ${withBareHtml.toFixed(2)}x (${withBareHtml <= target ? 'within' : 'still over'} the target).`,
        );
      }
      rows.push(`| ${kind} | /${prefix}${path} | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} | ${kb(weight.total)} | ${r.toFixed(2)}x | ${assets.toFixed(2)}x | ≤ ${target}x: ${verdict} |`);
    }
  }
  // The per-page view: where the bytes are content (HTML) and where they are the site around it.
  const everyPage = [...weights].map(
    ([path, weight]) => `| /${path} | ${kb(weight.html)} | ${kb(weight.css + weight.js)} | ${kb(weight.total)} | ${ratio(weight.css + weight.js, bareText.css + bareText.js)}x |`,
  );
  const markdown = [
    `Gzip KiB loaded before interaction (HTML + CSS + JS, idle time included: the bare pages load Starlight's search UI when the browser is idle, this site's pages only when search is opened), against bare Starlight pages built in the same run: a short text page (${kb(bareText.total)} KiB, of which HTML ${kb(bareText.html)}) and a page of 25 headed sections (${kb(bareReference.total)} KiB, HTML ${kb(bareReference.html)}).`,
    '',
    '"ratio" compares totals, as the target does; "assets" compares CSS + JS only, i.e. what the site adds around its content. Our pages carry far more text than the bare ones (the HTML column), which is content, not overhead.',
    '',
    '| kind | page | HTML | CSS | JS | total | ratio | assets | target |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    ...(misses.length ? ['', 'Over the target:', '', ...misses] : []),
    '',
    `Every page, gzip KiB before interaction; "assets" compares its CSS + JS with the bare text page's (${kb(bareText.css + bareText.js)} KiB):`,
    '',
    '| page | HTML | CSS + JS | total | assets |',
    '| --- | --- | --- | --- | --- |',
    ...everyPage,
  ].join('\n');
  return { title: 'Page weight before interaction', markdown, json: { bareText, bareReference, pages: json, everyPage: Object.fromEntries(weights) } };
}

/**
 * The benchmarks that live in their own scripts, each measuring against its
 * own baseline in the same run. Their standard output (Markdown) goes into
 * the report as it is.
 */
const scripts = [
  { title: 'Sandboxes', file: 'bench/sandbox.ts' },
  { title: 'Sandbox output', file: 'bench/sandbox-output.ts' },
  { title: 'Types in the editor', file: 'bench/type-service.ts' },
  { title: 'Offline', file: 'bench/offline.ts' },
  { title: 'Socket starter throughput', file: 'bench/starter-throughput.ts' },
  { title: 'Search', file: 'bench/search.ts' },
  { title: 'Render cost', file: 'bench/render-cost.ts' },
  { title: 'Lighthouse', file: 'bench/lighthouse.ts' },
];

function runScript(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${file} exited with ${code}`))));
  });
}

async function scriptBenchmarks(): Promise<Section[]> {
  const sections: Section[] = [];
  for (const { title, file } of scripts) {
    console.log(`… ${file}`);
    const output = await runScript(file);
    // Drop the script's own top-level title; the report gives each section its heading.
    sections.push({ title, markdown: output.replace(/^# .*\n+/, '').trim(), json: { file, output } });
  }
  return sections;
}

mkdirSync(resultsDir, { recursive: true });
console.log('… builds');
const sections: Section[] = [await buildTimes(Number(process.env.BENCH_BUILD_RUNS ?? 3))];
const stops = await Promise.all([startPreview(sitePort), startPreview(baselinePort, { root: 'bench/baseline' })]);
try {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  try {
    console.log('… page weight');
    sections.push(await pageWeights(browser));
  } finally {
    await browser.close();
  }
} finally {
  for (const stop of stops) stop();
}
sections.push(...(await scriptBenchmarks()));

const when = new Date().toISOString();
const report = [`# Benchmark report`, '', `Run on ${when}, Node ${process.version}.`, '', ...sections.flatMap((s) => [`## ${s.title}`, '', s.markdown, ''])].join('\n');
writeFileSync(join(resultsDir, 'report.md'), report);
writeFileSync(join(resultsDir, 'report.json'), JSON.stringify({ when, sections: Object.fromEntries(sections.map((s) => [s.title, s.json])) }, null, 2));
console.log(`\n${report}`);
