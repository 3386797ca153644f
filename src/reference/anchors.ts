/**
 * The heading anchors a reference kind creates, read from the nodes it
 * renders rather than listed a second time beside the renderer: tests and
 * link checks then see exactly the ids the page will carry.
 *
 * Only generated headings count. Text from data is inline Markdown (see
 * `markdown()`), so the raw Markdown a kind splices in holds no headings.
 */
import type { Locale } from '../data/locale.ts';
import type { ReferenceKind } from './reference-kind.ts';

/** The ids of the headings in a list of Markdown nodes (`ReferenceNode`s and their children), in document order. */
export function headingIds(nodes: readonly unknown[]): string[] {
  return nodes.flatMap((node) => {
    if (typeof node !== 'object' || node === null || !('type' in node)) return [];
    const own = node.type === 'heading' ? [idOf(node)] : [];
    const children = 'children' in node && Array.isArray(node.children) ? headingIds(node.children) : [];
    return [...own, ...children];
  });
}

/** Every anchor a kind creates on a page in `locale`, in page order (the same in both locales: a unit test checks). */
export function anchorsOf(kind: ReferenceKind, locale: Locale): string[] {
  return headingIds(kind.render(locale));
}

/** A heading's `id`; `heading()` always sets one, so a heading without it is a renderer's bug. */
function idOf(heading: object): string {
  const id = (heading as { data?: { hProperties?: { id?: unknown } } }).data?.hProperties?.id;
  if (typeof id !== 'string' || id === '') throw new Error('reference: a rendered heading has no id; build it with heading()');
  return id;
}
