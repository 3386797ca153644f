/**
 * Expressive Code plugin: no element for a token that looks like plain code.
 *
 * Expressive Code wraps every token of highlighted code in a `<span>` with its
 * colour in each theme (`style="--0:#D6DEEB;--1:#403F53"`), even when that
 * colour is the code block's own text colour in every theme, and even when
 * the token is only spaces, whose colour nobody can see. On the longest
 * lesson page those spans are about 940 of 3,260 code elements, and each
 * element costs style and layout work while a phone renders the page. This
 * plugin puts such a span's text straight into its parent: what the reader
 * sees and copies is the same, with fewer elements to lay out.
 *
 * A span is kept when it carries anything else (italic, bold, a background,
 * underlining) or a class: only colour, where it changes nothing, is dropped.
 * Expressive Code has no option for this, hence the plugin.
 */
import type { ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import type { Element, ElementContent } from '@astrojs/starlight/expressive-code/hast';

/** A token's style, `--0:#D6DEEB;--1:#403F53`, as theme index → colour; undefined if it sets anything but colours. */
export function tokenColours(style: string): Map<number, string> | undefined {
  const colours = new Map<number, string>();
  for (const declaration of style.split(';')) {
    if (!declaration.trim()) continue;
    const match = /^\s*--(\d+)\s*:\s*(\S+)\s*$/.exec(declaration);
    if (!match) return undefined; // --0fs, --0bg, --0td... or anything unexpected: keep the span.
    colours.set(Number(match[1]), match[2]!.toLowerCase());
  }
  return colours;
}

/** True when the span adds nothing the reader could see to its text. */
export function isPlainToken(node: Element, codeColours: readonly string[]): boolean {
  if (node.tagName !== 'span') return false;
  const { style, className, ...rest } = node.properties;
  if (typeof style !== 'string' || className !== undefined || Object.keys(rest).length > 0) return false;
  if (!node.children.every((child) => child.type === 'text')) return false;
  const colours = tokenColours(style);
  if (!colours || colours.size === 0) return false;
  const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
  // Spaces show no colour; anything else must have the code's own colour in every theme.
  if (/^\s*$/.test(text)) return true;
  return codeColours.every((colour, index) => colours.get(index) === colour) && colours.size === codeColours.length;
}

/** Adds `node` to `children`, joining it to a text node just before it, as the browser would parse them. */
function appendMerged(children: ElementContent[], node: ElementContent): void {
  const last = children.at(-1);
  if (node.type === 'text' && last?.type === 'text') last.value += node.value;
  else children.push(node);
}

/** Replaces every plain token under `node` with its text; returns how many it replaced. */
export function unwrapPlainTokens(node: Element, codeColours: readonly string[]): number {
  let count = 0;
  const children: ElementContent[] = [];
  for (const child of node.children) {
    if (child.type === 'element' && isPlainToken(child, codeColours)) {
      count += 1;
      for (const text of child.children) appendMerged(children, text);
      continue;
    }
    if (child.type === 'element') count += unwrapPlainTokens(child, codeColours);
    appendMerged(children, child);
  }
  node.children = children;
  return count;
}

// Typed rather than wrapped in `definePlugin` (which only returns its argument), so that the
// functions above load in plain Node for their unit tests.
export function pluginPlainCodeTokens(): ExpressiveCodePlugin {
  return {
    name: 'Plain code tokens',
    hooks: {
      postprocessRenderedBlock: ({ renderData, styleVariants }) => {
        // The code's own colour per theme, in the order the style's --0, --1... name them.
        const codeColours = styleVariants.map((variant) => String(variant.resolvedStyleSettings.get('codeForeground')).toLowerCase());
        unwrapPlainTokens(renderData.blockAst, codeColours);
      },
    },
  };
}
