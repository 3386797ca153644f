/**
 * One source file for both languages: code examples and sandboxes carry
 * their comments in Romanian and English, each full-line comment tagged with
 * its language. The reader sees only the comments of the page's language.
 *
 *   // ro: Creează serverul
 *   // en: Create the server
 *   const server = createServer();
 *
 * The file stays valid TypeScript, so `astro check` and the tests compile the
 * very code the reader sees.
 */
import { type Locale, locales } from '../data/locale.ts';

const tagged = new RegExp(`^(\\s*)//\\s*(${locales.join('|')}):\\s?(.*)$`);

export function localizeComments(source: string, locale: Locale): string {
  const lines: string[] = [];
  for (const line of source.split('\n')) {
    const match = tagged.exec(line);
    if (!match) {
      lines.push(line);
    } else if (match[2] === locale) {
      lines.push(`${match[1]}// ${match[3]}`.trimEnd());
    }
  }
  return lines.join('\n');
}

/** Tagged comments whose twin in another language is missing, as "line N: ro" strings (for tests). */
export function untranslatedComments(source: string): string[] {
  const problems: string[] = [];
  const lines = source.split('\n');
  let block: { start: number; langs: Locale[] } | undefined;
  const close = () => {
    if (!block) return;
    for (const locale of locales) {
      if (!block.langs.includes(locale)) problems.push(`line ${block.start}: no ${locale} comment`);
    }
    block = undefined;
  };
  lines.forEach((line, index) => {
    const match = tagged.exec(line);
    if (!match) return close();
    const locale = match[2] as Locale;
    // A new comment block starts when the language goes back to the first one.
    if (block && block.langs.includes(locale) && locale === locales[0]) close();
    block ??= { start: index + 1, langs: [] };
    if (!block.langs.includes(locale)) block.langs.push(locale);
  });
  close();
  return problems;
}
