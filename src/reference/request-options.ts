/**
 * Renders `::reference{kind="request-options"}`: a summary table of the 14
 * `requests` options and their fetch equivalents, then one entry per option
 * (`#option-method`, `#option-params`...).
 */
import type { Locale } from '../data/locale.ts';
import { optionAnchor, requestOptions, type RequestOption, type Support } from '../data/request-options.ts';
import { translator, type UiKey } from '../i18n.ts';
import { comparisonBody } from './entry-parts.ts';
import { factsLine } from './facts-line.ts';
import { heading, type ReferenceNode, table } from './markdown.ts';
import { codeLink, inlineCode } from './phrasing.ts';
import type { ReferenceKind } from './reference-kind.ts';

export const requestOptionsReference: ReferenceKind = { render: renderRequestOptions };

const supportKey = {
  yes: 'reference.supportYes',
  partial: 'reference.supportPartial',
  no: 'reference.supportNo',
} as const satisfies Record<Support, UiKey>;

function renderRequestOptions(locale: Locale): ReferenceNode[] {
  const t = translator(locale);
  const summary = table(
    [t('reference.option'), t('reference.pythonType'), t('reference.fetchEquivalent')],
    requestOptions.map((o) => [codeLink(optionAnchor(o), o.name), [inlineCode(o.pythonType)], [inlineCode(o.equivalent)]]),
  );
  return [summary, ...requestOptions.flatMap((option) => renderOption(option, locale))];
}

function renderOption(option: RequestOption, locale: Locale): ReferenceNode[] {
  const t = translator(locale);
  return [
    heading(3, optionAnchor(option), option.name, 'request-option'),
    factsLine([
      { label: t('reference.pythonType'), value: inlineCode(option.pythonType) },
      { label: t('reference.inBrowser'), value: t(supportKey[option.support.browser]) },
      { label: t('reference.inNode'), value: t(supportKey[option.support.node]) },
      { label: t('reference.docs'), value: option.reference },
    ]),
    ...comparisonBody(option, locale),
  ];
}
