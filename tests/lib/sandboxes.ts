/**
 * The sandboxes in `src/sandboxes/<id>/`: their source, the code each
 * locale shows, and the expected outputs beside them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { locales, type Locale } from '../../src/data/locale.ts';
import { localizeComments } from '../../src/examples/localize.ts';

export const sandboxesDir = new URL('../../src/sandboxes/', import.meta.url);

export const sandboxIds: string[] = readdirSync(sandboxesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

export function sandboxSource(id: string): string {
  return readFileSync(new URL(`${id}/index.ts`, sandboxesDir), 'utf8');
}

/** The code a reader of `locale` sees and runs (the same transformation as Sandbox.astro). */
export function sandboxCode(id: string, locale: Locale): string {
  return localizeComments(sandboxSource(id), locale).trim();
}

const expectedUrl = (id: string, locale: Locale) => new URL(`${id}/expected.${locale}.txt`, sandboxesDir);

export function expectedOutput(id: string, locale: Locale): string | undefined {
  const url = expectedUrl(id, locale);
  return existsSync(url) ? readFileSync(url, 'utf8').replace(/\n$/, '') : undefined;
}

export function writeExpectedOutput(id: string, locale: Locale, text: string): void {
  writeFileSync(expectedUrl(id, locale), `${text}\n`);
}

export { locales };
