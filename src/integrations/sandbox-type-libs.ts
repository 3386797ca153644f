/**
 * `virtual:sandbox-type-libs`: the TypeScript lib files the sandboxes' type
 * checker needs (type-check.ts `libFiles`), read from the installed
 * `typescript` package at build time and bundled into the type worker, so
 * the editor never fetches declarations from anywhere but the site.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { libFiles } from '../components/sandbox/types/type-check.ts';

const id = 'virtual:sandbox-type-libs';
const resolved = `\0${id}`;

export function sandboxTypeLibs(): Plugin {
  const libDir = dirname(createRequire(import.meta.url).resolve('typescript/lib/lib.d.ts'));
  return {
    name: 'sandbox-type-libs',
    resolveId: (source) => (source === id ? resolved : undefined),
    load(source) {
      if (source !== resolved) return undefined;
      const files = libFiles((name) => readFileSync(join(libDir, name), 'utf8'));
      return `export default new Map(${JSON.stringify([...files])});`;
    },
  };
}
