/**
 * Renders `::reference{kind="status-codes"}`: an overview table, then one
 * section per class (`#4xx`) and one entry per code (`#404`).
 */
import type { Locale } from '../data/locale.ts';
import { statusClasses, statusClassOf, statusCodes, type StatusCode } from '../data/status-codes.ts';
import { translator } from '../i18n.ts';
import { factsLine } from './facts-line.ts';
import { aside, heading, markdown, type ReferenceNode, table } from './markdown.ts';
import { codeLink, link, text } from './phrasing.ts';
import type { ReferenceKind } from './reference-kind.ts';

export const statusCodesReference: ReferenceKind = { render: renderStatusCodes };

function renderStatusCodes(locale: Locale): ReferenceNode[] {
  const t = translator(locale);
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
  const t = translator(locale);
  const className = statusClassOf(status.code);
  const nodes: ReferenceNode[] = [
    heading(3, String(status.code), `${status.code} ${status.reason}`, 'status-code'),
    factsLine([
      // "Class 4xx", without a colon: the class reads as part of a phrase, and links to its section.
      { value: [text(`${t('reference.class')} `), link(`#${className}`, className)] },
      { label: t('reference.spec'), value: status.spec },
    ]),
    markdown(status.description[locale]),
  ];
  if (status.note) nodes.push(aside('tip', status.note[locale]));
  return nodes;
}
