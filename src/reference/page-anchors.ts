/**
 * Every heading anchor a page carries, read from its MDX source rather than
 * from a build: the explicit `{#anchor}` of each hand-written heading and,
 * where a `::reference{kind="..."}` directive stands, the anchors that kind
 * renders (`anchorsOf()`). Used where the anchors of a page are needed without
 * rendering it: the redirects of moved pages (src/moved-pages.ts) and the tests.
 */
import type { Locale } from '../data/locale.ts';
import { anchorsOf } from './anchors.ts';
import { referenceKinds } from './kinds.ts';

/** Fenced code blocks, whose lines are never headings or directives. */
const fencedCode = /^([^\S\n]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[`~]*[^\S\n]*$/gm;
const headingLine = /^#{2,6} .*\{#([^}\s]+)\}\s*$/;
const directiveLine = /^::reference\{kind="([^"]+)"\}/;

export interface SourceAnchors {
  /** Anchors of the hand-written headings, in order. */
  headings: string[];
  /** Reference kinds placed with `::reference{kind="..."}`, in order. */
  kinds: string[];
  /** Every anchor, in page order: each kind's entries where its directive stands. */
  all: string[];
}

/** The anchors of a page in `locale`, from its MDX source. Throws for an unknown kind (the build refuses it too). */
export function sourceAnchors(mdx: string, locale: Locale): SourceAnchors {
  const result: SourceAnchors = { headings: [], kinds: [], all: [] };
  for (const line of mdx.replace(fencedCode, '').split('\n')) {
    const heading = headingLine.exec(line)?.[1];
    if (heading) {
      result.headings.push(heading);
      result.all.push(heading);
      continue;
    }
    const kind = directiveLine.exec(line)?.[1];
    if (kind === undefined) continue;
    const reference = referenceKinds[kind];
    if (!reference) throw new Error(`unknown reference kind "${kind}"`);
    result.kinds.push(kind);
    result.all.push(...anchorsOf(reference, locale));
  }
  return result;
}
