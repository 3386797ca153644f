/**
 * UI strings for reference renderers, read from the same files Starlight uses
 * (`src/content/i18n/*.json`), so every label is translated in one place.
 */
import ro from '../content/i18n/ro.json' with { type: 'json' };
import en from '../content/i18n/en.json' with { type: 'json' };
import type { Locale } from '../data/locale.ts';

type ReferenceKey = Extract<keyof typeof en, `reference.${string}`>;

const strings: Record<Locale, Record<ReferenceKey, string>> = { ro, en };

export function uiString(locale: Locale, key: ReferenceKey): string {
  return strings[locale][key];
}
