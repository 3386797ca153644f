/**
 * Huge-output benchmark (a script, not a test): part of `npm run bench`, or
 * `npm exec -- node bench/sandbox-output.ts` after `npm run build` (npm puts
 * `astro` and the project's Node on the PATH).
 *
 * A reader can print anything: a 50 MB string, a 100 000-row table, 100 000
 * nested groups. The code runs in a worker, but whatever it prints is
 * rendered by the page, so huge output can freeze the page itself. For each
 * case this opens /en/crud/ in a fresh browser context, types the code into
 * its sandbox, runs it and measures in the page, from just before the click
 * on Run until 1 s after the run has ended:
 *   - long tasks (`longtask` entries, 50 ms or more): the longest and their sum;
 *   - the largest gap between ticks of a 16 ms `setInterval` heartbeat: how
 *     long the page could not respond, however the browser attributes the work;
 *   - wall time from the click until the end of the run is on screen: the
 *     first frame after `data-state` left `running` has been rendered (a
 *     page busy laying out huge output shows it late: that is the point), and
 *     apart from it the time the state changed in the DOM;
 *   - the final state, the DOM elements inside the sandbox and the characters
 *     of text in its output panel.
 * The first case, one short line, is the baseline, measured in the same run.
 * A page that crashes, freezes or loses its sandbox is recorded as such.
 * Writes bench/results/sandbox-output.md and bench/results/sandbox-output.json.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type Page } from '@playwright/test';
import { median, startPreview } from './preview.ts';
import { writeResults } from './results.ts';

const port = Number(process.env.BENCH_OUTPUT_PORT ?? 4548);
const origin = `http://127.0.0.1:${port}`;
const pagePath = '/en/crud/';
const sandboxSelector = '[data-sandbox="crud"]';
const rounds = Number(process.env.BENCH_ROUNDS ?? 1);
/** Far beyond the sandbox's own time limit: a run still `running` after this is recorded as never ending. */
const endTimeoutMs = 90_000;
/** Rendering goes on after the state changes, and a stopped run's last messages may still arrive. */
const settleMs = 1000;
/**
 * A frozen page never answers `page.evaluate`, which has no timeout of its own.
 * As generous as the wait for the end: a page may start freezing after its state changed.
 */
const answerTimeoutMs = 90_000;
/** The shortest task the browser reports as long. */
const longTaskMs = 50;

/** What a reader would type. The first case is the baseline the others are compared with. */
const cases = [
  { id: 'baseline', label: 'one line (baseline)', code: "console.log('hi')" },
  { id: 'string-50mb', label: '50 MB string', code: "console.log('x'.repeat(50_000_000))" },
  { id: 'table-100k', label: '100 000-row table', code: "console.table(Array.from({ length: 100_000 }, (_, i) => ({ id: i, name: 'user' + i })))" },
  { id: 'groups-100k', label: '100 000 nested groups', code: "for (let i = 0; i < 100_000; i++) console.group('level ' + i);\nconsole.log('deep')" },
  { id: 'lines-100k', label: '100 000 lines', code: 'for (let i = 0; i < 100_000; i++) console.log(i)' },
  { id: 'typed-array-100mib', label: '100 MiB typed array', code: 'console.log(new Uint8Array(100 * 1024 * 1024))' },
] as const;

type Outcome = 'ended' | 'never ended' | 'page crashed' | 'page frozen' | 'sandbox gone' | 'error';

interface Sample {
  outcome: Outcome;
  /** What went wrong, when the outcome is not `ended`. */
  detail?: string;
  /** `data-state` of the sandbox once measured; null without a sandbox. */
  finalState: string | null;
  longestTaskMs: number | null;
  longTasksSumMs: number | null;
  longTasks: number | null;
  largestGapMs: number | null;
  /** Click to the end on screen; when the page never got there, to the end as the poll saw it. */
  wallMs: number | null;
  stateChangeMs: number | null;
  /** Click to the first poll (every 100 ms, in the page) that saw the end. */
  polledEndMs: number | null;
  elements: number | null;
  outputChars: number | null;
  /** Uncaught errors of the page (not of the reader's code, which runs in the worker). */
  pageErrors: string[];
}

/** The in-page recorder, kept on `window` between `page.evaluate` calls. */
interface Probe {
  tasks: number[];
  taskObserver: PerformanceObserver;
  lastTick: number;
  largestGap: number;
  shell: Element;
  sawRunning: boolean;
  clickAt?: number;
  /** When `data-state` left `running` in the DOM. */
  stateChangedAt?: number;
  /** When the first frame after that change had been rendered: the end as the reader sees it. */
  shownAt?: number;
  /** When the poll first saw the run ended: only once the page could run it. */
  polledEndAt?: number;
}
type ProbeWindow = Window & { __sandboxOutputBench?: Probe };

