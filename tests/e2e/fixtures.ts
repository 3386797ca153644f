/**
 * The `test` every e2e spec uses. On top of Playwright's own, it makes each
 * test fail when the page asks any host other than the local server for
 * anything, or when a local request fails: the site must work offline and
 * ship no broken asset.
 */
import { test as base, expect, type Page } from '@playwright/test';

interface NetworkAudit {
  /** Requests that went (or tried to go) to another host. */
  foreign: string[];
  /** Local requests answered with an HTTP error. */
  failed: string[];
}

export const test = base.extend<{ network: NetworkAudit }>({
  network: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const audit: NetworkAudit = { foreign: [], failed: [] };
      await context.route(
        (url) => url.origin !== origin && /^(https?|wss?):$/.test(url.protocol),
        async (route) => {
          audit.foreign.push(route.request().url());
          await route.abort('blockedbyclient');
        },
      );
      context.on('response', (response) => {
        if (response.url().startsWith(origin) && response.status() >= 400) {
          audit.failed.push(`${response.status()} ${response.url()}`);
        }
      });
      await use(audit);
      expect(audit.foreign, 'requests to hosts other than the local server').toEqual([]);
      expect(audit.failed, 'local requests that failed').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens a page with Starlight's theme preference set before any script runs. */
export async function gotoWithTheme(page: Page, path: string, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}
