/**
 * Small builders for the Markdown trees that reference renderers return.
 *
 * Renderers emit real Markdown nodes (not HTML strings) so that Starlight
 * treats generated entries exactly like hand-written ones: headings get their
 * anchor links and a place in "On this page", Pagefind indexes them as
 * sub-results and the links validator knows their anchors.
 */
import type { Heading, Paragraph, PhrasingContent } from 'mdast';

/** Markdown text spliced in and parsed by the page's own parser. */
export interface RawMarkdown {
  raw: string;
  mdxExpressions: false;
}

export type ReferenceNode = Heading | Paragraph | RawMarkdown;

/** A heading whose anchor is fixed by the data (e.g. `404`), identical in every locale. */
export function heading(depth: 2 | 3 | 4, id: string, text: string): Heading {
  return { type: 'heading', depth, data: { hProperties: { id } }, children: [{ type: 'text', value: text }] };
}

/**
 * Inline Markdown from a data file, made safe for both `.md` and `.mdx` pages:
 * outside code spans, `<` and `{` would start JSX or an expression in MDX.
 */
export function markdown(text: string): RawMarkdown {
  return { raw: escapeOutsideCode(text), mdxExpressions: false };
}

/** A `<p class="...">` built from phrasing nodes, for the one-line facts under a heading. */
export function classedParagraph(className: string, children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', data: { hProperties: { className: [className] } }, children };
}

/** An aside in Starlight's `:::note` syntax; its body is inline Markdown from data. */
export function aside(variant: 'note' | 'tip' | 'caution' | 'danger', text: string): RawMarkdown {
  return { raw: `:::${variant}\n${escapeOutsideCode(text)}\n:::`, mdxExpressions: false };
}

function escapeOutsideCode(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') ? part : part.replaceAll('<', '&lt;').replaceAll('{', '&#123;')))
    .join('');
}

/** An aside with its own title (`:::note[Title]`); the title is a UI string, the body inline Markdown from data. */
export function titledAside(variant: 'note' | 'tip' | 'caution' | 'danger', title: string, text: string): RawMarkdown {
  return { raw: `:::${variant}[${escapeOutsideCode(title)}]\n${escapeOutsideCode(text)}\n:::`, mdxExpressions: false };
}
