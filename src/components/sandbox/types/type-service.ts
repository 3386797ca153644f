/**
 * What the editor gets once the reader focuses it: type errors as
 * underlines (with TypeScript's message and this site's explanation on
 * hover), completions from the types, and the type of a name on hover.
 * Loaded with `import()` on the first focus (CodePane.tsx), so none of it,
 * nor the worker with TypeScript itself, is fetched before.
 *
 * Built on CodeMirror's own lint, autocomplete and tooltip extensions rather
 * than an integration package: the site needs its own explanations and its
 * list of problems under the editor, which sit between the worker's answers
 * and CodeMirror's, and the rest is a few calls.
 */
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { linter, type Diagnostic } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import { hoverTooltip, type EditorView } from '@codemirror/view';
import type { TypeDiagnostic } from './type-check.ts';
import { explain } from './type-explanations.ts';
import type { Completions, HoverInfo, TypeReply, TypeRequest } from './type-protocol.ts';

type Ask = { kind: 'diagnostics'; code: string } | { kind: 'completions'; code: string; pos: number; explicit: boolean } | { kind: 'hover'; code: string; pos: number };

/** A type error as the reader sees it: TypeScript's words, then the site's, in the page's language. */
export interface ExplainedDiagnostic extends TypeDiagnostic {
  explanation?: { text: string; href?: string };
}

export interface TypeServiceOptions {
  locale: 'ro' | 'en';
  /** The site's root for this locale, e.g. `/` or `/en/`, for the explanations' links. */
  localeRoot: string;
  onDiagnostics(diagnostics: ExplainedDiagnostic[]): void;
}

// One worker for every sandbox of the page: the TypeScript service and its libs load once.
let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, (reply: TypeReply) => void>();

function startWorker(): Worker {
  const started = new Worker(new URL('./type-worker.ts', import.meta.url), { type: 'module', name: 'sandbox-types' });
  started.addEventListener('message', (event: MessageEvent<TypeReply>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  });
  started.addEventListener('error', () => {
    // A worker that failed to start answers nothing: settle every question, try again next time.
    for (const [id, settle] of waiting) settle({ id, kind: 'failed', message: 'type worker failed' });
    waiting.clear();
    worker = undefined;
  });
  return started;
}

function ask(question: Ask): Promise<TypeReply> {
  worker ??= startWorker();
  const id = nextId++;
  const target = worker;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    target.postMessage({ ...question, id } satisfies TypeRequest);
  });
}

/** Inline `code` in an explanation, as <code>, without parsing Markdown for one feature. */
function withCode(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  text.split('`').forEach((part, index) => {
    if (index % 2 === 1) {
      const code = document.createElement('code');
      code.textContent = part;
      fragment.append(code);
    } else fragment.append(part);
  });
  return fragment;
}

function explained(diagnostic: TypeDiagnostic, options: TypeServiceOptions): ExplainedDiagnostic {
  const explanation = explain(diagnostic.code, diagnostic.message);
  if (!explanation) return diagnostic;
  const text = explanation.text[options.locale];
  return { ...diagnostic, explanation: explanation.link ? { text, href: `${options.localeRoot}${explanation.link}` } : { text } };
}

function renderMessage(diagnostic: ExplainedDiagnostic): Node {
  const box = document.createElement('div');
  box.className = 'sandbox-type-message';
  const message = document.createElement('p');
  message.textContent = `${diagnostic.message} (TS${diagnostic.code})`;
  box.append(message);
  if (diagnostic.explanation) {
    const explanation = document.createElement('p');
    explanation.lang = document.documentElement.lang;
    explanation.append(withCode(diagnostic.explanation.text));
    box.append(explanation);
  }
  return box;
}

export function typeExtensions(options: TypeServiceOptions): Extension[] {
  const lint = linter(
    async (view: EditorView): Promise<Diagnostic[]> => {
      const code = view.state.doc.toString();
      const reply = await ask({ kind: 'diagnostics', code });
      // Edited meanwhile: the next run of the linter has the newer answer.
      if (reply.kind !== 'diagnostics' || view.state.doc.toString() !== code) return [];
      const found = reply.result.map((diagnostic) => explained(diagnostic, options));
      options.onDiagnostics(found);
      return found.map((diagnostic) => ({
        from: diagnostic.from,
        to: diagnostic.to,
        severity: diagnostic.severity,
        message: diagnostic.message,
        renderMessage: () => renderMessage(diagnostic),
      }));
    },
    { delay: 400 },
  );

  const complete = async (context: CompletionContext): Promise<CompletionResult | null> => {
    const reply = await ask({ kind: 'completions', code: context.state.doc.toString(), pos: context.pos, explicit: context.explicit });
    if (reply.kind !== 'completions' || reply.result === null || context.aborted) return null;
    const { from, items }: Completions = reply.result;
    return { from, options: items, validFor: /^[\w$]*$/ };
  };

  const hover = hoverTooltip(async (view, pos) => {
    const reply = await ask({ kind: 'hover', code: view.state.doc.toString(), pos });
    if (reply.kind !== 'hover' || reply.result === null) return null;
    const info: HoverInfo = reply.result;
    // A misspelt name is `any` to TypeScript: the error's own tooltip says more than that.
    if (info.signature === 'any' && info.documentation === '') return null;
    return {
      pos: info.from,
      end: info.to,
      above: true,
      create() {
        const dom = document.createElement('div');
        dom.className = 'sandbox-type-hover';
        const signature = document.createElement('code');
        signature.textContent = info.signature;
        dom.append(signature);
        if (info.documentation) {
          const documentation = document.createElement('p');
          documentation.lang = 'en';
          documentation.textContent = info.documentation;
          dom.append(documentation);
        }
        return { dom };
      },
    };
  });

  return [lint, autocompletion({ override: [complete], icons: true }), hover];
}
