/** Tiny builders for the inline (phrasing) Markdown nodes of fact lines, table cells and entry paragraphs. */
import type { PhrasingContent } from 'mdast';
import type { Locale } from '../data/locale.ts';

export function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

export function link(url: string, children: PhrasingContent[] | string): PhrasingContent {
  return { type: 'link', url, children: typeof children === 'string' ? [text(children)] : children };
}

/** Inline code (no escaping needed: it is never parsed as Markdown). */
export function inlineCode(value: string): PhrasingContent {
  return { type: 'inlineCode', value };
}

export function emphasis(children: PhrasingContent[]): PhrasingContent {
  return { type: 'emphasis', children };
}

export function strong(children: PhrasingContent[]): PhrasingContent {
  return { type: 'strong', children };
}

/** A link to an anchor on the same page, showing the text as code (e.g. `404` or `Content-Type`). */
export function codeLink(anchor: string, code: string): PhrasingContent[] {
  return [link(`#${anchor}`, [inlineCode(code)])];
}

/**
 * The address of an anchor on another page of the site, in the reader's language, written from `/` like
 * every link in the content (the build adds the base path): `pageAnchorUrl('en', 'request', 'host')` → `/en/request/#host`.
 */
export function pageAnchorUrl(locale: Locale, slug: string, anchor: string): string {
  return `${locale === 'en' ? '/en' : ''}/${slug}/#${anchor}`;
}

/** Concatenates groups of nodes with a text separator between them. */
export function joined(parts: PhrasingContent[][], separator: string): PhrasingContent[] {
  return parts.flatMap((part, index) => (index === 0 ? part : [text(separator), ...part]));
}

/** Text with `code spans`, as phrasing nodes (for short labels from data that go into tables). */
export function withCode(value: string): PhrasingContent[] {
  return value
    .split(/(`[^`]*`)/)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? inlineCode(part.slice(1, -1)) : text(part)));
}
