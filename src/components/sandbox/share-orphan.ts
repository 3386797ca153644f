/**
 * A share link whose sandbox is not on the page: cut short inside its id
 * (`#share=crud-cre`), or made on another page. No sandbox claims it, so
 * without this the reader would see the page with no word about the code
 * they were sent. The message goes at the top of the content, where the
 * reader lands, and every sandbox keeps its original code.
 */
import { readShareFragment } from './share-link.ts';

export function reportOrphanShareLink(message: string): void {
  const shared = readShareFragment(window.location.hash);
  if (!shared) return;
  const claimed = [...document.querySelectorAll<HTMLElement>('[data-sandbox]')].some((sandbox) => sandbox.dataset.sandbox === shared.id);
  if (claimed) return;
  const content = document.querySelector('main .sl-markdown-content');
  if (!content || content.querySelector('.share-orphan')) return;
  const note = document.createElement('p');
  note.className = 'share-orphan';
  note.setAttribute('role', 'alert');
  note.textContent = message;
  content.prepend(note);
}
