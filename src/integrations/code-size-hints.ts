/**
 * Expressive Code plugin: each code block tells the browser how big its code
 * is before the browser lays it out.
 *
 * Code is most of a lesson's elements (on /request/, about half of 4,900):
 * a line is two elements and a coloured token one more. A phone that styles
 * and lays out every line while the page loads is blocked for hundreds of
 * milliseconds, so the code inside a block is laid out only as the reader
 * nears it (`content-visibility: auto` in src/styles/custom.css). Until then
 * the block holds the size written here: as many lines as it has, as wide as
 * its longest line (a monospace font makes `ch` exact). So the page is as
 * tall as it will be, a link to a heading lands where it should, and
 * Expressive Code's script, which makes a block that scrolls sideways
 * focusable, measures the same overflow it would on the drawn code.
 *
 * Wrapped blocks get no hint and are laid out with the page: how many lines
 * a wrapped line takes depends on the screen's width, and a block that grows
 * when it is drawn would push the text below it (and a linked heading) away.
 */
import type { ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import type { Element, ElementContent } from '@astrojs/starlight/expressive-code/hast';

export interface CodeSize {
  /** Lines of the block. */
  rows: number;
  /** Characters of its longest line. */
  columns: number;
  /** Characters of its first line, which Expressive Code pads further to keep clear of the copy button. */
  firstColumns: number;
}

/** The block's size in lines and characters, or undefined for a wrapped block, whose height depends on the screen. */
export function codeSize(lines: readonly string[], wrap: boolean): CodeSize | undefined {
  if (wrap) return undefined;
  return { rows: lines.length, columns: Math.max(0, ...lines.map((line) => line.length)), firstColumns: lines[0]?.length ?? 0 };
}

function findCode(node: Element): Element | undefined {
  if (node.tagName === 'code' && node.properties.className === undefined) return node;
  for (const child of node.children as ElementContent[]) {
    if (child.type !== 'element') continue;
    const found = findCode(child);
    if (found) return found;
  }
  return undefined;
}

/** Writes the size as `--code-rows`, `--code-columns` and `--code-first-columns` on the block's `<pre><code>`, which custom.css reads. */
export function addSizeHint(blockAst: Element, size: CodeSize): boolean {
  const code = findCode(blockAst);
  if (!code) return false;
  const own = typeof code.properties.style === 'string' && code.properties.style ? `${code.properties.style.replace(/;?\s*$/, '')};` : '';
  code.properties.style = `${own}--code-rows:${size.rows};--code-columns:${size.columns};--code-first-columns:${size.firstColumns}`;
  return true;
}

// Typed rather than wrapped in `definePlugin`, like plain-code-tokens.ts, so that it loads in plain Node.
export function pluginCodeSizeHints(): ExpressiveCodePlugin {
  return {
    name: 'Code size hints',
    hooks: {
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        const size = codeSize(codeBlock.getLines().map((line) => line.text), codeBlock.props.wrap === true);
        if (size) addSizeHint(renderData.blockAst, size);
      },
    },
  };
}
