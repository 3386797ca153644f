/**
 * The live editor: Sandpack's CodeMirror editor only (no preview, no
 * console, nothing that would start Sandpack's remote bundler). The code
 * itself lives in the Sandpack provider's state, where the toolbar reads it.
 *
 * The type service (types/type-service.ts: errors, completions, hover types)
 * is fetched the first time the reader focuses the editor, then switched on
 * through a compartment: a reader who only runs the code never loads
 * TypeScript.
 */
import { SandpackCodeEditor } from '@codesandbox/sandpack-react';
import { Compartment } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useMemo, useRef } from 'react';
import type { ExplainedDiagnostic } from './types/type-service.ts';

interface Props {
  label: string;
  hint: string;
  minHeight: number;
  locale: 'ro' | 'en';
  localeRoot: string;
  onDiagnostics(diagnostics: ExplainedDiagnostic[]): void;
}

export function CodePane({ label, hint, minHeight, locale, localeRoot, onDiagnostics }: Props) {
  const pane = useRef<HTMLDivElement>(null);
  const report = useRef(onDiagnostics);
  report.current = onDiagnostics;

  // Made once per editor: Sandpack appends extensions again whenever the array changes.
  const extensions = useMemo(() => {
    const types = new Compartment();
    let requested = false;
    const loadOnFocus = EditorView.updateListener.of((update) => {
      if (requested || !update.view.hasFocus) return;
      requested = true;
      void import('./types/type-service.ts').then(({ typeExtensions }) => {
        const extension = typeExtensions({ locale, localeRoot, onDiagnostics: (found) => report.current(found) });
        update.view.dispatch({ effects: types.reconfigure(extension) });
      });
    });
    return [types.of([]), loadOnFocus];
  }, [locale, localeRoot]);

  // Sandpack labels the editor in English; the page's language wins.
  useEffect(() => {
    for (const element of pane.current?.querySelectorAll('[aria-label^="Code Editor"], .cm-content') ?? []) {
      element.setAttribute('aria-label', label);
      element.setAttribute('aria-description', hint);
    }
  });

  return (
    <div ref={pane} className="sandbox-code" style={{ minHeight }}>
      <SandpackCodeEditor showLineNumbers showTabs={false} showRunButton={false} initMode="immediate" extensions={extensions} />
    </div>
  );
}