/** In the page, just before the click: long tasks, the heartbeat, the click and the end of the run. */
function installProbe(selector: string): void {
  const sandbox = document.querySelector(selector);
  const shell = sandbox?.querySelector('.sandbox-shell');
  const run = [...(sandbox?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim().endsWith('Run'));
  if (!shell || !run) throw new Error(`no sandbox shell or Run button in ${selector}`);
  const tasks: number[] = [];
  const taskObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  taskObserver.observe({ type: 'longtask' });
  const probe: Probe = { tasks, taskObserver, lastTick: performance.now(), largestGap: 0, shell, sawRunning: false };
  setInterval(() => {
    const now = performance.now();
    probe.largestGap = Math.max(probe.largestGap, now - probe.lastTick);
    probe.lastTick = now;
  }, 16);
  // Capture phase: the time of the click itself, before the sandbox's own handler runs.
  run.addEventListener('click', () => (probe.clickAt ??= performance.now()), { capture: true });
  // The time the state changed in the DOM, not when the poll below noticed it.
  new MutationObserver((records) => {
    const state = shell.getAttribute('data-state');
    // Old values too: `running` and its end may be committed before this callback runs.
    if (state === 'running' || records.some((r) => r.oldValue === 'running')) probe.sawRunning = true;
    if (probe.sawRunning && state !== 'running' && probe.stateChangedAt === undefined) {
      probe.stateChangedAt = performance.now();
      // A task queued from requestAnimationFrame runs once that frame's style, layout and paint are done.
      requestAnimationFrame(() => setTimeout(() => (probe.shownAt = performance.now())));
    }
  }).observe(shell, { attributes: true, attributeFilter: ['data-state'], attributeOldValue: true });
  (window as ProbeWindow).__sandboxOutputBench = probe;
}

/**
 * In the page, polled: has the run ended (or has the sandbox gone, so that
 * nothing more can happen), and is that end on screen?
 */
function runEnded(selector: string): boolean {
  const probe = (window as ProbeWindow).__sandboxOutputBench;
  const shell = document.querySelector(`${selector} .sandbox-shell`);
  if (!probe) return true;
  // A new shell (the island remounted) has no `running` history for the observer to have seen.
  const ended = !shell || (shell.getAttribute('data-state') !== 'running' && (probe.sawRunning || shell !== probe.shell));
  if (ended) probe.polledEndAt ??= performance.now();
  // The poll can run between the state's commit and the frame that lays it out: wait for that frame too.
  return ended && (probe.stateChangedAt === undefined || probe.shownAt !== undefined);
}

/** In the page, after the run: everything recorded, and what the sandbox now holds. */
function readProbe(selector: string) {
  const probe = (window as ProbeWindow).__sandboxOutputBench;
  const sandbox = document.querySelector(selector);
  if (probe) for (const entry of probe.taskObserver.takeRecords()) probe.tasks.push(entry.duration);
  return {
    tasks: probe?.tasks ?? [],
    // A gap still open counts too: the heartbeat may not have ticked since the last block.
    largestGap: probe ? Math.max(probe.largestGap, performance.now() - probe.lastTick) : null,
    clickAt: probe?.clickAt ?? null,
    stateChangedAt: probe?.stateChangedAt ?? null,
    shownAt: probe?.shownAt ?? null,
    polledEndAt: probe?.polledEndAt ?? null,
    shellFound: sandbox?.querySelector('.sandbox-shell') != null,
    state: sandbox?.querySelector('.sandbox-shell')?.getAttribute('data-state') ?? null,
    elements: sandbox ? sandbox.querySelectorAll('*').length : null,
    outputChars: sandbox?.querySelector('.sandbox-log')?.textContent?.length ?? null,
  };
}

async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
const round1 = (ms: number) => Math.round(ms * 10) / 10;

const noMeasure = {
  finalState: null,
  longestTaskMs: null,
  longTasksSumMs: null,
  longTasks: null,
  largestGapMs: null,
  wallMs: null,
  stateChangeMs: null,
  polledEndMs: null,
  elements: null,
  outputChars: null,
} satisfies Omit<Sample, 'outcome' | 'pageErrors'>;

async function runCase(page: Page, code: string, crashed: () => boolean, pageErrors: string[]): Promise<Sample> {
  const failed = (outcome: Outcome, error: unknown): Sample => ({ outcome, detail: messageOf(error), ...noMeasure, pageErrors });
  const sandbox = page.locator(sandboxSelector);
  try {
    await page.goto(`${origin}${pagePath}`, { waitUntil: 'networkidle' });
    await sandbox.scrollIntoViewIfNeeded();
    // The editor hydrates when the reader reaches for it (client:intent): a pointer over the sandbox.
    await sandbox.locator('.sandbox-toolbar').hover();
    await sandbox.locator('.sandbox-shell[data-ready="true"] .cm-content').waitFor({ timeout: 30_000 });
    await sandbox.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(code);
    await page.evaluate(installProbe, sandboxSelector);
  } catch (error) {
    return failed('error', error);
  }

  // Node's clock, for when the page cannot tell (the sandbox gone before its state changed).
  const clicked = performance.now();
  let outcome: Outcome = 'ended';
  let detail: string | undefined;
  let ended: number | undefined;
  try {
    await sandbox.getByRole('button', { name: 'Run', exact: true }).click({ timeout: 30_000 });
    await page.waitForFunction(runEnded, sandboxSelector, { polling: 100, timeout: endTimeoutMs });
    ended = performance.now();
  } catch (error) {
    if (crashed() || /crash/i.test(messageOf(error))) return failed('page crashed', error);
    outcome = 'never ended';
    detail = messageOf(error);
  }
  await sleep(settleMs);

  let seen: Awaited<ReturnType<typeof readProbe>>;
  try {
    seen = await within(page.evaluate(readProbe, sandboxSelector), answerTimeoutMs, 'reading the measures');
  } catch (error) {
    return failed(crashed() || /crash/i.test(messageOf(error)) ? 'page crashed' : 'page frozen', error);
  }
  if (!seen.shellFound) {
    outcome = 'sandbox gone';
    detail ??= 'no .sandbox-shell in the sandbox after the run';
  }
  const since = (at: number | null) => (seen.clickAt !== null && at !== null ? round1(at - seen.clickAt) : null);
  const wallMs = since(seen.shownAt) ?? since(seen.polledEndAt) ?? (ended !== undefined ? round1(ended - clicked) : null);
  return {
    outcome,
    ...(detail ? { detail } : {}),
    finalState: seen.state,
    longestTaskMs: round1(Math.max(0, ...seen.tasks)),
    longTasksSumMs: round1(seen.tasks.reduce((sum, d) => sum + d, 0)),
    longTasks: seen.tasks.length,
    largestGapMs: seen.largestGap === null ? null : round1(seen.largestGap),
    wallMs,
    stateChangeMs: since(seen.stateChangedAt),
    polledEndMs: since(seen.polledEndAt),
    elements: seen.elements,
    outputChars: seen.outputChars,
    pageErrors,
  };
}

async function measure(browser: Browser, code: string): Promise<Sample> {
  // A fresh context for each run: nothing cached, nothing left over from the previous case.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    let crashed = false;
    page.on('crash', () => (crashed = true));
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => void (pageErrors.length < 3 && pageErrors.push(messageOf(error))));
    return await runCase(page, code, () => crashed, pageErrors);
  } finally {
    await within(context.close(), answerTimeoutMs, 'closing the context').catch(() => undefined);
  }
}

