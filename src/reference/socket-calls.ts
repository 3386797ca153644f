/**
 * Renders `::reference{kind="socket-calls"}`: a table from each Python call
 * to its Node.js counterpart, then one entry per call (`#bind`, `#sendall`...).
 */
import type { Locale } from '../data/locale.ts';
import { socketCalls, type Side, type SocketCall } from '../data/socket-calls.ts';
import { translator, type UiKey } from '../i18n.ts';
import { notesCorrection } from './course-notes.ts';
import { factsLine } from './facts-line.ts';
import { heading, markdown, table, type ReferenceNode } from './markdown.ts';
import { codeLink, inlineCode, joined } from './phrasing.ts';
import type { ReferenceKind } from './reference-kind.ts';
import { socketSourceFacts } from './socket-sources.ts';

export const socketCallsReference: ReferenceKind = { render: renderSocketCalls };

const sideLabel = {
  server: 'reference.sideServer',
  client: 'reference.sideClient',
  both: 'reference.sideBoth',
} as const satisfies Record<Side, UiKey>;

const code = (text: string) => `\`${text}\``;

function renderSocketCalls(locale: Locale): ReferenceNode[] {
  const t = translator(locale);
  const overview = table(
    [t('reference.pythonCall'), t('reference.nodeEquivalent')],
    socketCalls.map((call) => [codeLink(call.id, call.name), joined(call.node.map((n) => [inlineCode(n)]), ', ')]),
  );
  return [overview, ...socketCalls.flatMap((call) => renderCall(call, locale))];
}

function renderCall(call: SocketCall, locale: Locale): ReferenceNode[] {
  const t = translator(locale);
  const nodes: ReferenceNode[] = [
    heading(3, call.id, call.name, 'socket-call'),
    factsLine([{ value: call.transport }, { value: t(sideLabel[call.side]) }, ...socketSourceFacts(call, locale)]),
    markdown(`**Python:** ${code(call.python)}  \n**Node.js:** ${call.node.map(code).join(', ')}`),
    markdown(call.description[locale]),
    markdown(call.inNode[locale]),
  ];
  if (call.correction) nodes.push(notesCorrection(locale, call.correction[locale]));
  return nodes;
}
