/**
 * `npm test`: every suite of the project, in order, with one summary at the end.
 *
 *   type check → unit tests → build (links validated) → build under /docs/ → e2e in Chromium
 *   → translation status (a report: printed, never counted, never fails)
 *
 * Each suite's own output streams through. Suites that count tests (node:test,
 * Playwright) contribute their counts; a check or a build counts as one test.
 * The last line reads `N passed, N failed`; the exit code is non-zero on any failure.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

interface Counts {
  passed: number;
  failed: number;
}

interface Suite {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  /** Reads the suite's own counts after it ran; absent for checks and builds (one test each). */
  counts?: (exitCode: number) => Counts;
  /** Suites that must have passed for this one to be meaningful. */
  needs?: string[];
}

const resultsDir = 'test-results';
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

/** Counts from node:test's TAP output (`# pass N`, `# fail N`). */
function tapCounts(file: string): () => Counts {
  return () => {
    const tap = readFileSync(file, 'utf8');
    const read = (label: string) => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
    return { passed: read('pass'), failed: read('fail') + read('cancelled') };
  };
}

/** A node:test suite: readable spec output on the terminal, TAP in a file for the counts. */
function nodeTestSuite(name: string, files: string[], cwd = '.'): Suite {
  const tap = join(process.cwd(), resultsDir, `${name.replaceAll(/\W+/g, '-')}.tap`);
  return {
    name,
    command: process.execPath,
    args: [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files.map((f) => join(cwd, f)),
    ],
    counts: tapCounts(tap),
  };
}

const suites: Suite[] = [
  { name: 'type check', command: 'astro', args: ['check'] },
  nodeTestSuite('unit', ['tests/unit/**/*.test.ts']),
  nodeTestSuite('socket starter', ['test/*.test.ts'], 'starters/socket-starter'),
  { name: 'build', command: 'astro', args: ['build'] },
  { name: 'build under /docs/', command: 'astro', args: ['build'], env: { BASE_PATH: '/docs/', OUT_DIR: 'dist-base', SITE_URL: 'https://example.org' } },
  {
    name: 'e2e',
    command: 'playwright',
    args: ['test'],
    needs: ['build', 'build under /docs/'],
    counts: (exitCode) => {
      try {
        const { stats } = JSON.parse(readFileSync(join(resultsDir, 'e2e.json'), 'utf8')) as {
          stats: { expected: number; unexpected: number; flaky: number };
        };
        return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
      } catch {
        // Playwright did not get as far as writing its report (e.g. no browser).
        return { passed: 0, failed: exitCode === 0 ? 0 : 1 };
      }
    },
  },
];

function run(suite: Suite): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(suite.command, suite.args, {
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...suite.env },
    });
    child.on('error', (error) => {
      console.error(`could not start ${suite.command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

const failedSuites = new Set<string>();
const total: Counts = { passed: 0, failed: 0 };
const lines: string[] = [];

for (const suite of suites) {
  const missing = (suite.needs ?? []).filter((name) => failedSuites.has(name));
  if (missing.length > 0) {
    failedSuites.add(suite.name);
    total.failed += 1;
    lines.push(`✗ ${suite.name}: not run, because ${missing.join(' and ')} failed`);
    continue;
  }
  console.log(`\n━━ ${suite.name} ━━ ${[suite.command, ...suite.args].join(' ')}\n`);
  const started = performance.now();
  const exitCode = await run(suite);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  let counts = suite.counts ? suite.counts(exitCode) : { passed: exitCode === 0 ? 1 : 0, failed: exitCode === 0 ? 0 : 1 };
  // A runner that crashed after reporting passes still failed.
  if (exitCode !== 0 && counts.failed === 0) counts = { ...counts, failed: 1 };
  if (exitCode !== 0) failedSuites.add(suite.name);
  total.passed += counts.passed;
  total.failed += counts.failed;
  lines.push(`${exitCode === 0 ? '✓' : '✗'} ${suite.name}: ${counts.passed} passed, ${counts.failed} failed (${seconds} s)`);
}

// A report, not a suite: which translations changed in one language after the other (never fails, never counted).
console.log('\n━━ translation status (report only: never fails, not counted) ━━ node tests/lib/translation-status.ts\n');
try {
  const { translationReport } = await import('./lib/translation-status.ts');
  const { status, report } = translationReport();
  console.log(report);
  lines.push(`· translation status: ${status.available ? `${status.drifts.length} drifted` : 'not available'} (report only, not counted)`);
} catch (error) {
  console.log(`The translation status could not be produced: ${(error as Error).message}`);
  lines.push('· translation status: not available (report only, not counted)');
}

console.log(`\n━━ summary ━━\n${lines.join('\n')}\n`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed > 0 ? 1 : 0;
