/**
 * The registry of reference kinds: what `::reference{kind="..."}` can expand to.
 *
 * To add a kind: write its facts in `src/data/<kind>.ts`, a renderer in
 * `src/reference/<kind>.ts` that exports a `ReferenceKind`, and list it here.
 */
import type { Locale } from '../data/locale.ts';
import type { ReferenceNode } from './markdown.ts';
import { statusCodesReference } from './status-codes.ts';
import { protocolsReference } from './protocols.ts';
import { protocolTableReference } from './protocol-table.ts';
import { urlPartsReference } from './url-parts.ts';
import { httpMethodsReference } from './http-methods.ts';
import { requestOptionsReference } from './request-options.ts';
import { requestHeadersReference } from './request-headers.ts';
import { responseAttributesReference } from './response-attributes.ts';
import { responseHeadersReference } from './response-headers.ts';
import { socketCallsReference } from './socket-calls.ts';
import { socketErrorsReference } from './socket-errors.ts';

export interface ReferenceKind {
  /** The Markdown nodes of every entry, in one locale. */
  render(locale: Locale): ReferenceNode[];
  /** Every heading anchor the kind creates, in page order; the same in both locales. */
  anchors(): string[];
}

export const referenceKinds: Record<string, ReferenceKind> = {
  'status-codes': statusCodesReference,
  protocols: protocolsReference,
  'protocol-table': protocolTableReference,
  'url-parts': urlPartsReference,
  'http-methods': httpMethodsReference,
  'request-options': requestOptionsReference,
  'request-headers': requestHeadersReference,
  'response-attributes': responseAttributesReference,
  'response-headers': responseHeadersReference,
  'socket-calls': socketCallsReference,
  'socket-errors': socketErrorsReference,
};
