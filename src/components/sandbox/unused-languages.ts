/**
 * Stands in for `@codemirror/lang-html` and `@codemirror/lang-css` in the
 * editor's bundle (aliases in astro.config.mjs). Sandpack's editor imports
 * every language it can highlight; the sandboxes only ever open `index.ts`,
 * so HTML and CSS support (their parsers, about 13 KB gzip) would be shipped
 * and never run. A file of either kind would show as plain text.
 */
import type { Extension } from '@codemirror/state';

export const html = (): Extension => [];
export const css = (): Extension => [];
