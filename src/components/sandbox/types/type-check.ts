/**
 * The sandboxes' type checker: TypeScript's language service over one file,
 * `/index.ts`, with the standard library and the browser's declarations
 * (DOM, fetch, URL, console) and nothing else, as the sandbox runs it: an ES
 * module with top-level `await`, in a browser worker.
 *
 * It never runs code and never reads the disk: the caller hands it the
 * TypeScript module and the text of the lib files (`libFileNames` lists them),
 * so the same module serves the editor's worker (libs bundled at build time
 * from the `typescript` package) and the unit tests (libs read from
 * node_modules). `@typescript/vfs`, from the TypeScript team, supplies the
 * in-memory file system and language-service host.
 */
import { createSystem, createVirtualTypeScriptEnvironment, type VirtualTypeScriptEnvironment } from '@typescript/vfs';
import type * as TS from 'typescript';

export const sandboxFile = '/index.ts';
/** What the runner gives the reader's code: a modern engine, the browser's APIs. */
export const sandboxLibs = ['es2023', 'dom', 'dom.iterable', 'dom.asynciterable'] as const;

export function sandboxCompilerOptions(ts: typeof TS): TS.CompilerOptions {
  return {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    // Every sandbox is a module (top-level await works) even when it imports nothing.
    moduleDetection: ts.ModuleDetectionKind.Force,
    lib: sandboxLibs.map((lib) => `lib.${lib}.d.ts`),
    strict: true,
    // The runner only strips types, file by file, as Sucrase does.
    isolatedModules: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
}

/**
 * The lib files the sandbox needs, following each file's `/// <reference lib="…" />`
 * from `sandboxLibs`. `read` gives a lib file's text by its name (`lib.es5.d.ts`).
 */
export function libFiles(read: (name: string) => string): Map<string, string> {
  const files = new Map<string, string>();
  const pending = sandboxLibs.map((lib) => `lib.${lib}.d.ts`);
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (files.has(name)) continue;
    const text = read(name);
    files.set(name, text);
    for (const [, lib] of text.matchAll(/\/\/\/\s*<reference\s+lib="([^"]+)"/g)) pending.push(`lib.${lib!.toLowerCase()}.d.ts`);
  }
  return files;
}

export interface TypeDiagnostic {
  /** Offsets in the code, as CodeMirror counts them (UTF-16, like TypeScript). */
  from: number;
  to: number;
  /** 1-based, as editors show them. */
  line: number;
  column: number;
  /** TypeScript's error code, e.g. 2339; the key of its explanation (type-explanations.ts). */
  code: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface TypeChecker {
  diagnostics(code: string): TypeDiagnostic[];
  /** The TypeScript service itself, for completions and hover (type-service.ts). */
  update(code: string): TS.LanguageService;
}

export function createTypeChecker(ts: typeof TS, libs: Map<string, string>): TypeChecker {
  const fsMap = new Map<string, string>();
  for (const [name, text] of libs) fsMap.set(`/${name}`, text);
  fsMap.set(sandboxFile, ' ');
  const env: VirtualTypeScriptEnvironment = createVirtualTypeScriptEnvironment(createSystem(fsMap), [sandboxFile], ts, sandboxCompilerOptions(ts));
  let current = ' ';

  const update = (code: string) => {
    // The environment refuses empty content; a space changes no position.
    const text = code === '' ? ' ' : code;
    if (text !== current) {
      env.updateFile(sandboxFile, text);
      current = text;
    }
    return env.languageService;
  };

  return {
    update,
    diagnostics(code) {
      const service = update(code);
      const found = [...service.getSyntacticDiagnostics(sandboxFile), ...service.getSemanticDiagnostics(sandboxFile)];
      const source = env.getSourceFile(sandboxFile);
      return found.map((diagnostic) => {
        const from = diagnostic.start ?? 0;
        const to = Math.min(from + (diagnostic.length ?? 0), code.length);
        const position = source ? ts.getLineAndCharacterOfPosition(source, from) : { line: 0, character: 0 };
        return {
          from,
          to: Math.max(to, from),
          line: position.line + 1,
          column: position.character + 1,
          code: diagnostic.code,
          severity: diagnostic.category === ts.DiagnosticCategory.Error ? 'error' : 'warning',
          message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
        };
      });
    },
  };
}
