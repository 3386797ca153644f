/**
 * A Sätteri Markdown plugin that expands `::reference{kind="..."}` into the
 * entries of a data module, in the locale of the page being rendered.
 * The kinds it knows are listed in `./kinds.ts`.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { localeOfDocPath } from '../data/locale.ts';
import { referenceKinds } from './kinds.ts';

export const referencePlugin: MdastPluginEntry = ({ fileURL }) => {
  if (!fileURL) return null;
  const path = fileURLToPath(fileURL);
  const locale = localeOfDocPath(path);
  return {
    name: 'reference-entries',
    leafDirective(node, ctx) {
      if (node.name !== 'reference') return;
      const kind = node.attributes?.kind ?? '';
      const reference = referenceKinds[kind];
      if (!reference) {
        const known = Object.keys(referenceKinds).join(', ');
        throw new Error(`${path}: unknown reference kind "${kind}" (known kinds: ${known})`);
      }
      ctx.replaceNode(node, reference.render(locale));
    },
  };
};
