/**
 * The socket starter as a reader gets it: from the sockets page, follow the
 * download link, check the file against the size and SHA-256 the page shows,
 * unpack it, run its own tests, then run its server and client.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { locales, pagePath } from '../lib/site.ts';
import { expect, test } from './fixtures.ts';

/** The Node running the tests first on PATH, so the unpacked project's npm scripts use it too. */
const env = {
  ...process.env,
  PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
  HOST: '',
  PORT: '',
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};

interface Finished {
  code: number | null;
  output: string;
}

function run(command: string, args: string[], cwd: string, timeoutMs: number): Promise<Finished> & { output(): string } {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const finished = new Promise<Finished>((resolve) => {
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
  return Object.assign(finished, { output: () => output });
}

function unpack(zip: Uint8Array, into: string): void {
  for (const [path, bytes] of Object.entries(unzipSync(zip))) {
    if (path.endsWith('/')) continue;
    const target = join(into, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
}

for (const locale of locales) {
  test(`${locale.label}: the downloaded starter matches the page, passes its own tests and runs`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(pagePath(locale, 'sockets'));

    const link = page.getByTestId('starter-download-link');
    await expect(link).toHaveAttribute('href', '/downloads/socket-starter.zip');
    const shownSize = page.getByTestId('starter-size');
    const shownBytes = Number(await shownSize.getAttribute('data-bytes'));
    const shownSha256 = (await page.getByTestId('starter-sha256').textContent())?.trim();

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('socket-starter.zip');
    const zip = readFileSync(await download.path());
    expect(zip.length, 'size shown on the page').toBe(shownBytes);
    await expect(shownSize).toContainText(new Intl.NumberFormat(locale.code).format(zip.length));
    expect(createHash('sha256').update(zip).digest('hex'), 'SHA-256 shown on the page').toBe(shownSha256);

    const scratch = mkdtempSync(join(tmpdir(), `socket-starter-${locale.code}-`));
    try {
      unpack(zip, scratch);
      const project = join(scratch, 'socket-starter');
      expect(JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).dependencies).toBeUndefined();

      const tests = await run('npm', ['test'], project, 120_000);
      expect(tests.code, tests.output).toBe(0);
      expect(tests.output).toMatch(/fail 0/);

      const server = run(process.execPath, ['src/server.ts', '--port', '0', '--once'], project, 30_000);
      await expect.poll(() => server.output(), { timeout: 10_000 }).toMatch(/Listening on 127\.0\.0\.1:\d+\.\.\./);
      const port = /Listening on 127\.0\.0\.1:(\d+)/.exec(server.output())?.[1] ?? '';
      const client = await run(process.execPath, ['src/client.ts', '--port', port], project, 30_000);
      expect(client.code, client.output).toBe(0);
      expect(client.output).toMatch(/\[CLIENT\] Received reply \(len=46000\): Hello from the server! /);
      const served = await server;
      expect(served.code, served.output).toBe(0);
      expect(served.output).toMatch(/\[SERVER\] Message received from 127\.0\.0\.1:\d+ \(len=23000\): Hello from the client! /);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
}
