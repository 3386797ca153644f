/**
 * The end of every socket entry's facts line, for calls and errors alike:
 * "not in the notes" when the course notes do not cover the entry, then its
 * Python and Node.js documentation, the two APIs the sockets page compares.
 */
import type { Locale } from '../data/locale.ts';
import { translator } from '../i18n.ts';
import type { Fact } from './facts-line.ts';
import { link } from './phrasing.ts';

export interface SocketSources {
  fromNotes: boolean;
  pythonDocs: string;
  nodeDocs: string;
}

export function socketSourceFacts(entry: SocketSources, locale: Locale): Fact[] {
  const t = translator(locale);
  return [
    ...(entry.fromNotes ? [] : [{ value: t('reference.notInNotes') }]),
    { value: link(entry.pythonDocs, t('reference.pythonDocs')) },
    { value: link(entry.nodeDocs, t('reference.nodeDocs')) },
  ];
}
