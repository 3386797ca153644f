/**
 * One header entry, shared by the request-headers and response-headers kinds:
 * heading with the header's lower-case anchor, status badge, direction, who
 * sets it or who may read it, example values, description, replacement.
 */
import type { PhrasingContent } from 'mdast';
import {
  headerAnchor,
  requestSide,
  responseSide,
  type Header,
  type HeaderDirection,
  type HeaderStatusName,
  type RequestSetter,
  type ScriptAccess,
} from '../data/headers.ts';
import type { Locale } from '../data/locale.ts';
import { translator, type UiKey } from '../i18n.ts';
import { notesCorrection } from './course-notes.ts';
import { badge, leadIn } from './entry-parts.ts';
import { factsLine, type Fact } from './facts-line.ts';
import { aside, heading, markdown, type ReferenceNode } from './markdown.ts';
import { inlineCode, text } from './phrasing.ts';

export const statusKey = {
  current: 'reference.statusCurrent',
  deprecated: 'reference.statusDeprecated',
  legacy: 'reference.statusLegacy',
  'non-standard': 'reference.statusNonStandard',
} as const satisfies Record<HeaderStatusName, UiKey>;

export const setterKey = {
  browser: 'reference.setByBrowser',
  application: 'reference.setByApplication',
  proxy: 'reference.setByProxy',
} as const satisfies Record<RequestSetter, UiKey>;

export const scriptAccessKey = {
  safelisted: 'reference.scriptAccessSafelisted',
  exposed: 'reference.scriptAccessExposed',
  hidden: 'reference.scriptAccessHidden',
} as const satisfies Record<ScriptAccess, UiKey>;

const directionKey = {
  request: 'reference.directionRequest',
  response: 'reference.directionResponse',
  both: 'reference.directionBoth',
} as const satisfies Record<HeaderDirection, UiKey>;

/** The status badge, also used in the summary tables' last column. */
export function statusBadge(header: Header, locale: Locale): PhrasingContent {
  return badge(header.status, translator(locale)(statusKey[header.status]));
}

export function renderHeaderEntry(header: Header, locale: Locale): ReferenceNode[] {
  const t = translator(locale);
  const request = requestSide(header);
  const response = responseSide(header);

  const facts: Fact[] = [
    { label: t('reference.status'), value: statusBadge(header, locale) },
    { label: t('reference.direction'), value: t(directionKey[header.direction]) },
  ];
  if (request) facts.push({ label: t('reference.setBy'), value: t(setterKey[request.setBy]) });
  if (response) facts.push({ label: t('reference.scriptAccess'), value: t(scriptAccessKey[response.scriptAccess]) });
  facts.push({ label: t('reference.spec'), value: header.spec });

  const examples: PhrasingContent[] = [text(`${t('reference.example')}: `)];
  if (request && response) {
    examples.push(
      text(`${t('reference.inRequest')} `),
      inlineCode(`${header.name}: ${request.example}`),
      text(`; ${t('reference.inResponse')} `),
      inlineCode(`${header.name}: ${response.example}`),
    );
  } else {
    examples.push(inlineCode(`${header.name}: ${(request ?? response)?.example ?? ''}`));
  }

  const nodes: ReferenceNode[] = [
    heading(3, headerAnchor(header), header.name, 'header'),
    factsLine(facts),
    { type: 'paragraph', children: examples },
    markdown(header.description[locale]),
  ];
  if ('replacement' in header && header.replacement) {
    nodes.push(leadIn(t('reference.replacement'), header.replacement[locale]));
  }
  if (header.note) nodes.push(aside('tip', header.note[locale]));
  if (header.correction) nodes.push(notesCorrection(locale, header.correction[locale]));
  return nodes;
}
