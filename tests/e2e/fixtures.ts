/**
 * The `test` every e2e spec uses. On top of Playwright's own, it makes each
 * test fail when the page asks any host other than the local server for
 * anything, when a local request fails, or when the page's
 * Content-Security-Policy blocks anything: the site must work offline, ship
 * no broken asset and need nothing its policy forbids.
 */
import { test as base, expect, type Page } from '@playwright/test';

interface NetworkAudit {
  /** Requests that went (or tried to go) to another host. */
  foreign: string[];
  /** Local requests answered with an HTTP error. */
  failed: string[];
  /** Content-Security-Policy violations reported by any page of the test. */
  csp: string[];
}

export const test = base.extend<{ network: NetworkAudit }>({
  network: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const audit: NetworkAudit = { foreign: [], failed: [], csp: [] };
      // Reported from every document of the test, across navigations.
      await context.exposeBinding('__reportCspViolation', (_source, violation: string) => {
        audit.csp.push(violation);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation;
          report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}:${event.lineNumber}`);
        });
      });
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
      expect(audit.csp, 'Content-Security-Policy violations').toEqual([]);
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

/** Waits two frames: what the last change set in motion has been laid out and painted. */
export function afterNextPaint(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
}
