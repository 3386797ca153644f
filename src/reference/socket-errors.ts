/**
 * Renders `::reference{kind="socket-errors"}`: a table from each Python
 * exception to the Node.js error code and the starter's exit code, then one
 * entry per error (`#econnrefused`, `#eaddrinuse`...).
 */
import type { Locale } from '../data/locale.ts';
import { socketErrors, starterError, type SocketError } from '../data/socket-errors.ts';
import type { ReferenceKind } from './kinds.ts';
import { classedParagraph, codeLink, heading, markdown, table, titledAside, type ReferenceNode } from './markdown.ts';
import { inlineCode, joined, text } from './phrasing.ts';
import { quoted } from './search.ts';
import { uiString } from './ui.ts';

export const socketErrorsReference: ReferenceKind = {
  render: renderSocketErrors,
  anchors: () => socketErrors.map((error) => error.id),
};

type Key = Parameters<typeof uiString>[1];


/** The starter's entry for a code; the unit tests guarantee it exists. */
function starterEntry(nodeCode: string) {
  const entry = starterError(nodeCode);
  if (!entry) throw new Error(`socket-errors: ${nodeCode} is not in the starter's error table`);
  return entry;
}

function renderSocketErrors(locale: Locale): ReferenceNode[] {
  const t = (key: Key) => uiString(locale, key);
  const overview = table(
    [t('reference.pythonException'), t('reference.nodeErrorCode'), t('reference.starterExitCode')],
    socketErrors.map((error) => [
      codeLink(error.id, error.name),
      joined(error.nodeCodes.map((c) => [inlineCode(c)]), ', '),
      error.nodeCodes.map((c) => starterEntry(c).exitCode).join(', '),
    ]),
  );
  return [overview, ...socketErrors.flatMap((error) => renderError(error, locale))];
}

function renderError(error: SocketError, locale: Locale): ReferenceNode[] {
  const t = (key: Key) => uiString(locale, key);
  const facts = [...(error.errno ? [`errno ${error.errno}`] : []), ...(error.fromNotes ? [] : [t('reference.notInNotes')])];
  const nodes: ReferenceNode[] = [
    heading(3, error.id, error.name, 'socket-error'),
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
    // The starter prints English whatever the page's language.
    nodes.push({
      type: 'paragraph',
      children: [
        text(`${t('reference.starterExitsWith')} `),
        { type: 'strong', children: [text(String(exitCode))] },
        text(` ${t('reference.andPrints')} `),
        ...quoted('en', locale, [inlineCode(`${nodeCode} … ${hint}`)]),
      ],
    });
  }
  if (error.correction) nodes.push(titledAside('note', t('reference.comparedWithNotes'), error.correction[locale]));
  return nodes;
}
