/**
 * Every heading anchor a page will carry, read from its sources: the explicit
 * `{#anchor}` of the MDX headings plus the anchors of each reference kind the
 * page places. Lets unit tests check anchor uniqueness without a build.
 */
import { readFileSync } from 'node:fs';
import type { Locale } from '../../src/data/locale.ts';
import { anchorsOf } from '../../src/reference/anchors.ts';
import { referenceKinds } from '../../src/reference/kinds.ts';
import { locales } from './site.ts';

const docsDir = new URL('../../src/content/docs/', import.meta.url);

export interface PageAnchors {
  /** Anchors written in the MDX headings, in order. */
  headings: string[];
  /** Reference kinds placed with `::reference{kind="..."}`, in order. */
  kinds: string[];
  /** Every anchor, in page order: headings first, then each kind's entries. */
  all: string[];
}

export function pageAnchors(slug: string, prefix: (typeof locales)[number]['prefix']): PageAnchors {
  const locale = locales.find((l) => l.prefix === prefix)?.code ?? 'ro';
  const source = readFileSync(new URL(`${prefix}${slug}.mdx`, docsDir), 'utf8');
  const headings = [...source.matchAll(/^#{2,4} .*\{#([^}]+)\}\s*$/gm)].map((m) => m[1] ?? '');
  const kinds = [...source.matchAll(/^::reference\{kind="([^"]+)"\}/gm)].map((m) => m[1] ?? '');
  const all = [...headings, ...kinds.flatMap((kind) => referenceAnchors(kind, locale))];
  return { headings, kinds, all };
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
