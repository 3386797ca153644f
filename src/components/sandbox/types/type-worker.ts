/**
 * The type worker: TypeScript's language service for the sandbox editors of
 * a page, in a Web Worker of the site's own origin so that checking never
 * holds up typing. It only reads the code it is sent; it never runs it (the
 * runner, unchanged, still strips types and runs the code elsewhere).
 */
import ts from 'typescript';
import libs from 'virtual:sandbox-type-libs';
import { createTypeChecker, sandboxFile } from './type-check.ts';
import type { Completions, HoverInfo, TypeReply, TypeRequest } from './type-protocol.ts';

const checker = createTypeChecker(ts, libs);

const completionTypes: Record<string, string> = {
  property: 'property',
  method: 'method',
  function: 'function',
  'local function': 'function',
  var: 'variable',
  let: 'variable',
  const: 'constant',
  'local var': 'variable',
  parameter: 'variable',
  class: 'class',
  interface: 'interface',
  type: 'type',
  enum: 'enum',
  keyword: 'keyword',
  module: 'namespace',
};

function completions(code: string, pos: number, explicit: boolean): Completions | null {
  const before = code.slice(0, pos);
  const word = /[\w$]*$/.exec(before)?.[0] ?? '';
  // While typing, only after a dot or inside a name; Ctrl+Space asks anywhere.
  if (!explicit && word === '' && !before.endsWith('.')) return null;
  const found = checker.update(code).getCompletionsAtPosition(sandboxFile, pos, {});
  if (!found) return null;
  const items = found.entries
    .filter((entry) => entry.name.toLowerCase().startsWith(word.toLowerCase()))
    .sort((a, b) => a.sortText.localeCompare(b.sortText) || a.name.localeCompare(b.name))
    .slice(0, 200)
    .map((entry) => ({ label: entry.name, type: completionTypes[entry.kind] ?? 'variable' }));
  return { from: pos - word.length, items };
}

function hover(code: string, pos: number): HoverInfo | null {
  const info = checker.update(code).getQuickInfoAtPosition(sandboxFile, pos);
  if (!info) return null;
  return {
    from: info.textSpan.start,
    to: info.textSpan.start + info.textSpan.length,
    signature: ts.displayPartsToString(info.displayParts),
    documentation: ts.displayPartsToString(info.documentation),
  };
}

function answer(request: TypeRequest): TypeReply {
  switch (request.kind) {
    case 'diagnostics':
      return { id: request.id, kind: 'diagnostics', result: checker.diagnostics(request.code) };
    case 'completions':
      return { id: request.id, kind: 'completions', result: completions(request.code, request.pos, request.explicit) };
    case 'hover':
      return { id: request.id, kind: 'hover', result: hover(request.code, request.pos) };
  }
}

self.addEventListener('message', (event: MessageEvent<TypeRequest>) => {
  let reply: TypeReply;
  try {
    reply = answer(event.data);
  } catch (error) {
    reply = { id: event.data.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
});
