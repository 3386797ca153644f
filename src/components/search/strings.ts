/**
 * The labels of the search's kinds of result (`search.kind.*`), for the
 * modal's filters and for each result's tag.
 */
import type { Locale } from '../../data/locale.ts';
import { translator } from '../../i18n.ts';
import { searchKinds, type SearchKind } from '../../reference/search.ts';

/** The label of each kind of result, e.g. `header` → "Antet HTTP". */
export function kindLabels(locale: Locale): Record<SearchKind, string> {
  const t = translator(locale);
  return Object.fromEntries(searchKinds.map((kind) => [kind, t(`search.kind.${kind}`)])) as Record<SearchKind, string>;
}
