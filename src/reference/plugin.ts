/**
 * A Sätteri Markdown plugin that expands `::reference{kind="..."}` into the
 * entries of a data module, in the locale of the page being rendered.
 *
 * To add a kind of reference entry: write `src/data/<kind>.ts` (the facts) and
 * `src/reference/<kind>.ts` (a renderer returning Markdown nodes), then
 * register the renderer in `renderers` below.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { type Locale, localeOfDocPath } from '../data/locale.ts';
import type { ReferenceNode } from './markdown.ts';
import { renderStatusCodes } from './status-codes.ts';

const renderers: Record<string, (locale: Locale) => ReferenceNode[]> = {
  'status-codes': renderStatusCodes,
};

export const referenceKinds = Object.keys(renderers);

export const referencePlugin: MdastPluginEntry = ({ fileURL }) => {
  if (!fileURL) return null;
  const locale = localeOfDocPath(fileURLToPath(fileURL));
  return {
    name: 'reference-entries',
    leafDirective(node, ctx) {
      if (node.name !== 'reference') return;
      const kind = node.attributes?.kind ?? '';
      const render = renderers[kind];
      if (!render) {
        throw new Error(
          `${fileURLToPath(fileURL)}: unknown reference kind "${kind}" (known: ${referenceKinds.join(', ')})`,
        );
      }
      ctx.replaceNode(node, render(locale));
    },
  };
};
