/**
 * Rewrites every sandbox's expected outputs from what it prints now:
 * `node tests/lib/update-sandbox-outputs.ts [id...]`. Read the diff before
 * committing: the expected files are what the tests hold the sandboxes to.
 */
import { locales, sandboxCode, sandboxIds, writeExpectedOutput } from './sandboxes.ts';
import { runInNode } from './run-sandbox.ts';

const ids = process.argv.length > 2 ? process.argv.slice(2) : sandboxIds;
for (const id of ids) {
  for (const locale of locales) {
    const { text } = await runInNode(sandboxCode(id, locale));
    writeExpectedOutput(id, locale, text);
    console.log(`${id} (${locale}): ${text.split('\n').length} lines`);
  }
}
