/**
 * What a `::reference{kind="..."}` directive expands to. A module of its own
 * so that the renderers, which implement it, and the registry (`./kinds.ts`),
 * which imports every renderer, do not import each other.
 */
import type { Locale } from '../data/locale.ts';
import type { ReferenceNode } from './markdown.ts';

export interface ReferenceKind {
  /**
   * The Markdown nodes of every entry, in one locale. The anchors the kind
   * creates are the ids of the headings among them (`./anchors.ts`), so they
   * cannot drift from what the page shows.
   */
  render(locale: Locale): ReferenceNode[];
}
