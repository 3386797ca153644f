/**
 * One header entry, shared by the request-headers and response-headers kinds:
 * heading with the header's lower-case anchor, status badge, direction, who
 * sets it or who may read it, example values, description, replacement.
 */
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
import { badge, factsLine, leadIn, titledAside, type Fact } from './entry-parts.ts';
import { inlineCode } from './phrasing.ts';
import { aside, heading, markdown, type ReferenceNode } from './markdown.ts';
import { uiString } from './ui.ts';
import type { PhrasingContent } from 'mdast';

type Key = Parameters<typeof uiString>[1];

export const statusKey = {
  current: 'reference.statusCurrent',
  deprecated: 'reference.statusDeprecated',
  legacy: 'reference.statusLegacy',
  'non-standard': 'reference.statusNonStandard',
} as const satisfies Record<HeaderStatusName, Key>;

export const setterKey = {
  browser: 'reference.setByBrowser',
  application: 'reference.setByApplication',
  proxy: 'reference.setByProxy',
} as const satisfies Record<RequestSetter, Key>;

export const scriptAccessKey = {
  safelisted: 'reference.scriptAccessSafelisted',
  exposed: 'reference.scriptAccessExposed',
  hidden: 'reference.scriptAccessHidden',
} as const satisfies Record<ScriptAccess, Key>;

const directionKey = {
  request: 'reference.directionRequest',
  response: 'reference.directionResponse',
  both: 'reference.directionBoth',
} as const satisfies Record<HeaderDirection, Key>;

/** The status badge, also used in the summary tables' last column. */
export function statusBadge(header: Header, locale: Locale): PhrasingContent {
  return badge(header.status, uiString(locale, statusKey[header.status]));
}

export function renderHeaderEntry(header: Header, locale: Locale): ReferenceNode[] {
  const t = (key: Key) => uiString(locale, key);
  const request = requestSide(header);
  const response = responseSide(header);

  const facts: Fact[] = [
    { label: t('reference.status'), value: statusBadge(header, locale) },
    { label: t('reference.direction'), value: t(directionKey[header.direction]) },
  ];
  if (request) facts.push({ label: t('reference.setBy'), value: t(setterKey[request.setBy]) });
  if (response) facts.push({ label: t('reference.scriptAccess'), value: t(scriptAccessKey[response.scriptAccess]) });
  facts.push({ label: t('reference.spec'), value: header.spec });

  const examples: PhrasingContent[] = [{ type: 'text', value: `${t('reference.example')}: ` }];
  if (request && response) {
    examples.push(
      { type: 'text', value: `${t('reference.inRequest')} ` },
      inlineCode(`${header.name}: ${request.example}`),
      { type: 'text', value: `; ${t('reference.inResponse')} ` },
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
  if (header.correction) nodes.push(titledAside('note', t('reference.comparedWithNotes'), header.correction[locale]));
  return nodes;
}
