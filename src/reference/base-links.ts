/**
 * Prefixes root-relative links in page content with the site's base path, so
 * that `[codes](/status-codes/)` and `<LinkCard href="/status-codes/" />` keep
 * working when the site is published under a sub-path (`BASE_PATH=/docs/`).
 * Authors always write links from `/`; the links validator then checks the
 * prefixed result.
 */
import type { MdastPluginEntry } from 'satteri';

/** Attributes of MDX components that hold a link (Starlight's LinkCard and LinkButton use `href`). */
const linkAttributes = new Set(['href']);

export function withBase(base: string, href: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (prefix === '' || !href.startsWith('/') || href.startsWith('//')) return href;
  if (href === prefix || href.startsWith(`${prefix}/`)) return href;
  return `${prefix}${href}`;
}

export function baseLinksPlugin(base: string): MdastPluginEntry {
  if (base.replace(/\/+$/, '') === '') return null;
  return {
    name: 'base-links',
    link(node, ctx) {
      const url = withBase(base, node.url);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
    mdxJsxFlowElement(node, ctx) {
      let changed = false;
      const attributes = node.attributes.map((attribute) => {
        if (attribute.type !== 'mdxJsxAttribute' || !linkAttributes.has(attribute.name)) return attribute;
        if (typeof attribute.value !== 'string') return attribute;
        const value = withBase(base, attribute.value);
        if (value === attribute.value) return attribute;
        changed = true;
        return { ...attribute, value };
      });
      // Sätteri cannot set JSX attributes in place: swap in an identical element.
      if (changed) ctx.replaceNode(node, { ...node, attributes, children: [...node.children] });
    },
  };
}
