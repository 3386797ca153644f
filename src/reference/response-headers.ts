/**
 * Renders `::reference{kind="response-headers"}`: a summary table of all 19
 * response headers, then one entry per response-only header (`#date`,
 * `#set-cookie`...). The four headers used in both directions keep their
 * single entry (and anchor) with the request headers, on the request page:
 * here they are linked there, in the reader's language.
 */
import { headerAnchor, responseHeaders, responseSide } from '../data/headers.ts';
import type { Locale } from '../data/locale.ts';
import { translator } from '../i18n.ts';
import { renderHeaderEntry, scriptAccessKey, statusKey } from './header-entry.ts';
import { type ReferenceNode, table } from './markdown.ts';
import { inlineCode, joined, link, pageAnchorUrl, text } from './phrasing.ts';
import type { ReferenceKind } from './reference-kind.ts';

const responseOnly = responseHeaders.filter((h) => h.direction === 'response');
const shared = responseHeaders.filter((h) => h.direction === 'both');

/** The page that places `::reference{kind="request-headers"}`, where the shared headers have their entries. */
export const requestHeadersPage = 'request';

/** Where a response header's entry is: on this page, or with the request headers for a shared one. */
export function responseHeaderUrl(header: (typeof responseHeaders)[number], locale: Locale): string {
  const anchor = headerAnchor(header);
  return header.direction === 'both' ? pageAnchorUrl(locale, requestHeadersPage, anchor) : `#${anchor}`;
}

export const responseHeadersReference: ReferenceKind = { render: renderResponseHeaders };

function renderResponseHeaders(locale: Locale): ReferenceNode[] {
  const t = translator(locale);
  const entryLink = (h: (typeof responseHeaders)[number]) => [link(responseHeaderUrl(h, locale), [inlineCode(h.name)])];
  const summary = table(
    [t('reference.header'), t('reference.scriptAccess'), t('reference.status')],
    responseHeaders.map((h) => {
      const access = responseSide(h)?.scriptAccess;
      return [entryLink(h), access ? t(scriptAccessKey[access]) : '', t(statusKey[h.status])];
    }),
  );
  const sharedNote: ReferenceNode = {
    type: 'paragraph',
    children: [text(`${t('reference.sharedHeaders')} `), ...joined(shared.map(entryLink), ', '), text('.')],
  };
  return [summary, sharedNote, ...responseOnly.flatMap((header) => renderHeaderEntry(header, locale))];
}
