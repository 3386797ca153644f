/**
 * Every heading anchor a page will carry, read from its sources: the explicit
 * `{#anchor}` of the MDX headings plus the anchors of each reference kind the
 * page places. Lets unit tests check anchor uniqueness without a build.
 */
import { readFileSync } from 'node:fs';
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
  const source = readFileSync(new URL(`${prefix}${slug}.mdx`, docsDir), 'utf8');
  const headings = [...source.matchAll(/^#{2,4} .*\{#([^}]+)\}\s*$/gm)].map((m) => m[1] ?? '');
  const kinds = [...source.matchAll(/^::reference\{kind="([^"]+)"\}/gm)].map((m) => m[1] ?? '');
  const all = [...headings, ...kinds.flatMap((kind) => referenceKinds[kind]?.anchors() ?? [])];
  return { headings, kinds, all };
}

/** Anchors that occur more than once in a list. */
export function duplicates(anchors: string[]): string[] {
  return [...new Set(anchors.filter((a, i) => anchors.indexOf(a) !== i))];
}
