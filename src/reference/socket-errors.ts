/**
 * Renders `::reference{kind="socket-errors"}`: a table from each Python
 * exception to the Node.js error code and the starter's exit code, then one
 * entry per error (`#econnrefused`, `#eaddrinuse`...).
 */
import type { Locale } from '../data/locale.ts';
import { socketErrors, starterError, type SocketError } from '../data/socket-errors.ts';
import type { ReferenceKind } from './kinds.ts';
import { classedParagraph, heading, markdown, titledAside, type ReferenceNode } from './markdown.ts';
import { uiString } from './ui.ts';

export const socketErrorsReference: ReferenceKind = {
  render: renderSocketErrors,
  anchors: () => socketErrors.map((error) => error.id),
};

type Key = Parameters<typeof uiString>[1];

const code = (text: string) => `\`${text}\``;

/** The starter's entry for a code; the unit tests guarantee it exists. */
function starterEntry(nodeCode: string) {
  const entry = starterError(nodeCode);
  if (!entry) throw new Error(`socket-errors: ${nodeCode} is not in the starter's error table`);
  return entry;
}

function renderSocketErrors(locale: Locale): ReferenceNode[] {
  const t = (key: Key) => uiString(locale, key);
  const overview = [
    `| ${t('reference.pythonException')} | ${t('reference.nodeErrorCode')} | ${t('reference.starterExitCode')} |`,
    '| --- | --- | --- |',
    ...socketErrors.map(
      (error) =>
        `| [${code(error.name)}](#${error.id}) | ${error.nodeCodes.map(code).join(', ')} | ${error.nodeCodes
          .map((c) => starterEntry(c).exitCode)
          .join(', ')} |`,
    ),
  ].join('\n');
  return [markdown(overview), ...socketErrors.flatMap((error) => renderError(error, locale))];
}

function renderError(error: SocketError, locale: Locale): ReferenceNode[] {
  const t = (key: Key) => uiString(locale, key);
  const facts = [...(error.errno ? [`errno ${error.errno}`] : []), ...(error.fromNotes ? [] : [t('reference.notInNotes')])];
  const nodes: ReferenceNode[] = [
    heading(3, error.id, error.name),
    classedParagraph('ref-meta', [
      { type: 'text', value: facts.length > 0 ? `${facts.join(' · ')} · ` : '' },
      { type: 'link', url: error.pythonDocs, children: [{ type: 'text', value: t('reference.pythonDocs') }] },
      { type: 'text', value: ' · ' },
      { type: 'link', url: error.nodeDocs, children: [{ type: 'text', value: t('reference.nodeDocs') }] },
    ]),
    markdown(error.description[locale]),
    markdown(error.inNode[locale]),
  ];
  for (const nodeCode of error.nodeCodes) {
    const { exitCode, hint } = starterEntry(nodeCode);
    nodes.push(markdown(`${t('reference.starterExitsWith')} **${exitCode}** ${t('reference.andPrints')} ${code(`${nodeCode} … ${hint}`)}`));
  }
  if (error.correction) nodes.push(titledAside('note', t('reference.comparedWithNotes'), error.correction[locale]));
  return nodes;
}
