/**
 * Type service benchmark (a script, not a test): `npm run bench` after `npm run build`.
 *
 * Serves dist/ with `astro preview` and drives Debian's Chromium, on the
 * response page's first sandbox, holding a kept edit with a type error
 * (`response.stauts`), as a reader who came back to their code:
 *   - gzip bytes fetched before the editor is focused (must hold nothing of
 *     the type service) and those the first focus adds (service + worker);
 *   - ms from focusing the editor to the first underline, cold (a fresh
 *     browser context: nothing cached) and warm (the same context reloaded:
 *     the files come from the HTTP cache, the worker starts anew);
 *   - ms from an edit to its underline once the worker runs (the debounce
 *     included), the time a reader waits while typing;
 *   - as a baseline from the same run, ms from a pointer over the sandbox to
 *     a ready editor (the editor's own lazy load, fresh context), so that the
 *     ratio says how the type service's wait compares with one readers know.
 * Medians of BENCH_ROUNDS (5) rounds. Writes bench/results/type-service.{md,json}.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { keptCodeKey, keptCodeVersion } from '../src/components/sandbox/kept-code.ts';
import { sandboxCode } from '../tests/lib/sandboxes.ts';
import { median, startPreview, timeInPage } from './preview.ts';
import { writeResults } from './results.ts';

const port = Number(process.env.BENCH_PORT ?? 4546);
const origin = `http://127.0.0.1:${port}`;
const path = '/en/response/';
const id = 'response-attributes';
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const typeAssets = /\/_astro\/type-(service|worker)[.-]/;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

const edited = `${sandboxCode(id, 'en')}\nconsole.log(response.stauts);`;

async function withKeptEdit(context: BrowserContext): Promise<void> {
  await context.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('bench-seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('bench-seeded', '1');
      }
    },
    [keptCodeKey('en', id), JSON.stringify({ version: keptCodeVersion, code: edited })],
  );
}

/** Gzip bytes of the scripts fetched, split into the type service's and the rest. */
function scriptBytes(page: Page) {
  const counted = { typeService: 0, other: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const url = response.url();
    if (!url.startsWith(origin) || !/\.(js|mjs)(\?|$)/.test(new URL(url).pathname)) return;
    pending.push(
      response.body().then(
        (body) => void (counted[typeAssets.test(url) ? 'typeService' : 'other'] += gzipSync(body).byteLength),
        () => undefined,
      ),
    );
  });
  return async () => {
    await Promise.all(pending);
    return { ...counted };
  };
}

async function openEditor(page: Page): Promise<void> {
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  const sandbox = page.locator(`[data-sandbox="${id}"]`);
  await sandbox.scrollIntoViewIfNeeded();
  await sandbox.locator('.sandbox-toolbar').hover();
  await sandbox.locator('.sandbox-shell[data-ready="true"] .cm-content').waitFor();
  await page.waitForLoadState('networkidle');
}

const sandboxRoot = `[data-sandbox="${id}"]`;

/** Milliseconds from an edit that makes a new type error to its second underline. */
async function editToUnderline(page: Page): Promise<number> {
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('response.okk', { delay: 0 });
  return timeInPage(page, sandboxRoot, 'none', '.cm-lintRange-error', 2);
}

const stop = await startPreview(port);
try {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] });
  const editorReady: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  const edit: number[] = [];
  let bytes = { beforeFocus: { typeService: 0, other: 0 }, focus: { typeService: 0, other: 0 } };
  for (let round = 0; round < rounds; round++) {
    // The baseline: the editor's own lazy load, from a pointer over the sandbox to a ready editor.
    const plain = await browser.newContext();
    const plainPage = await plain.newPage();
    await plainPage.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    editorReady.push(Math.round(await timeInPage(plainPage, sandboxRoot, 'reach', '.sandbox-shell[data-ready="true"] .cm-content')));
    await plain.close();

    const context = await browser.newContext();
    await withKeptEdit(context);
    const page = await context.newPage();
    let count = scriptBytes(page);
    await openEditor(page);
    const beforeFocus = await count();
    count = scriptBytes(page);
    cold.push(Math.round(await timeInPage(page, sandboxRoot, 'focus', '.cm-lintRange-error')));
    await page.waitForLoadState('networkidle');
    if (round === 0) bytes = { beforeFocus, focus: await count() };
    edit.push(Math.round(await editToUnderline(page)));

    await page.reload({ waitUntil: 'networkidle' });
    await openEditor(page);
    warm.push(Math.round(await timeInPage(page, sandboxRoot, 'focus', '.cm-lintRange-error')));
    await context.close();
  }
  await browser.close();

  const results = {
    date: new Date().toISOString(),
    rounds,
    page: path,
    sandbox: id,
    bytes,
    ms: {
      editorReadyBaseline: { median: median(editorReady), samples: editorReady },
      focusToFirstDiagnosticCold: { median: median(cold), samples: cold },
      focusToFirstDiagnosticWarm: { median: median(warm), samples: warm },
      editToDiagnostic: { median: median(edit), samples: edit },
    },
  };
  const markdown = [
    `# Type service benchmark (${results.date})`,
    '',
    `Gzip KB of scripts on ${path}, sandbox "${id}" holding a kept edit with a type error:`,
    '',
    '| phase | type service | other scripts |',
    '| --- | --- | --- |',
    `| page and editor, before focus | ${kb(bytes.beforeFocus.typeService)} | ${kb(bytes.beforeFocus.other)} |`,
    `| … added by the first focus | ${kb(bytes.focus.typeService)} | ${kb(bytes.focus.other)} |`,
    '',
    `Times in ms, measured in the page, median of ${rounds} rounds (cold: fresh context; warm: the same context reloaded, files from the HTTP cache):`,
    '',
    '| measure | median | samples | ratio to the baseline |',
    '| --- | --- | --- | --- |',
    ...Object.entries(results.ms).map(
      ([name, m]) => `| ${name} | ${m.median} | ${m.samples.join(', ')} | ${(m.median / Math.max(1, results.ms.editorReadyBaseline.median)).toFixed(2)}x |`,
    ),
    '',
  ].join('\n');
  writeResults('type-service', results, markdown);
} finally {
  stop();
}
