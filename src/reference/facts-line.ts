/**
 * The one-line facts under an entry's heading (`<p class="ref-meta">`), the
 * same builder for every kind, so every line has the same separators and
 * "Label: value" form.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import type { SpecRef } from '../data/locale.ts';
import { joined, link, text } from './phrasing.ts';

/**
 * One fact: "Label: value", or the value alone. The value is text, a link to
 * its source (a `SpecRef`) or ready-made phrasing nodes (code, links, a badge).
 */
export interface Fact {
  label?: string;
  value: string | SpecRef | PhrasingContent | PhrasingContent[];
}

/** Facts separated by " · ", in a paragraph styled as the entry's meta line (custom.css). */
export function factsLine(facts: Fact[]): Paragraph {
  const children = joined(
    facts.map(({ label, value }) => [...(label ? [text(`${label}: `)] : []), ...valueNodes(value)]),
    ' · ',
  );
  return { type: 'paragraph', data: { hProperties: { className: ['ref-meta'] } }, children };
}

function valueNodes(value: Fact['value']): PhrasingContent[] {
  if (typeof value === 'string') return [text(value)];
  if (Array.isArray(value)) return value;
  // A SpecRef is plain data; every mdast node has a `type`.
  if (!('type' in value)) return [link(value.url, value.label)];
  return [value];
}
