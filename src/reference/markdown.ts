/**
 * Small builders for the Markdown trees that reference renderers return.
 *
 * Renderers emit real Markdown nodes (not HTML strings) so that Starlight
 * treats generated entries exactly like hand-written ones: headings get their
 * anchor links and a place in "On this page", Pagefind indexes them as
 * sub-results and the links validator knows their anchors.
 */
import type { Heading, Paragraph, PhrasingContent, Table, TableCell } from 'mdast';
import { text as textNode } from './phrasing.ts';
import { entryHeadingAttributes, type EntryKind } from './search.ts';

/** Markdown text spliced in and parsed by the page's own parser. */
export interface RawMarkdown {
  raw: string;
  /**
   * `true` when every `{` outside code is already escaped (as `markdown()` does):
   * Sätteri's literal-brace mode (`false`) also rewrites braces inside code
   * spans and blocks, which then show up as `{'{'}`.
   */
  mdxExpressions: boolean;
}

export type ReferenceNode = Heading | Paragraph | Table | RawMarkdown;

/**
 * A heading whose anchor is fixed by the data (e.g. `404`), identical in every locale.
 * The heading of a reference entry names its kind: search then ranks the entry
 * first for its own name and can filter by kind (see `./search.ts`).
 */
export function heading(depth: 2 | 3 | 4, id: string, text: string, entry?: EntryKind): Heading {
  const hProperties = { id, ...(entry ? entryHeadingAttributes(entry, text) : {}) };
  return { type: 'heading', depth, data: { hProperties }, children: [textNode(text)] };
}

/**
 * Inline Markdown from a data file, made safe for both `.md` and `.mdx` pages:
 * outside code spans, `<` and `{` would start JSX or an expression in MDX.
 */
export function markdown(text: string): RawMarkdown {
  return { raw: escapeOutsideCode(text), mdxExpressions: true };
}

type AsideVariant = 'note' | 'tip' | 'caution' | 'danger';

/** An aside in Starlight's `:::note` syntax; its body is inline Markdown from data. */
export function aside(variant: AsideVariant, text: string): RawMarkdown {
  return { raw: `:::${variant}\n${escapeOutsideCode(text)}\n:::`, mdxExpressions: true };
}

/**
 * An aside with its own title (`:::note[Title]`); the title is a UI string,
 * the body inline Markdown from data. The title is escaped as data is, and its
 * brackets too, since a `]` would end the directive's label early. With every
 * `{` outside code escaped, `mdxExpressions` stays `true`: literal-brace mode
 * would only mangle the braces inside code spans (see `RawMarkdown`).
 */
export function titledAside(variant: AsideVariant, title: string, text: string): RawMarkdown {
  const label = escapeOutsideCode(title).replace(/[[\]]/g, '\\$&');
  return { raw: `:::${variant}[${label}]\n${escapeOutsideCode(text)}\n:::`, mdxExpressions: true };
}

/** Cell content for `table()`: plain text, or phrasing nodes (links, code...). */
export type Cell = string | PhrasingContent[];

/**
 * A summary table. Summaries repeat what the entries below say, so by default
 * they are left out of the search index (`data-pagefind-ignore`): a search for
 * "404" should land on the 404 entry, not on the table row that lists it.
 */
export function table(header: string[], rows: Cell[][], options: { searchable?: boolean } = {}): Table {
  const cell = (content: Cell): TableCell => ({
    type: 'tableCell',
    children: typeof content === 'string' ? [textNode(content)] : content,
  });
  return {
    type: 'table',
    data: options.searchable ? undefined : { hProperties: { 'data-pagefind-ignore': '' } },
    children: [header, ...rows].map((cells) => ({ type: 'tableRow', children: cells.map(cell) })),
  };
}

function escapeOutsideCode(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') ? part : part.replaceAll('<', '&lt;').replaceAll('{', '&#123;')))
    .join('');
}
