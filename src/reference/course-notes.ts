/**
 * The aside that marks where a page departs from the course notes it was
 * written from ("Compared with the course notes"), so readers who know the
 * notes see what changed and why.
 */
import type { Locale } from '../data/locale.ts';
import { markdown, type RawMarkdown } from './markdown.ts';
import { uiString } from './ui.ts';

export function notesCorrection(locale: Locale, text: string): RawMarkdown {
  const body = markdown(text).raw;
  return { raw: `:::note[${uiString(locale, 'reference.comparedWithNotes')}]\n${body}\n:::`, mdxExpressions: false };
}
