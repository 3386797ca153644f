/**
 * Renders `::reference{kind="request-options"}`: a summary table of the 14
 * `requests` options and their fetch equivalents, then one entry per option
 * (`#option-method`, `#option-params`...).
 */
import type { Locale } from '../data/locale.ts';
import { optionAnchor, requestOptions, type RequestOption, type Support } from '../data/request-options.ts';
import { factsLine, leadIn, snippetLine, titledAside } from './entry-parts.ts';
import { inlineCode } from './phrasing.ts';
import type { ReferenceKind } from './kinds.ts';
import { codeLink, heading, type ReferenceNode, table } from './markdown.ts';
import { uiString } from './ui.ts';

export const requestOptionsReference: ReferenceKind = {
  render: renderRequestOptions,
  anchors: () => requestOptions.map(optionAnchor),
};

const supportKey = {
  yes: 'reference.supportYes',
  partial: 'reference.supportPartial',
  no: 'reference.supportNo',
} as const satisfies Record<Support, Parameters<typeof uiString>[1]>;

function renderRequestOptions(locale: Locale): ReferenceNode[] {
  const t = (key: Parameters<typeof uiString>[1]) => uiString(locale, key);
  const summary = table(
    [t('reference.option'), t('reference.pythonType'), t('reference.fetchEquivalent')],
    requestOptions.map((o) => [codeLink(optionAnchor(o), o.name), [inlineCode(o.pythonType)], [inlineCode(o.equivalent)]]),
  );
  return [summary, ...requestOptions.flatMap((option) => renderOption(option, locale))];
}

function renderOption(option: RequestOption, locale: Locale): ReferenceNode[] {
  const t = (key: Parameters<typeof uiString>[1]) => uiString(locale, key);
  const nodes: ReferenceNode[] = [
    heading(3, optionAnchor(option), option.name, 'request-option'),
    factsLine([
      { label: t('reference.pythonType'), value: inlineCode(option.pythonType) },
      { label: t('reference.inBrowser'), value: t(supportKey[option.support.browser]) },
      { label: t('reference.inNode'), value: t(supportKey[option.support.node]) },
      { label: t('reference.docs'), value: option.reference },
    ]),
    leadIn(t('reference.inRequests'), option.requests[locale]),
    leadIn(t('reference.withFetch'), option.fetch[locale]),
    snippetLine(t('reference.example'), option.snippet),
  ];
  if (option.correction) nodes.push(titledAside('note', t('reference.comparedWithNotes'), option.correction[locale]));
  return nodes;
}
