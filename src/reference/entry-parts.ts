/**
 * Pieces shared by the request/response renderers (options, headers,
 * response attributes): status badges, bold lead-ins, and the body of an
 * entry that compares `requests` with fetch.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import type { Locale, Localized } from '../data/locale.ts';
import { translator } from '../i18n.ts';
import { notesCorrection } from './course-notes.ts';
import { markdown, type RawMarkdown, type ReferenceNode } from './markdown.ts';
import { inlineCode, text } from './phrasing.ts';

/**
 * A `<span class="ref-badge ref-badge--<variant>">`, styled in custom.css with
 * Starlight's colour pairs so it keeps AA contrast in both themes. Sätteri
 * renders a custom node with `data.hName` as that element.
 */
export function badge(variant: string, label: string): PhrasingContent {
  const node = {
    type: 'referenceBadge',
    data: { hName: 'span', hProperties: { className: ['ref-badge', `ref-badge--${variant}`] } },
    children: [text(label)],
  };
  // A custom mdast node is not part of mdast's phrasing union; Sätteri accepts it anywhere.
  return node as unknown as PhrasingContent;
}

/** A paragraph that starts with a bold lead-in, followed by inline Markdown from data. */
export function leadIn(label: string, body: string): RawMarkdown {
  return markdown(`**${label}:** ${body}`);
}

/** What an entry comparing `requests` with fetch says about the thing it compares (an option, a response attribute). */
export interface Comparison {
  requests: Localized;
  fetch: Localized;
  snippet: string;
  correction?: Localized;
}

/** The body of a comparison entry, under its heading and facts: each library's way, a one-line example, where the notes differ. */
export function comparisonBody(entry: Comparison, locale: Locale): ReferenceNode[] {
  const t = translator(locale);
  return [
    leadIn(t('reference.inRequests'), entry.requests[locale]),
    leadIn(t('reference.withFetch'), entry.fetch[locale]),
    snippetLine(t('reference.example'), entry.snippet),
    ...(entry.correction ? [notesCorrection(locale, entry.correction[locale])] : []),
  ];
}

/**
 * A one-line snippet as inline code after a label. Inline code rather than a
 * highlighted block: dozens of Expressive Code frames would multiply the
 * page's DOM (and the time an accessibility audit takes) for one line each.
 */
function snippetLine(label: string, code: string): Paragraph {
  return { type: 'paragraph', children: [text(`${label}: `), inlineCode(code)] };
}
