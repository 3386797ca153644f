/**
 * The registry of reference kinds: what `::reference{kind="..."}` can expand to.
 *
 * To add a kind: write its facts in `src/data/<kind>.ts`, a renderer in
 * `src/reference/<kind>.ts` that exports a `ReferenceKind`, and list it here.
 */
import type { Locale } from '../data/locale.ts';
import type { ReferenceNode } from './markdown.ts';
import { statusCodesReference } from './status-codes.ts';
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
  'socket-calls': socketCallsReference,
  'socket-errors': socketErrorsReference,
};
