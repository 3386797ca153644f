/**
 * Pages that moved, and where each of their anchors went. An old address keeps
 * working: `src/pages/[...locale]/<old slug>.astro` is a static page that sends
 * `/<old slug>/#<anchor>` on to the new page holding that anchor.
 *
 * Nothing here lists anchors: they are read from the new pages' sources
 * (`sourceAnchors()`: the `{#id}` of each MDX heading and the anchors of each
 * `::reference{kind}` it places), so a section or entry added to, moved between or
 * removed from the new pages changes the redirects with it. The same functions
 * serve the redirect page (sources from the content collection) and the tests
 * (sources read from disk).
 */
import type { Locale } from './data/locale.ts';
import { localeHome } from './paths.ts';
import { sourceAnchors } from './reference/page-anchors.ts';

export interface MovedPage {
  /** The old slug, e.g. `request-response` (the same in both locales, like every slug). */
  readonly from: string;
  /**
   * The pages its content went to, in reading order. The first one takes the
   * old address without a fragment, unknown fragments, and any anchor that
   * more than one of them carries (`#try-it`).
   */
  readonly to: readonly [string, ...string[]];
}

export const movedPages = [{ from: 'request-response', to: ['request', 'response'] }] as const satisfies readonly MovedPage[];

/** A moved page's entry in `movedPages`; throws for a slug that did not move. */
export function movedPage(from: string): MovedPage {
  const moved = movedPages.find((page) => page.from === from);
  if (!moved) throw new Error(`moved-pages: "${from}" is not a moved page`);
  return moved;
}

/** A new page and the anchors it carries. */
export interface Destination {
  readonly slug: string;
  readonly anchors: readonly string[];
}

/**
 * The new pages of a moved page in one locale, with their anchors, in the
 * order of `to`. `source(slug)` gives a page's MDX in that locale.
 */
export function destinationsOf(moved: MovedPage, locale: Locale, source: (slug: string) => string): Destination[] {
  return moved.to.map((slug) => ({ slug, anchors: sourceAnchors(source(slug), locale).all }));
}

/**
 * The page an old fragment goes to: the first destination carrying the anchor,
 * else the first destination (no fragment, or one the old page did not have).
 * The redirect page's inline script does the same with the same data.
 */
export function destinationFor(destinations: readonly Destination[], anchor: string): string {
  const first = destinations[0];
  if (!first) throw new Error('moved-pages: a moved page needs at least one destination');
  return (destinations.find((page) => page.anchors.includes(anchor)) ?? first).slug;
}

/** Every anchor the moved page's content carries now, once each, in reading order: what the old address must still resolve. */
export function movedAnchors(destinations: readonly Destination[]): string[] {
  return [...new Set(destinations.flatMap((page) => page.anchors))];
}

/** The path of a page in a locale, under the site's base (`/docs/` or `/`): `localizedPath('/docs/', 'en', 'request')` → `/docs/en/request/`. */
export function localizedPath(base: string, locale: Locale, slug: string): string {
  return `${localeHome(base, locale)}${slug}/`;
}
