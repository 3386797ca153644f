/**
 * Pieces shared by the request/response renderers (options, headers,
 * response attributes): status badges, titled asides, code snippets and the
 * one-line facts under each heading.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import { inlineCode } from './phrasing.ts';
import type { SpecRef } from '../data/locale.ts';
import { markdown, type RawMarkdown } from './markdown.ts';

/**
 * A `<span class="ref-badge ref-badge--<variant>">`, styled in custom.css with
 * Starlight's colour pairs so it keeps AA contrast in both themes. Sätteri
 * renders a custom node with `data.hName` as that element.
 */
export function badge(variant: string, text: string): PhrasingContent {
  const node = {
    type: 'referenceBadge',
    data: { hName: 'span', hProperties: { className: ['ref-badge', `ref-badge--${variant}`] } },
    children: [{ type: 'text', value: text }],
  };
  // A custom mdast node is not part of mdast's phrasing union; Sätteri accepts it anywhere.
  return node as unknown as PhrasingContent;
}

/** One fact: "Label: value", or the value alone; the value is text, a link to a source or a ready-made node. */
export interface Fact {
  label?: string;
  value: string | SpecRef | PhrasingContent;
}

/** The `<p class="ref-meta">` line under a heading: facts separated by " · ". */
export function factsLine(facts: Fact[]): Paragraph {
  const children: PhrasingContent[] = [];
  facts.forEach(({ label, value }, index) => {
    if (index > 0) children.push({ type: 'text', value: ' · ' });
    if (label) children.push({ type: 'text', value: `${label}: ` });
    if (typeof value === 'string') children.push({ type: 'text', value });
    else if (isSpecRef(value)) children.push({ type: 'link', url: value.url, children: [{ type: 'text', value: value.label }] });
    else children.push(value);
  });
  return { type: 'paragraph', data: { hProperties: { className: ['ref-meta'] } }, children };
}

function isSpecRef(value: SpecRef | PhrasingContent): value is SpecRef {
  return !('type' in value);
}

/** A paragraph that starts with a bold lead-in, followed by inline Markdown from data. */
export function leadIn(label: string, text: string): RawMarkdown {
  return markdown(`**${label}:** ${text}`);
}

/**
 * A one-line snippet as inline code after a label. Inline code rather than a
 * highlighted block: dozens of Expressive Code frames would multiply the
 * page's DOM (and the time an accessibility audit takes) for one line each.
 */
export function snippetLine(label: string, code: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: `${label}: ` }, inlineCode(code)] };
}

/** A Starlight aside with a title, e.g. `:::note[Compared with the course notes]`. */
export function titledAside(variant: 'note' | 'tip' | 'caution' | 'danger', title: string, text: string): RawMarkdown {
  return { raw: `:::${variant}[${title.replaceAll(']', '\\]')}]\n${markdown(text).raw}\n:::`, mdxExpressions: true };
}
