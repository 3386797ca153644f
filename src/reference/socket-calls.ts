/**
 * Renders `::reference{kind="socket-calls"}`: a table from each Python call
 * to its Node.js counterpart, then one entry per call (`#bind`, `#sendall`...).
 */
import type { Locale } from '../data/locale.ts';
import { socketCalls, type Side, type SocketCall } from '../data/socket-calls.ts';
import type { ReferenceKind } from './kinds.ts';
import { classedParagraph, codeLink, heading, markdown, table, titledAside, type ReferenceNode } from './markdown.ts';
import { inlineCode, joined } from './phrasing.ts';
import { uiString } from './ui.ts';

export const socketCallsReference: ReferenceKind = {
  render: renderSocketCalls,
  anchors: () => socketCalls.map((call) => call.id),
};

type Key = Parameters<typeof uiString>[1];

const sideLabel: Record<Side, Key> = {
  server: 'reference.sideServer',
  client: 'reference.sideClient',
  both: 'reference.sideBoth',
};

const code = (text: string) => `\`${text}\``;

function renderSocketCalls(locale: Locale): ReferenceNode[] {
  const t = (key: Key) => uiString(locale, key);
  const overview = table(
    [t('reference.pythonCall'), t('reference.nodeEquivalent')],
    socketCalls.map((call) => [codeLink(call.id, call.name), joined(call.node.map((n) => [inlineCode(n)]), ', ')]),
  );
  return [overview, ...socketCalls.flatMap((call) => renderCall(call, locale))];
}

function renderCall(call: SocketCall, locale: Locale): ReferenceNode[] {
  const t = (key: Key) => uiString(locale, key);
  const facts = [call.transport, t(sideLabel[call.side]), ...(call.fromNotes ? [] : [t('reference.notInNotes')])];
  const nodes: ReferenceNode[] = [
    heading(3, call.id, call.name, 'socket-call'),
    classedParagraph('ref-meta', [
      { type: 'text', value: `${facts.join(' · ')} · ` },
      { type: 'link', url: call.pythonDocs, children: [{ type: 'text', value: t('reference.pythonDocs') }] },
      { type: 'text', value: ' · ' },
      { type: 'link', url: call.nodeDocs, children: [{ type: 'text', value: t('reference.nodeDocs') }] },
    ]),
    markdown(`**Python:** ${code(call.python)}  \n**Node.js:** ${call.node.map(code).join(', ')}`),
    markdown(call.description[locale]),
    markdown(call.inNode[locale]),
  ];
  if (call.correction) nodes.push(titledAside('note', t('reference.comparedWithNotes'), call.correction[locale]));
  return nodes;
}
