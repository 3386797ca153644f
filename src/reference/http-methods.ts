/**
 * Renders `::reference{kind="http-methods"}`: a table of the CRUD methods
 * (safe, idempotent, request body, typical success status), then one entry
 * per method (`#post` ... `#delete`). Status codes link to their entries on
 * the status codes page, in the reader's language.
 */
import type { PhrasingContent } from 'mdast';
import { type HttpMethod, httpMethods } from '../data/http-methods.ts';
import type { Locale } from '../data/locale.ts';
import { notesCorrection } from './course-notes.ts';
import type { ReferenceKind } from './kinds.ts';
import { aside, classedParagraph, codeLink, heading, markdown, type ReferenceNode, table } from './markdown.ts';
import { inlineCode, joined, link, text, withCode } from './phrasing.ts';
import { uiString } from './ui.ts';

export const httpMethodsReference: ReferenceKind = {
  render: (locale) => [methodTable(locale), ...httpMethods.flatMap((m) => renderEntry(m, locale))],
  anchors: () => httpMethods.map(methodAnchor),
};

/** `#post`: the method name in lowercase, the same in every locale. */
export function methodAnchor(method: HttpMethod): string {
  return method.method.toLowerCase();
}

/** The entry of a status code on the status codes page, in the page's language. */
export function statusCodeUrl(locale: Locale, code: number): string {
  return `${locale === 'en' ? '/en' : ''}/status-codes/#${code}`;
}

function yesNo(locale: Locale, value: boolean): string {
  return uiString(locale, value ? 'reference.yes' : 'reference.no');
}

function successCell(method: HttpMethod, locale: Locale, withWhen: boolean): PhrasingContent[] {
  return joined(
    method.success.map((status) => [
      link(statusCodeUrl(locale, status.code), [inlineCode(String(status.code))]),
      ...(withWhen && status.when ? [text(' ('), ...withCode(status.when[locale]), text(')')] : []),
    ]),
    ', ',
  );
}

function methodTable(locale: Locale): ReferenceNode {
  const t = (key: Parameters<typeof uiString>[1]) => uiString(locale, key);
  return table(
    [
      t('reference.method.method'),
      t('reference.method.safe'),
      t('reference.method.idempotent'),
      t('reference.method.body'),
      t('reference.method.success'),
    ],
    httpMethods.map((m) => [
      [...codeLink(methodAnchor(m), m.method), text(` · ${m.crud[locale]}`)],
      yesNo(locale, m.safe),
      yesNo(locale, m.idempotent),
      yesNo(locale, m.requestBody),
      successCell(m, locale, true),
    ]),
  );
}

function renderEntry(method: HttpMethod, locale: Locale): ReferenceNode[] {
  const t = (key: Parameters<typeof uiString>[1]) => uiString(locale, key);
  const facts: PhrasingContent[][] = [
    [text(`${t('reference.method.crud')}: ${method.crud[locale]}`)],
    [text(`${t('reference.method.safe')}: ${yesNo(locale, method.safe)}`)],
    [text(`${t('reference.method.idempotent')}: ${yesNo(locale, method.idempotent)}`)],
    [text(`${t('reference.method.body')}: ${yesNo(locale, method.requestBody)}`)],
    [text(`${t('reference.method.success')}: `), ...successCell(method, locale, false)],
    [text(`${t('reference.spec')}: `), link(method.spec.url, method.spec.label)],
  ];
  const nodes: ReferenceNode[] = [
    heading(3, methodAnchor(method), method.method, 'method'),
    classedParagraph('ref-meta', joined(facts, ' · ')),
    markdown(method.description[locale]),
  ];
  if (method.note) nodes.push(aside('tip', method.note[locale]));
  if (method.correction) nodes.push(notesCorrection(locale, method.correction[locale]));
  return nodes;
}
