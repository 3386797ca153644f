/**
 * Renders `::reference{kind="request-headers"}`: a summary table, then one
 * entry per request header (`#host`, `#user-agent`...). Headers used in both
 * directions (`#content-type`...) have their only entry here; the
 * response-headers kind links to it.
 */
import { headerAnchor, requestHeaders, requestSide } from '../data/headers.ts';
import type { Locale } from '../data/locale.ts';
import { translator } from '../i18n.ts';
import { renderHeaderEntry, setterKey, statusKey } from './header-entry.ts';
import { type ReferenceNode, table } from './markdown.ts';
import { codeLink } from './phrasing.ts';
import type { ReferenceKind } from './reference-kind.ts';

export const requestHeadersReference: ReferenceKind = { render: renderRequestHeaders };

function renderRequestHeaders(locale: Locale): ReferenceNode[] {
  const t = translator(locale);
  const summary = table(
    [t('reference.header'), t('reference.setBy'), t('reference.status')],
    requestHeaders.map((h) => {
      const setBy = requestSide(h)?.setBy;
      return [codeLink(headerAnchor(h), h.name), setBy ? t(setterKey[setBy]) : '', t(statusKey[h.status])];
    }),
  );
  return [summary, ...requestHeaders.flatMap((header) => renderHeaderEntry(header, locale))];
}
