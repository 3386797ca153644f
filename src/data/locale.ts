/**
 * The site's two languages. Romanian is the root locale (served at `/`),
 * English lives under `/en/`. Every human-readable fact in `src/data/` is a
 * `Localized` value so that neither language can be forgotten: TypeScript
 * refuses an entry that lacks one of them.
 */
export const locales = ['ro', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'ro';

/** The same text in every locale. Strings may use inline Markdown (`code`, **bold**, links). */
export type Localized<T = string> = Record<Locale, T>;

/**
 * Long prose, written one sentence per line so that a diff shows the sentence
 * that changed, yet rendered as one line: Markdown would keep a soft line break
 * as a newline in the HTML. The lines are joined with single spaces, dropping
 * the indentation of continuation lines (and a line break right after the
 * opening or before the closing backtick); `${...}` works as in a plain
 * template literal. No text needs a paragraph break, so a blank line (or a `\n`
 * escape) throws when the module loads.
 */
export function prose(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  let text = '';
  strings.forEach((cooked, i) => {
    const raw = strings.raw[i] ?? '';
    if (cooked === undefined) throw new SyntaxError(`prose: invalid escape in ${JSON.stringify(raw)}`);
    if (cooked.split('\n').length !== raw.split('\n').length) {
      throw new SyntaxError(`prose: write line breaks as they are, not as escapes: ${JSON.stringify(raw)}`);
    }
    if (/\n[ \t]*\n/.test(cooked)) {
      throw new SyntaxError(`prose: a blank line would be a paragraph break: ${JSON.stringify(cooked)}`);
    }
    let part = cooked;
    if (i === 0) part = part.replace(/^[ \t]*\n[ \t]*/, '');
    if (i === strings.length - 1) part = part.replace(/[ \t]*\n[ \t]*$/, '');
    text += part.replace(/[ \t]*\n[ \t]*/g, ' ');
    if (i < values.length) text += `${values[i]}`;
  });
  return text;
}

/** A pointer to the normative source of a fact, shown next to it. */
export interface SpecRef {
  /** Short label, e.g. "RFC 9110 §15.5.5". */
  label: string;
  url: string;
}

/** Builds a link to a section of an RFC on rfc-editor.org. */
export function rfc(number: number, section?: string): SpecRef {
  const base = `https://www.rfc-editor.org/rfc/rfc${number}`;
  return section
    ? { label: `RFC ${number} §${section}`, url: `${base}#section-${section}` }
    : { label: `RFC ${number}`, url: base };
}

/** Maps a content file path (relative to `src/content/docs/`) to its locale. */
export function localeOfDocPath(path: string): Locale {
  const normalized = path.replaceAll('\\', '/');
  return /(^|\/)src\/content\/docs\/en\//.test(normalized) || normalized.startsWith('en/') ? 'en' : 'ro';
}
