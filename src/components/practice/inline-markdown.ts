/**
 * The inline Markdown of question texts (`code`, **bold**, *emphasis*,
 * [links](/page/#anchor)) as a small tree that SelfCheck renders with Astro
 * elements. Reference entries go through the page's Markdown processor, but a
 * component cannot hand text back to it; a tree rather than an HTML string
 * means nothing from the data is ever parsed as HTML, and the tests read the
 * links from the same tree the page renders.
 */

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'code'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

/**
 * Parses inline Markdown. What is not well formed (a backtick, `**` or `[`
 * without its closing partner) stays literal text; the unit tests flag such
 * leftovers, so a typo in the data is found before a reader sees it.
 */
export function parseInline(source: string): Inline[] {
  const nodes: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) nodes.push({ type: 'text', value: text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const code = /^(`+)([\s\S]*?[^`])\1(?!`)/.exec(rest);
    if (code) {
      flush();
      nodes.push({ type: 'code', value: code[2] ?? '' });
      i += code[0].length;
      continue;
    }
    const strong = /^\*\*(?=\S)([\s\S]*?\S)\*\*/.exec(rest);
    if (strong) {
      flush();
      nodes.push({ type: 'strong', children: parseInline(strong[1] ?? '') });
      i += strong[0].length;
      continue;
    }
    const emphasis = /^\*(?=[^\s*])([\s\S]*?[^\s*])\*(?!\*)/.exec(rest);
    if (emphasis) {
      flush();
      nodes.push({ type: 'emphasis', children: parseInline(emphasis[1] ?? '') });
      i += emphasis[0].length;
      continue;
    }
    const link = rest.startsWith('[') ? linkAt(rest) : undefined;
    if (link) {
      flush();
      nodes.push({ type: 'link', href: link.href, children: parseInline(link.label) });
      i += link.length;
      continue;
    }
    text += source[i];
    i += 1;
  }
  flush();
  return nodes;
}

/** `[label](href)` at the start of `source`; the label may hold code spans with brackets in them. */
function linkAt(source: string): { label: string; href: string; length: number } | undefined {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '`') {
      const end = source.indexOf('`', i + 1);
      if (end === -1) return undefined;
      i = end;
    } else if (char === '[') {
      depth += 1;
    } else if (char === ']') {
      depth -= 1;
      if (depth === 0) {
        const href = /^\(([^()\s]+)\)/.exec(source.slice(i + 1));
        if (!href) return undefined;
        return { label: source.slice(1, i), href: href[1] ?? '', length: i + 1 + href[0].length };
      }
    }
  }
  return undefined;
}

/** Every link target in a text, in order. */
export function linksIn(source: string): string[] {
  const walk = (nodes: Inline[]): string[] =>
    nodes.flatMap((node) => {
      if (node.type === 'link') return [node.href, ...walk(node.children)];
      if (node.type === 'strong' || node.type === 'emphasis') return walk(node.children);
      return [];
    });
  return walk(parseInline(source));
}

/** The text a reader sees, without markup: for labels, search and tests. */
export function plainText(nodes: Inline[]): string {
  return nodes.map((node) => ('value' in node ? node.value : plainText(node.children))).join('');
}

/** Markup characters left in plain text: a sign that a code span, emphasis or link is not closed. */
export function strayMarkup(source: string): string[] {
  const walk = (nodes: Inline[]): string[] =>
    nodes.flatMap((node) => {
      if (node.type === 'text') return [...node.value.matchAll(/`|\*|\[|\]\(/g)].map((m) => m[0]);
      if (node.type === 'code') return [];
      return walk(node.children);
    });
  return walk(parseInline(source));
}
