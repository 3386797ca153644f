/**
 * WCAG 2.1 AA checks with axe, shared by every spec that audits a page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Expressive Code makes a code block that scrolls sideways keyboard-focusable
 * (tabindex="0") from a script that runs when the browser is idle. Auditing
 * before that script has run would report blocks a reader can in fact reach.
 */
async function codeBlocksSettled(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.locator('.expressive-code pre').evaluateAll((blocks) =>
          blocks.filter((pre) => pre.scrollWidth > pre.clientWidth && !pre.hasAttribute('tabindex')).length,
        ),
      { message: 'scrollable code blocks without tabindex', timeout: 15_000 },
    )
    .toBe(0);
}

/** axe's WCAG 2.1 A and AA violations on the page as it is now, one line per rule. */
export async function wcagViolations(page: Page): Promise<string[]> {
  await codeBlocksSettled(page);
  const results = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
