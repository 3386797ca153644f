import { defineConfig } from '@playwright/test';

/**
 * E2E tests run against the production build, served by `astro preview` on
 * 127.0.0.1, in Debian's Chromium (browsers cannot be downloaded here).
 * Build first: `npm run build && npm run build:base` (`npm test` does it).
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Override E2E_PORT to run two checkouts' suites side by side.
const sitePort = Number(process.env.E2E_PORT ?? 4399);
const basePathPort = sitePort - 1;

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    trace: 'retain-on-failure',
    // The service worker precaches the whole course on a first visit: only the offline spec lets it run,
    // so that every other test sees the network as it did and no test downloads the course in the background.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromium,
      // Keep Chromium from phoning home: every request must stay on 127.0.0.1.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--disable-gpu',
      ],
    },
  },
  projects: [
    {
      name: 'site',
      testIgnore: /base-path\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${sitePort}/` },
    },
    {
      name: 'base-path',
      testMatch: /base-path\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${basePathPort}/docs/` },
    },
  ],
  webServer: [
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${sitePort}`,
      url: `http://127.0.0.1:${sitePort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${basePathPort}`,
      env: { BASE_PATH: '/docs/', OUT_DIR: 'dist-base', SITE_URL: 'https://example.org' },
      url: `http://127.0.0.1:${basePathPort}/docs/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
