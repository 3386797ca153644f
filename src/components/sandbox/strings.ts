/**
 * The sandbox's UI strings, read from `src/content/i18n/<lang>.json`
 * (`sandbox.*` keys) on the server and handed to the island as a prop, so
 * the island ships only the strings of the page's language.
 */
import ro from '../../content/i18n/ro.json' with { type: 'json' };
import en from '../../content/i18n/en.json' with { type: 'json' };
import type { Locale } from '../../data/locale.ts';

export type SandboxKey = Extract<keyof typeof en, `sandbox.${string}`>;
export type SandboxStrings = Record<SandboxKey, string>;

const all: Record<Locale, Record<SandboxKey, string>> = { ro, en };

/** The `sandbox.*` strings of one locale whose key starts with `prefix` (all of them by default). */
export function sandboxStrings(locale: Locale, prefix = 'sandbox.'): SandboxStrings {
  const strings = all[locale];
  return Object.fromEntries(Object.entries(strings).filter(([key]) => key.startsWith(prefix))) as SandboxStrings;
}

/** Fills `{name}` placeholders: `fill('{count} lines', { count: 3 })`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** The strings the sandbox island uses: every `sandbox.*` string but the URL explorer's. */
export function editorStrings(locale: Locale): SandboxStrings {
  const strings = sandboxStrings(locale);
  return Object.fromEntries(Object.entries(strings).filter(([key]) => !key.startsWith('sandbox.url.'))) as SandboxStrings;
}
