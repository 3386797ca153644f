/**
 * Renders `::reference{kind="status-codes"}`: an overview table, then one
 * section per class (`#4xx`) and one entry per code (`#404`).
 */
import type { Locale } from '../data/locale.ts';
import { statusClasses, statusClassOf, statusCodes, type StatusCode } from '../data/status-codes.ts';
import { aside, classedParagraph, codeLink, heading, markdown, type ReferenceNode, table } from './markdown.ts';
import type { ReferenceKind } from './kinds.ts';
import { uiString } from './ui.ts';

export const statusCodesReference: ReferenceKind = {
  render: renderStatusCodes,
  anchors: () => [
    'overview',
    ...statusClasses.flatMap((c) => [
      c.id,
      ...statusCodes.filter((s) => statusClassOf(s.code) === c.id).map((s) => String(s.code)),
    ]),
  ],
};

function renderStatusCodes(locale: Locale): ReferenceNode[] {
  const t = (key: Parameters<typeof uiString>[1]) => uiString(locale, key);
  const overview = table(
    [t('reference.code'), t('reference.reason'), t('reference.class')],
    statusCodes.map((s) => [codeLink(String(s.code), String(s.code)), s.reason, statusClassOf(s.code)]),
  );

  const nodes: ReferenceNode[] = [heading(2, 'overview', t('reference.overview')), overview];
  for (const statusClass of statusClasses) {
    nodes.push(heading(2, statusClass.id, `${statusClass.id} — ${statusClass.name[locale]}`));
    nodes.push(markdown(statusClass.summary[locale]));
    for (const status of statusCodes.filter((s) => statusClassOf(s.code) === statusClass.id)) {
      nodes.push(...renderEntry(status, locale));
    }
  }
  return nodes;
}

function renderEntry(status: StatusCode, locale: Locale): ReferenceNode[] {
  const className = statusClassOf(status.code);
  const nodes: ReferenceNode[] = [
    heading(3, String(status.code), `${status.code} ${status.reason}`, 'status-code'),
    classedParagraph('ref-meta', [
      { type: 'text', value: `${uiString(locale, 'reference.class')} ` },
      { type: 'link', url: `#${className}`, children: [{ type: 'text', value: className }] },
      { type: 'text', value: ` · ${uiString(locale, 'reference.spec')}: ` },
      { type: 'link', url: status.spec.url, children: [{ type: 'text', value: status.spec.label }] },
    ]),
    markdown(status.description[locale]),
  ];
  if (status.note) nodes.push(aside('tip', status.note[locale]));
  return nodes;
}
