/**
 * Renders `::reference{kind="url-parts"}`: one entry per part of a URL
 * (`#scheme` ... `#fragment`), each with the part as it appears in the
 * example URL and the `URL` property that holds it, computed by the same
 * WHATWG URL parser that browsers and Node.js use.
 */
import type { PhrasingContent } from 'mdast';
import type { Locale } from '../data/locale.ts';
import { protocolById } from '../data/protocols.ts';
import { exampleUrl, type UrlPart, urlParts } from '../data/url-parts.ts';
import { notesCorrection } from './course-notes.ts';
import type { ReferenceKind } from './kinds.ts';
import { classedParagraph, heading, markdown, type ReferenceNode } from './markdown.ts';
import { inlineCode, joined, link, text } from './phrasing.ts';
import { uiString } from './ui.ts';

export const urlPartsReference: ReferenceKind = {
  render: (locale) => urlParts.flatMap((part) => renderEntry(part, locale)),
  anchors: () => urlParts.map((part) => part.id),
};

/** The value the `URL` class gives the part of the example, e.g. `"https:"` for the scheme. */
export function exampleValue(part: UrlPart): string {
  return new URL(exampleUrl)[part.urlProperty];
}

function renderEntry(part: UrlPart, locale: Locale): ReferenceNode[] {
  const nodes: ReferenceNode[] = [
    heading(3, part.id, part.name[locale], 'url-part'),
    classedParagraph('ref-meta', factsLine(part, locale)),
    markdown(part.description[locale]),
  ];
  if (part.correction) nodes.push(notesCorrection(locale, part.correction[locale]));
  return nodes;
}

function factsLine(part: UrlPart, locale: Locale): PhrasingContent[] {
  const t = (key: Parameters<typeof uiString>[1]) => uiString(locale, key);
  const items: PhrasingContent[][] = [
    [text(`${t('reference.url.example')}: `), inlineCode(part.segment)],
    [text(`${t('reference.url.property')}: `), inlineCode(part.urlProperty), text(' = '), inlineCode(JSON.stringify(exampleValue(part)))],
  ];
  if (part.defaultPortsOf) {
    const defaults = part.defaultPortsOf.map((id) => {
      const protocol = protocolById(id);
      return [inlineCode(id), text(` ${protocol.ports.map((p) => p.number).join(', ')}`)];
    });
    items.push([text(`${t('reference.protocol.ports')}: `), ...joined(defaults, ', ')]);
  }
  items.push([text(`${t('reference.spec')}: `), link(part.spec.url, part.spec.label)]);
  return joined(items, ' · ');
}
