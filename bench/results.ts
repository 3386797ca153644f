/**
 * Where a bench script leaves its numbers: `bench/results/<name>.json` (every
 * run, for a later comparison), `<name>.md` beside it, and the Markdown on
 * stdout, which bench/run.ts gathers into the report. The folder is
 * git-ignored: results belong to the machine that measured them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';

const resultsDir = new URL('./results/', import.meta.url);

export function writeResults(name: string, json: unknown, markdown: string): void {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(new URL(`${name}.json`, resultsDir), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(new URL(`${name}.md`, resultsDir), markdown.endsWith('\n') ? markdown : `${markdown}\n`);
  console.log(markdown);
}
