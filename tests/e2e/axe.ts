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

/**
 * axe's WCAG 2.1 A and AA violations on the page as it is now, one line per rule.
 * `within` narrows the audit to one component (a self-check, an exercise, a sandbox)
 * for specs about that component: every whole page is audited, in both themes, by
 * accessibility.spec.ts, and auditing the whole page again for each component state
 * took a third of the suite's time.
 */
export async function wcagViolations(page: Page, within?: string): Promise<string[]> {
  await codeBlocksSettled(page);
  const builder = new AxeBuilder({ page }).withTags(wcag21aa);
  if (within !== undefined) {
    // A selector that matches nothing would audit nothing and pass: make sure it is there.
    await expect(page.locator(within).first(), `the audited part ${within}`).toBeVisible();
    builder.include(within);
  }
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
