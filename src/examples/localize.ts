/**
 * One source file for both languages: code examples and sandboxes carry
 * their comments in Romanian and English, each full-line comment tagged with
 * its language. The reader sees only the comments of the page's language.
 *
 *   // ro: Creează serverul
 *   // en: Create the server
 *   const server = createServer();
 *
 * A line of code that differs by language (a translated string) is written
 * once per language, each ending with its tag; the reader sees only theirs:
 *
 *   console.log('Stare:', res.status); // @ro
 *   console.log('Status:', res.status); // @en
 *
 * The file stays valid TypeScript, so `astro check` and the tests compile the
 * very code the reader sees.
 */
import { type Locale, locales } from '../data/locale.ts';

const tagged = new RegExp(`^(\\s*)//\\s*(${locales.join('|')}):\\s?(.*)$`);
const variant = new RegExp(`^(.*?)\\s*// @(${locales.join('|')})$`);

export function localizeComments(source: string, locale: Locale): string {
  const lines: string[] = [];
  for (const line of source.split('\n')) {
    const match = tagged.exec(line);
    const lineVariant = variant.exec(line);
    if (lineVariant) {
      if (lineVariant[2] === locale) lines.push(lineVariant[1] ?? '');
    } else if (!match) {
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
    // A new comment block starts when the first language comes back after another one,
    // so a comment may span several lines: all its ro lines, then all its en lines.
    if (block && locale === locales[0] && block.langs.some((l) => l !== locales[0])) close();
    block ??= { start: index + 1, langs: [] };
    if (!block.langs.includes(locale)) block.langs.push(locale);
  });
  close();
  return problems;
}

/** `// @ro` lines not followed by their `// @en` twin (and the reverse), as "line N" strings (for tests). */
export function unpairedVariants(source: string): string[] {
  const tags = source.split('\n').map((line) => variant.exec(line)?.[2]);
  const problems: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i]) continue;
    const group = tags.slice(i, i + locales.length);
    if (group.join() !== locales.join()) {
      problems.push(`line ${i + 1}: expected one line per language (${locales.join(', ')}) in that order`);
      continue;
    }
    i += locales.length - 1;
  }
  return problems;
}
