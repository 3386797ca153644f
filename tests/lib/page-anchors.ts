/**
 * Every heading anchor a page will carry, read from its sources: the explicit
 * `{#anchor}` of the MDX headings plus the anchors of each reference kind the
 * page places (`sourceAnchors()`, which the redirects of moved pages use too).
 * Lets unit tests check anchor uniqueness without a build.
 */
import { readFileSync } from 'node:fs';
import type { Locale } from '../../src/data/locale.ts';
import { anchorsOf } from '../../src/reference/anchors.ts';
import { referenceKinds } from '../../src/reference/kinds.ts';
import { sourceAnchors, type SourceAnchors } from '../../src/reference/page-anchors.ts';
import { locales } from './site.ts';

const docsDir = new URL('../../src/content/docs/', import.meta.url);

export type PageAnchors = SourceAnchors;

/** The MDX source of a page in a locale (`''` or `en/`). */
export function pageSource(slug: string, prefix: (typeof locales)[number]['prefix']): string {
  return readFileSync(new URL(`${prefix}${slug || 'index'}.mdx`, docsDir), 'utf8');
}

export function pageAnchors(slug: string, prefix: (typeof locales)[number]['prefix']): PageAnchors {
  const locale = locales.find((l) => l.prefix === prefix)?.code ?? 'ro';
  return sourceAnchors(pageSource(slug, prefix), locale);
}

/** The anchors a reference kind renders on a page in `locale`; none for a kind that does not exist (the build refuses it). */
export function referenceAnchors(kind: string, locale: Locale): string[] {
  const reference = referenceKinds[kind];
  return reference ? anchorsOf(reference, locale) : [];
}

/** Anchors that occur more than once in a list. */
export function duplicates(anchors: string[]): string[] {
  return [...new Set(anchors.filter((a, i) => anchors.indexOf(a) !== i))];
}
