/**
 * Renders `::reference{kind="http-methods"}`: a table of the CRUD methods
 * (safe, idempotent, request body, typical success status), then one entry
 * per method (`#post` ... `#delete`). Status codes link to their entries on
 * the status codes page, in the reader's language.
 */
import type { PhrasingContent } from 'mdast';
import { type HttpMethod, httpMethods } from '../data/http-methods.ts';
import type { Locale } from '../data/locale.ts';
import { translator, type Translate } from '../i18n.ts';
import { notesCorrection } from './course-notes.ts';
import { factsLine } from './facts-line.ts';
import { aside, heading, markdown, type ReferenceNode, table } from './markdown.ts';
import { codeLink, inlineCode, joined, link, pageAnchorUrl, text, withCode } from './phrasing.ts';
import type { ReferenceKind } from './reference-kind.ts';

export const httpMethodsReference: ReferenceKind = {
  render: (locale) => [methodTable(locale), ...httpMethods.flatMap((m) => renderEntry(m, locale))],
};

/** `#post`: the method name in lowercase, the same in every locale. */
export function methodAnchor(method: HttpMethod): string {
  return method.method.toLowerCase();
}

/** The entry of a status code on the status codes page, in the page's language. */
export function statusCodeUrl(locale: Locale, code: number): string {
  return pageAnchorUrl(locale, 'status-codes', String(code));
}

function yesNo(t: Translate, value: boolean): string {
  return t(value ? 'reference.yes' : 'reference.no');
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
  const t = translator(locale);
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
      yesNo(t, m.safe),
      yesNo(t, m.idempotent),
      yesNo(t, m.requestBody),
      successCell(m, locale, true),
    ]),
  );
}

function renderEntry(method: HttpMethod, locale: Locale): ReferenceNode[] {
  const t = translator(locale);
  const nodes: ReferenceNode[] = [
    heading(3, methodAnchor(method), method.method, 'method'),
    factsLine([
      { label: t('reference.method.crud'), value: method.crud[locale] },
      { label: t('reference.method.safe'), value: yesNo(t, method.safe) },
      { label: t('reference.method.idempotent'), value: yesNo(t, method.idempotent) },
      { label: t('reference.method.body'), value: yesNo(t, method.requestBody) },
      { label: t('reference.method.success'), value: successCell(method, locale, false) },
      { label: t('reference.spec'), value: method.spec },
    ]),
    markdown(method.description[locale]),
  ];
  if (method.note) nodes.push(aside('tip', method.note[locale]));
  if (method.correction) nodes.push(notesCorrection(locale, method.correction[locale]));
  return nodes;
}
