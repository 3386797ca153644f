/**
 * Renders `::reference{kind="url-parts"}`: one entry per part of a URL
 * (`#scheme` ... `#fragment`), each with the part as it appears in the
 * example URL and the `URL` property that holds it, computed by the same
 * WHATWG URL parser that browsers and Node.js use.
 */
import type { Locale } from '../data/locale.ts';
import { protocolById } from '../data/protocols.ts';
import { exampleUrl, type UrlPart, urlParts } from '../data/url-parts.ts';
import { translator } from '../i18n.ts';
import { notesCorrection } from './course-notes.ts';
import { factsLine, type Fact } from './facts-line.ts';
import { heading, markdown, type ReferenceNode } from './markdown.ts';
import { inlineCode, joined, text } from './phrasing.ts';
import type { ReferenceKind } from './reference-kind.ts';

export const urlPartsReference: ReferenceKind = { render: (locale) => urlParts.flatMap((part) => renderEntry(part, locale)) };

/** The value the `URL` class gives the part of the example, e.g. `"https:"` for the scheme. */
export function exampleValue(part: UrlPart): string {
  return new URL(exampleUrl)[part.urlProperty];
}

function renderEntry(part: UrlPart, locale: Locale): ReferenceNode[] {
  const nodes: ReferenceNode[] = [
    heading(3, part.id, part.name[locale], 'url-part'),
    factsLine(partFacts(part, locale)),
    markdown(part.description[locale]),
  ];
  if (part.correction) nodes.push(notesCorrection(locale, part.correction[locale]));
  return nodes;
}

function partFacts(part: UrlPart, locale: Locale): Fact[] {
  const t = translator(locale);
  const facts: Fact[] = [
    { label: t('reference.url.example'), value: inlineCode(part.segment) },
    {
      label: t('reference.url.property'),
      value: [inlineCode(part.urlProperty), text(' = '), inlineCode(JSON.stringify(exampleValue(part)))],
    },
  ];
  if (part.defaultPortsOf) {
    const defaults = part.defaultPortsOf.map((id) => {
      const protocol = protocolById(id);
      return [inlineCode(id), text(` ${protocol.ports.map((p) => p.number).join(', ')}`)];
    });
    facts.push({ label: t('reference.protocol.ports'), value: joined(defaults, ', ') });
  }
  facts.push({ label: t('reference.spec'), value: part.spec });
  return facts;
}
