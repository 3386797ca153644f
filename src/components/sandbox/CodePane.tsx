/**
 * The live editor: Sandpack's CodeMirror editor only (no preview, no
 * console, nothing that would start Sandpack's remote bundler). It reports
 * the current code and a reset to the island through `controls`.
 */
import { SandpackCodeEditor, useActiveCode, useSandpack } from '@codesandbox/sandpack-react';
import { useEffect, useRef, useState, type RefObject } from 'react';

export interface EditorControls {
  code(): string;
  reset(): void;
}

interface Props {
  path: string;
  label: string;
  hint: string;
  minHeight: number;
  controls: RefObject<EditorControls | null>;
}

export function CodePane({ path, label, hint, minHeight, controls }: Props) {
  const { code } = useActiveCode();
  const { sandpack } = useSandpack();
  // A new key gives CodeMirror a new state: Reset also forgets the undo history and the selection.
  const [generation, setGeneration] = useState(0);
  const pane = useRef<HTMLDivElement>(null);
  const codeRef = useRef(code);
  codeRef.current = code;

  useEffect(() => {
    controls.current = {
      code: () => codeRef.current,
      reset: () => {
        sandpack.resetFile(path);
        setGeneration((g) => g + 1);
      },
    };
  }, [controls, path, sandpack]);

  // Sandpack labels the editor in English; the page's language wins.
  useEffect(() => {
    for (const element of pane.current?.querySelectorAll('[aria-label^="Code Editor"], .cm-content') ?? []) {
      element.setAttribute('aria-label', label);
      element.setAttribute('aria-description', hint);
    }
  });

  return (
    <div ref={pane} className="sandbox-code" style={{ minHeight }}>
      <SandpackCodeEditor key={generation} showLineNumbers showTabs={false} showRunButton={false} initMode="immediate" />
    </div>
  );
}
