/**
 * The aside that marks where a page departs from the course notes it was
 * written from ("Compared with the course notes"), so readers who know the
 * notes see what changed and why. Every kind with corrections uses it.
 */
import type { Locale } from '../data/locale.ts';
import { translator } from '../i18n.ts';
import { titledAside, type RawMarkdown } from './markdown.ts';

export function notesCorrection(locale: Locale, text: string): RawMarkdown {
  return titledAside('note', translator(locale)('reference.comparedWithNotes'), text);
}
