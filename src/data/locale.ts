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
