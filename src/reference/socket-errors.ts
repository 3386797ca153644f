/**
 * Renders `::reference{kind="socket-errors"}`: a table from each Python
 * exception to the Node.js error code and the starter's exit code, then one
 * entry per error (`#econnrefused`, `#eaddrinuse`...).
 */
import type { Locale } from '../data/locale.ts';
import { socketErrors, starterError, type SocketError } from '../data/socket-errors.ts';
import { translator } from '../i18n.ts';
import { notesCorrection } from './course-notes.ts';
import { factsLine } from './facts-line.ts';
import { heading, markdown, table, type ReferenceNode } from './markdown.ts';
import { codeLink, inlineCode, joined, strong, text } from './phrasing.ts';
import type { ReferenceKind } from './reference-kind.ts';
import { quoted } from './search.ts';
import { socketSourceFacts } from './socket-sources.ts';

export const socketErrorsReference: ReferenceKind = { render: renderSocketErrors };

/** The starter's entry for a code; the unit tests guarantee it exists. */
function starterEntry(nodeCode: string) {
  const entry = starterError(nodeCode);
  if (!entry) throw new Error(`socket-errors: ${nodeCode} is not in the starter's error table`);
  return entry;
}

function renderSocketErrors(locale: Locale): ReferenceNode[] {
  const t = translator(locale);
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
  const t = translator(locale);
  const nodes: ReferenceNode[] = [
    heading(3, error.id, error.name, 'socket-error'),
    factsLine([...(error.errno ? [{ value: `errno ${error.errno}` }] : []), ...socketSourceFacts(error, locale)]),
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
        strong([text(String(exitCode))]),
        text(` ${t('reference.andPrints')} `),
        ...quoted('en', locale, [inlineCode(`${nodeCode} … ${hint}`)]),
      ],
    });
  }
  if (error.correction) nodes.push(notesCorrection(locale, error.correction[locale]));
  return nodes;
}
