/**
 * Renders `::reference{kind="response-headers"}`: a summary table of all 19
 * response headers, then one entry per response-only header (`#date`,
 * `#set-cookie`...). The four headers used in both directions keep their
 * single entry (and anchor) with the request headers: here they are linked.
 */
import { headerAnchor, responseHeaders, responseSide } from '../data/headers.ts';
import type { Locale } from '../data/locale.ts';
import { translator } from '../i18n.ts';
import { renderHeaderEntry, scriptAccessKey, statusKey } from './header-entry.ts';
import { markdown, type ReferenceNode, table } from './markdown.ts';
import { codeLink } from './phrasing.ts';
import type { ReferenceKind } from './reference-kind.ts';

const responseOnly = responseHeaders.filter((h) => h.direction === 'response');
const shared = responseHeaders.filter((h) => h.direction === 'both');

export const responseHeadersReference: ReferenceKind = { render: renderResponseHeaders };

function renderResponseHeaders(locale: Locale): ReferenceNode[] {
  const t = translator(locale);
  const link = (h: (typeof responseHeaders)[number]) => `[\`${h.name}\`](#${headerAnchor(h)})`;
  const summary = table(
    [t('reference.header'), t('reference.scriptAccess'), t('reference.status')],
    responseHeaders.map((h) => {
      const access = responseSide(h)?.scriptAccess;
      return [codeLink(headerAnchor(h), h.name), access ? t(scriptAccessKey[access]) : '', t(statusKey[h.status])];
    }),
  );
  const sharedNote = markdown(`${t('reference.sharedHeaders')} ${shared.map(link).join(', ')}.`);
  return [summary, sharedNote, ...responseOnly.flatMap((header) => renderHeaderEntry(header, locale))];
}
