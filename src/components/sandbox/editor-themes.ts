/**
 * Sandpack themes matched to Starlight's light and dark palettes. Every
 * syntax colour keeps a contrast of at least 4.5:1 (WCAG AA) against its
 * editor background; the pairs come from GitHub's accessible light and dark
 * themes.
 */
import type { SandpackTheme } from '@codesandbox/sandpack-react';

const font = {
  body: 'var(--site-font, system-ui, sans-serif)',
  mono: 'var(--site-font-mono, ui-monospace, monospace)',
  // Expressive Code's size and line height (0.9rem, 1.7): the static code and the editor line up.
  size: '0.9rem',
  lineHeight: '1.7',
};

export const lightTheme: SandpackTheme = {
  colors: {
    surface1: '#ffffff',
    surface2: '#d0d7de',
    surface3: '#f3f5f7',
    clickable: '#57606a',
    base: '#1f2328',
    disabled: '#57606a',
    hover: '#1f2328',
    accent: '#0550ae',
    error: '#a40e26',
    errorSurface: '#ffebe9',
  },
  syntax: {
    plain: '#1f2328',
    comment: { color: '#57606a', fontStyle: 'italic' },
    keyword: '#cf222e',
    tag: '#116329',
    punctuation: '#1f2328',
    definition: '#6639ba',
    property: '#0550ae',
    static: '#0550ae',
    string: '#0a3069',
  },
  font,
};

export const darkTheme: SandpackTheme = {
  colors: {
    surface1: '#16181d',
    surface2: '#3d444d',
    surface3: '#21262d',
    clickable: '#9198a1',
    base: '#e6edf3',
    disabled: '#9198a1',
    hover: '#e6edf3',
    accent: '#79c0ff',
    error: '#ffa198',
    errorSurface: '#3c1618',
  },
  syntax: {
    plain: '#e6edf3',
    comment: { color: '#9198a1', fontStyle: 'italic' },
    keyword: '#ff7b72',
    tag: '#7ee787',
    punctuation: '#e6edf3',
    definition: '#d2a8ff',
    property: '#79c0ff',
    static: '#79c0ff',
    string: '#a5d6ff',
  },
  font,
};
