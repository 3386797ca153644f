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
import { translator, type UiKey } from '../i18n.ts';
import { comparisonBody } from './entry-parts.ts';
import { factsLine } from './facts-line.ts';
import { heading, type ReferenceNode, table } from './markdown.ts';
import { codeLink, inlineCode } from './phrasing.ts';
import type { ReferenceKind } from './reference-kind.ts';

export const responseAttributesReference: ReferenceKind = { render: renderResponseAttributes };

const matchKey = {
  same: 'reference.matchSame',
  similar: 'reference.matchSimilar',
  none: 'reference.matchNone',
} as const satisfies Record<Match, UiKey>;

function renderResponseAttributes(locale: Locale): ReferenceNode[] {
  const t = translator(locale);
  const summary = table(
    [t('reference.attribute'), t('reference.fetchEquivalent'), t('reference.match')],
    responseAttributes.map((a) => [codeLink(attributeAnchor(a), a.name), [inlineCode(a.equivalent)], t(matchKey[a.match])]),
  );
  return [summary, ...responseAttributes.flatMap((attribute) => renderAttribute(attribute, locale))];
}

function renderAttribute(attribute: ResponseAttribute, locale: Locale): ReferenceNode[] {
  const t = translator(locale);
  return [
    heading(3, attributeAnchor(attribute), attribute.name, 'response-attribute'),
    factsLine([
      { label: t('reference.pythonType'), value: inlineCode(attribute.pythonType) },
      { label: t('reference.match'), value: t(matchKey[attribute.match]) },
      { label: t('reference.docs'), value: attribute.python },
      { value: attribute.reference },
    ]),
    ...comparisonBody(attribute, locale),
  ];
}