type Measure = 'longestTaskMs' | 'longTasksSumMs' | 'largestGapMs' | 'wallMs' | 'stateChangeMs' | 'polledEndMs' | 'elements' | 'outputChars';
const measures: Measure[] = ['longestTaskMs', 'longTasksSumMs', 'largestGapMs', 'wallMs', 'stateChangeMs', 'polledEndMs', 'elements', 'outputChars'];

/** Median over the rounds that produced the measure; null when none did. */
function medianOf(samples: Sample[], measure: Measure): number | null {
  const values = samples.map((s) => s[measure]).filter((v): v is number => v !== null);
  return values.length ? median(values) : null;
}

/** `done`, or e.g. `done ×2, page crashed ×1` when rounds differ. */
function endings(samples: Sample[]): string {
  const counts = new Map<string, number>();
  for (const s of samples) {
    const ending = s.outcome === 'ended' ? (s.finalState ?? '?') : s.finalState ? `${s.outcome} (${s.finalState})` : s.outcome;
    counts.set(ending, (counts.get(ending) ?? 0) + 1);
  }
  return counts.size === 1 && samples.length === 1 ? [...counts.keys()][0]! : [...counts].map(([k, n]) => `${k} ×${n}`).join(', ');
}

const stop = await startPreview(port);
try {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const samples = new Map<string, Sample[]>(cases.map((c) => [c.id, []]));
  try {
    // Rounds outermost: each case sees the machine at several moments, not all at once.
    for (let round = 0; round < rounds; round++) {
      for (const { id, code } of cases) {
        // Progress on stderr: stdout is the Markdown that bench/run.ts puts into its report.
        console.error(`… sandbox output: ${id} (round ${round + 1} of ${rounds})`);
        samples.get(id)!.push(await measure(browser, code));
      }
    }
  } finally {
    await browser.close();
  }

  const results = {
    date: new Date().toISOString(),
    page: pagePath,
    rounds,
    endTimeoutMs,
    settleMs,
    cases: cases.map(({ id, label, code }) => {
      const s = samples.get(id)!;
      return { id, label, code, median: Object.fromEntries(measures.map((m) => [m, medianOf(s, m)])) as Record<Measure, number | null>, endings: endings(s), samples: s };
    }),
  };

  const base = results.cases[0]!.median;
  const ms = (v: number | null) => (v === null ? '–' : String(Math.round(v)));
  const count = (v: number | null) => (v === null ? '–' : v.toLocaleString('en-US'));
  const times = (v: number | null, b: number | null) => (v === null || !b ? '–' : `${(v / b).toFixed(1)}x`);
  // A baseline without long tasks had none of 50 ms or more: the ratio is then more than value / 50.
  const taskTimes = (v: number | null, b: number | null) => {
    if (v === null || b === null) return '–';
    if (b > 0) return times(v, b);
    if (v === 0) return 'none in either';
    // Below 50 ms, only a median mixing runs with and without long tasks: no bound to give.
    return v >= longTaskMs ? `> ${(v / longTaskMs).toFixed(1)}x` : '–';
  };
  const rows = results.cases.map(
    (c) =>
      `| ${c.label} | ${ms(c.median.longestTaskMs)} | ${ms(c.median.longTasksSumMs)} | ${ms(c.median.largestGapMs)} | ${ms(c.median.wallMs)} | ${ms(c.median.stateChangeMs)} | ${c.endings} | ${count(c.median.elements)} | ${count(c.median.outputChars)} | ${taskTimes(c.median.longestTaskMs, base.longestTaskMs)} | ${times(c.median.largestGapMs, base.largestGapMs)} |`,
  );
  const sampleRows = results.cases.map(
    (c) => `| ${c.label} | ${c.samples.map((s) => ms(s.longestTaskMs)).join(', ')} | ${c.samples.map((s) => ms(s.largestGapMs)).join(', ')} | ${c.samples.map((s) => ms(s.wallMs)).join(', ')} |`,
  );
  const problems = results.cases.flatMap((c) =>
    c.samples.flatMap((s, i) => [
      ...(s.outcome !== 'ended' ? [`- ${c.label}, round ${i + 1}: ${s.outcome}${s.detail ? `: ${s.detail}` : ''}`] : []),
      ...s.pageErrors.map((e) => `- ${c.label}, round ${i + 1}: page error: ${e}`),
    ]),
  );
  const markdown = [
    `# Sandbox huge-output benchmark (${results.date})`,
    '',
    `The page's main thread while the sandbox of ${pagePath} prints huge output: measured in the page from the click on Run until the run has ended (\`data-state\` no longer \`running\`, waited for up to ${endTimeoutMs / 1000} s) and ${settleMs / 1000} s more, in a fresh browser context each time; ${rounds === 1 ? 'one run per case' : `median of ${rounds} runs per case`}. Long tasks are the page's \`longtask\` entries (${longTaskMs} ms or more); the heartbeat is a 16 ms \`setInterval\`, and its largest gap is the longest the page could not respond. Wall time runs from the click until the end of the run is on screen (the first frame after \`data-state\` left \`running\` has been rendered), which a page busy with huge output shows late; "state changed" is when \`data-state\` left \`running\` in the DOM. Elements are those inside the sandbox; output chars, the text of its output panel. The last two columns divide the longest task and the largest gap by the baseline's, measured in the same run; a baseline without long tasks gives a lower bound, the longest task over ${longTaskMs} ms.`,
    '',
    '| case | longest task ms | sum of long tasks ms | largest heartbeat gap ms | wall time ms | state changed ms | final state | elements | output chars | longest task vs baseline | heartbeat gap vs baseline |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    ...(rounds > 1 ? ['', 'Samples, in round order:', '', '| case | longest task ms | largest heartbeat gap ms | wall time ms |', '| --- | --- | --- | --- |', ...sampleRows] : []),
    '',
    'Code of each case, as typed into the editor:',
    '',
    ...results.cases.map((c) => `- ${c.label}: \`${c.code.replace(/\n/g, ' ')}\``),
    ...(problems.length ? ['', 'Runs that did not end normally, and page errors:', '', ...problems] : []),
    '',
  ].join('\n');
  writeResults('sandbox-output', results, markdown);
} finally {
  stop();
}
