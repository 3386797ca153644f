/**
 * Orders what Pagefind found, using only Pagefind's own numbers.
 *
 * Pagefind's UIs pick the sub-results of a page that contain the most
 * matching words and then show them in page order, so "Content-Type" showed
 * the sections that mention Content-Type before the Content-Type entry. Here
 * every sub-result is scored by the sum of the `balanced_score` Pagefind gives
 * each matching word in it (which carries the weights set at indexing time:
 * headings, `data-pagefind-weight`), and:
 *
 * - a page's hits are shown best first;
 * - pages are shown in the order of their best hit, Pagefind's page order
 *   breaking ties: a page whose entry is named by the query comes before a
 *   page that only mentions the words often (the sockets page says `host`
 *   in every example; the request page has the `Host` entry).
 *
 * Nothing here looks at the query text.
 */
import { entryKinds, type SearchKind } from '../../reference/search.ts';

/** The parts of Pagefind's result data this module reads (`await result.data()`). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string };
  weighted_locations: readonly { balanced_score: number }[];
}

export interface PagefindPage {
  url: string;
  meta: { title?: string };
  filters: Record<string, readonly string[]>;
  sub_results: readonly PagefindSubResult[];
}

export interface Hit {
  title: string;
  url: string;
  /** HTML from Pagefind: the text is escaped, matches are in `<mark>`. */
  excerpt: string;
  kind: SearchKind;
  score: number;
}

export interface PageHits {
  title: string;
  url: string;
  /** Best first. */
  hits: Hit[];
}

/** Hits shown per page, as in Starlight's search. */
export const hitsPerPage = 3;

export function hitScore(sub: PagefindSubResult): number {
  return sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
}

/**
 * An entry heading lists its anchor under a filter named after its kind
 * (`header: content-type`, see src/reference/search.ts); anything else
 * (hand-written sections, the page's introduction) is `page`.
 */
export function kindOf(page: PagefindPage, sub: PagefindSubResult): SearchKind {
  const id = sub.anchor?.id;
  if (!id) return 'page';
  return entryKinds.find((kind) => page.filters[kind]?.includes(id)) ?? 'page';
}

/** Every hit of a page, best first, keeping only the kinds asked for (all when `kinds` is empty). */
export function pageHits(page: PagefindPage, kinds: ReadonlySet<SearchKind> = new Set()): Hit[] {
  return page.sub_results
    .map((sub) => ({ title: sub.title, url: sub.url, excerpt: sub.excerpt, kind: kindOf(page, sub), score: hitScore(sub) }))
    .filter((hit) => kinds.size === 0 || kinds.has(hit.kind))
    .sort((a, b) => b.score - a.score);
}

/** Pages (given in Pagefind's order) with their best hits, best page first; pages left without hits are dropped. */
export function rankPages(pages: readonly PagefindPage[], kinds: ReadonlySet<SearchKind> = new Set()): PageHits[] {
  return pages
    .map((page, order) => ({ page, order, hits: pageHits(page, kinds) }))
    .filter(({ hits }) => hits.length > 0)
    .sort((a, b) => (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0) || a.order - b.order)
    .map(({ page, hits }) => ({ title: page.meta.title ?? page.url, url: page.url, hits: hits.slice(0, hitsPerPage) }));
}

/** How many hits of each kind the pages hold, for the kind filter's labels. */
export function countKinds(pages: readonly PagefindPage[]): Map<SearchKind, number> {
  const counts = new Map<SearchKind, number>();
  for (const page of pages) {
    for (const hit of pageHits(page)) counts.set(hit.kind, (counts.get(hit.kind) ?? 0) + 1);
  }
  return counts;
}
