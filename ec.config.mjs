// @ts-check
// Expressive Code's options, for Markdown code blocks and the <Code> component alike.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { pluginCodeSizeHints } from './src/integrations/code-size-hints.ts';
import { pluginPlainCodeTokens } from './src/integrations/plain-code-tokens.ts';

export default defineEcConfig({
  // Styles inline, in the first code block of each page: Astro drops <link> elements from an
  // island's server-rendered children, so a page whose first code block is a sandbox's static
  // code (status codes) lost the external stylesheet, and its code its colours.
  emitExternalStylesheet: false,
  // No element for a token in the code's own colour, or made of spaces: see plain-code-tokens.ts.
  // Each block's size before its code is laid out, for `content-visibility: auto`: see code-size-hints.ts.
  plugins: [pluginPlainCodeTokens(), pluginCodeSizeHints()],
});
