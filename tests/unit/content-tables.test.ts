/**
 * Markdown tables in the pages: every column has a header with text. An empty
 * header cell (a blank top-left corner) leaves that column's cells without a
 * header for screen readers, which axe reports as td-has-header on large tables.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const docs = 'src/content/docs';
const pages = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));

/** The header rows of the Markdown tables in `source`: a row followed by a delimiter row. */
function headerRows(source: string): string[] {
  const lines = source.split('\n');
  return lines.filter((line, i) => line.trimStart().startsWith('|') && /^\s*\|?\s*:?-{3,}/.test(lines[i + 1] ?? ''));
}

test('every Markdown table names each of its columns, in both languages', () => {
  let tables = 0;
  for (const file of pages) {
    for (const row of headerRows(readFileSync(join(docs, file), 'utf8'))) {
      tables++;
      const cells = row.trim().replace(/^\||\|$/g, '').split('|');
      cells.forEach((cell, column) => assert.notEqual(cell.trim(), '', `${file}: column ${column + 1} of "${row.trim()}" has no header`));
    }
  }
  assert.ok(tables > 0, 'no tables found: the test would check nothing');
});
