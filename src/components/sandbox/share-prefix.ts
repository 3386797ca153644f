/**
 * How a share link's fragment starts (share-link.ts reads and writes the rest).
 * A module of its own so that a page can tell a share link from any other
 * address without loading the decoder and its inflater.
 */
export const sharePrefix = '#share=';

/** The start of a link shared from the sandbox `id`. */
export function shareFragmentPrefix(id: string): string {
  return `${sharePrefix}${id}:`;
}
