/** Messages between the editor and the type worker (type-worker.ts). Positions are offsets in the code. */
import type { TypeDiagnostic } from './type-check.ts';

export type TypeRequest =
  | { id: number; kind: 'diagnostics'; code: string }
  | { id: number; kind: 'completions'; code: string; pos: number; explicit: boolean }
  | { id: number; kind: 'hover'; code: string; pos: number };

export interface CompletionItem {
  label: string;
  /** CodeMirror's completion type, which picks the icon: property, method, function, variable... */
  type: string;
}

export interface Completions {
  from: number;
  items: CompletionItem[];
}

export interface HoverInfo {
  from: number;
  to: number;
  /** The declaration, e.g. `const res: Response`. */
  signature: string;
  documentation: string;
}

export type TypeReply =
  | { id: number; kind: 'diagnostics'; result: TypeDiagnostic[] }
  | { id: number; kind: 'completions'; result: Completions | null }
  | { id: number; kind: 'hover'; result: HoverInfo | null }
  | { id: number; kind: 'failed'; message: string };
