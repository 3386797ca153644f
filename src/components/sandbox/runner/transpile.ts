/**
 * TypeScript → JavaScript with Sucrase: it only removes types (no
 * down-levelling, no module conversion), so the result is still an ES module
 * with top-level `await`, and every line stays on the line it came from:
 * an error's line number in the JavaScript is its line in the TypeScript.
 */
import { transform } from 'sucrase';
import type { Preview } from './preview.ts';

export function transpile(source: string): string {
  return transform(source, { transforms: ['typescript'], disableESTransforms: true, filePath: 'index.ts' }).code;
}

/** Sucrase's parse errors end with "(line:column)"; the position becomes the preview's line. */
export function syntaxErrorPreview(error: unknown): Preview {
  const message = error instanceof Error ? error.message : String(error);
  const position = /\s*\((\d+):(\d+)\)$/.exec(message);
  const result: Preview = { t: 'error', name: 'SyntaxError', message: position ? message.slice(0, position.index) : message };
  if (position) result.line = Number(position[1]);
  return result;
}
