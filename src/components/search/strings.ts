/**
 * The search UI's own strings (`search.kind.*` in `src/content/i18n/<lang>.json`),
 * read on the server like the sandbox's: Starlight's `t()` only knows its own keys.
 */
import ro from '../../content/i18n/ro.json' with { type: 'json' };
import en from '../../content/i18n/en.json' with { type: 'json' };
import type { Locale } from '../../data/locale.ts';
import { searchKinds, type SearchKind } from '../../reference/search.ts';

type SearchKindKey = Extract<keyof typeof en, `search.kind.${string}`>;

const all: Record<Locale, Record<SearchKindKey, string>> = { ro, en };

/** The label of each kind of result, e.g. `header` → "Antet HTTP". */
export function kindLabels(locale: Locale): Record<SearchKind, string> {
  const strings = all[locale];
  return Object.fromEntries(searchKinds.map((kind) => [kind, strings[`search.kind.${kind}`]])) as Record<SearchKind, string>;
}

/** The kind filter's name. */
export function kindLegend(locale: Locale): string {
  return all[locale]['search.kind.legend'];
}
