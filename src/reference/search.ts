/**
 * How reference entries present themselves to the site search (Pagefind).
 *
 * Ranking is left to Pagefind: these are only its own signals, set once here
 * for every kind of entry.
 *
 * - An entry's heading carries a higher `data-pagefind-weight` than the h3
 *   default (5), so a search for an entry's name ranks that entry above the
 *   prose, tables and examples that mention the name. The extra weight is
 *   shared by the heading's words, as search engines normalise a title field
 *   by its length: `TCP` is the whole name of the TCP entry but only a third
 *   of "TLS over TCP", so a search for TCP ranks the TCP entry first.
 * - A few facts that readers search for but that are not in the heading (a
 *   protocol's own port, the Node.js code of a socket error) are wrapped in a
 *   `keyFact()` span with a weight between body text (1) and the heading.
 * - Each entry heading tags its page with a `kind` filter value, and lists its
 *   own anchor under a filter named after its kind (`header: content-type`),
 *   so the search UI can tell which sub-result is which kind of entry.
 */
import type { PhrasingContent } from 'mdast';
import type { Locale } from '../data/locale.ts';

/** The kinds of reference entry, as `kind` filter values; labels are `search.kind.<kind>` UI strings. */
export const entryKinds = [
  'protocol',
  'header',
  'request-option',
  'response-attribute',
  'status-code',
  'method',
  'url-part',
  'socket-call',
  'socket-error',
] as const;
export type EntryKind = (typeof entryKinds)[number];

/**
 * Every value of the search UI's kind filter: the entry kinds, then `page`
 * for everything written by hand (sections, introductions), which carries no
 * entry kind.
 */
export const searchKinds = [...entryKinds, 'page'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** Pagefind's scale runs from 0 to 10; h1 is 7, h2 6, h3 5, body text 1. */
const h3Weight = 5;
const entryHeadingMaxWeight = 10;
export const keyFactWeight = 4;

/** 10 for a one-word heading (`Content-Type`), falling towards the h3 default as the heading grows (`404 Not Found`: 6.67). */
export function entryHeadingWeight(text: string): number {
  const words = text.trim().split(/\s+/).length;
  return Math.round((h3Weight + (entryHeadingMaxWeight - h3Weight) / words) * 100) / 100;
}

/** The attributes an entry heading carries for Pagefind (see the module comment). */
export function entryHeadingAttributes(kind: EntryKind, text: string): Record<string, string> {
  return {
    'data-pagefind-weight': String(entryHeadingWeight(text)),
    // Pagefind allows one inline value, and only at the end of the list.
    'data-pagefind-filter': `${kind}[id], kind:${kind}`,
  };
}

/**
 * A fact readers search for (a port number, an error code) that is not in
 * the entry's heading, weighted so that the entry outranks passing mentions.
 * Sätteri renders a custom node with `data.hName` as that element.
 */
export function keyFact(children: PhrasingContent[]): PhrasingContent {
  const node = {
    type: 'referenceKeyFact',
    data: { hName: 'span', hProperties: { 'data-pagefind-weight': String(keyFactWeight) } },
    children,
  };
  // A custom mdast node is not part of mdast's phrasing union; Sätteri accepts it anywhere.
  return node as unknown as PhrasingContent;
}

/**
 * Text quoted in another language than the page's, such as the English line
 * a program prints, shown on a Romanian page: marked with its `lang` (screen
 * readers switch voice, WCAG 3.1.2) and kept out of the page language's
 * search index. On a page in the same language it is left as it is.
 */
export function quoted(language: Locale, pageLocale: Locale, children: PhrasingContent[]): PhrasingContent[] {
  if (language === pageLocale) return children;
  const node = {
    type: 'referenceQuote',
    data: { hName: 'span', hProperties: { lang: language, 'data-pagefind-ignore': '' } },
    children,
  };
  return [node as unknown as PhrasingContent];
}
