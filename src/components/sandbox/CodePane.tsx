/**
 * The live editor: Sandpack's CodeMirror editor only (no preview, no
 * console, nothing that would start Sandpack's remote bundler). The code
 * itself lives in the Sandpack provider's state, where the toolbar reads it.
 */
import { SandpackCodeEditor } from '@codesandbox/sandpack-react';
import { useEffect, useRef } from 'react';

interface Props {
  label: string;
  hint: string;
  minHeight: number;
}

export function CodePane({ label, hint, minHeight }: Props) {
  const pane = useRef<HTMLDivElement>(null);

  // Sandpack labels the editor in English; the page's language wins.
  useEffect(() => {
    for (const element of pane.current?.querySelectorAll('[aria-label^="Code Editor"], .cm-content') ?? []) {
      element.setAttribute('aria-label', label);
      element.setAttribute('aria-description', hint);
    }
  });

  return (
    <div ref={pane} className="sandbox-code" style={{ minHeight }}>
      <SandpackCodeEditor showLineNumbers showTabs={false} showRunButton={false} initMode="immediate" />
    </div>
  );
}
