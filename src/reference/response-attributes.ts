/**
 * Renders `::reference{kind="response-attributes"}`: a summary table of the 12
 * attributes of `requests.Response` and what the fetch `Response` offers, then
 * one entry per attribute (`#attr-status-code`, `#attr-json`...).
 */
import type { Locale } from '../data/locale.ts';
import {
  attributeAnchor,
  responseAttributes,
  type Match,
  type ResponseAttribute,
} from '../data/response-attributes.ts';
import { factsLine, leadIn, snippetLine, titledAside } from './entry-parts.ts';
import { inlineCode } from './phrasing.ts';
import type { ReferenceKind } from './kinds.ts';
import { codeLink, heading, type ReferenceNode, table } from './markdown.ts';
import { uiString } from './ui.ts';

export const responseAttributesReference: ReferenceKind = {
  render: renderResponseAttributes,
  anchors: () => responseAttributes.map(attributeAnchor),
};

const matchKey = {
  same: 'reference.matchSame',
  similar: 'reference.matchSimilar',
  none: 'reference.matchNone',
} as const satisfies Record<Match, Parameters<typeof uiString>[1]>;

function renderResponseAttributes(locale: Locale): ReferenceNode[] {
  const t = (key: Parameters<typeof uiString>[1]) => uiString(locale, key);
  const summary = table(
    [t('reference.attribute'), t('reference.fetchEquivalent'), t('reference.match')],
    responseAttributes.map((a) => [codeLink(attributeAnchor(a), a.name), [inlineCode(a.equivalent)], t(matchKey[a.match])]),
  );
  return [summary, ...responseAttributes.flatMap((attribute) => renderAttribute(attribute, locale))];
}

function renderAttribute(attribute: ResponseAttribute, locale: Locale): ReferenceNode[] {
  const t = (key: Parameters<typeof uiString>[1]) => uiString(locale, key);
  const nodes: ReferenceNode[] = [
    heading(3, attributeAnchor(attribute), attribute.name, 'response-attribute'),
    factsLine([
      { label: t('reference.pythonType'), value: inlineCode(attribute.pythonType) },
      { label: t('reference.match'), value: t(matchKey[attribute.match]) },
      { label: t('reference.docs'), value: attribute.python },
      { value: attribute.reference },
    ]),
    leadIn(t('reference.inRequests'), attribute.requests[locale]),
    leadIn(t('reference.withFetch'), attribute.fetch[locale]),
    snippetLine(t('reference.example'), attribute.snippet),
  ];
  if (attribute.correction) {
    nodes.push(titledAside('note', t('reference.comparedWithNotes'), attribute.correction[locale]));
  }
  return nodes;
}

