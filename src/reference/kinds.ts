/**
 * The registry of reference kinds: what `::reference{kind="..."}` can expand to.
 *
 * To add a kind: write its facts in `src/data/<kind>.ts`, a renderer in
 * `src/reference/<kind>.ts` that exports a `ReferenceKind` (`./reference-kind.ts`),
 * and list it here. Its anchors are the ids of the headings it renders (`./anchors.ts`).
 */
import { httpMethodsReference } from './http-methods.ts';
import { protocolTableReference } from './protocol-table.ts';
import { protocolsReference } from './protocols.ts';
import type { ReferenceKind } from './reference-kind.ts';
import { requestHeadersReference } from './request-headers.ts';
import { requestOptionsReference } from './request-options.ts';
import { responseAttributesReference } from './response-attributes.ts';
import { responseHeadersReference } from './response-headers.ts';
import { socketCallsReference } from './socket-calls.ts';
import { socketErrorsReference } from './socket-errors.ts';
import { statusCodesReference } from './status-codes.ts';
import { urlPartsReference } from './url-parts.ts';

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
