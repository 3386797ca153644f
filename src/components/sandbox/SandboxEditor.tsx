/**
 * The sandbox island. Server-rendered, it shows the toolbar, the static
 * highlighted code (passed in as children by Sandbox.astro) and an empty
 * output panel. Once hydrated, the editor replaces the static code at the
 * same height, and Run sends the code to the sandboxed runner.
 */
import { SandpackProvider } from '@codesandbox/sandpack-react';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { CodePane, type EditorControls } from './CodePane.tsx';
import { darkTheme, lightTheme } from './editor-themes.ts';
import { NetworkLog } from './NetworkLog.tsx';
import { OutputPanel } from './OutputPanel.tsx';
import { fill, type SandboxStrings } from './strings.ts';
import { useRunner } from './use-runner.ts';
import { useStarlightTheme } from './use-starlight-theme.ts';

interface Props {
  /** The sandbox's id, also its channel to the runner. */
  id: string;
  /** The source with the comments of the page's language. */
  code: string;
  file: string;
  /** The runner frame's URL (under the site's base path). */
  frameUrl: string;
  strings: SandboxStrings;
  children?: ReactNode;
}

export default function SandboxEditor({ id, code, file, frameUrl, strings, children }: Props) {
  const path = `/${file}`;
  const [editorHeight, setEditorHeight] = useState<number | undefined>(undefined);
  const [copied, setCopied] = useState(false);
  const staticCode = useRef<HTMLDivElement>(null);
  const controls = useRef<EditorControls | null>(null);
  const theme = useStarlightTheme();
  const { state, run, clear } = useRunner(id, frameUrl);

  // Swap the static code for the editor, keeping its height so nothing below moves.
  useEffect(() => setEditorHeight(staticCode.current?.offsetHeight ?? 0), []);

  const currentCode = useCallback(() => controls.current?.code() ?? code, [code]);
  const onRun = useCallback(() => void run(currentCode()), [run, currentCode]);

  const onKeyDown = (event: KeyboardEvent) => {
    // Ctrl/Cmd+Enter runs; caught before CodeMirror, whose own Mod-Enter would insert a line.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      onRun();
    }
  };

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(currentCode());
    } catch {
      // No clipboard permission (or an insecure context): there is nothing better to do.
      return;
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };

  const toolbar = (
    <div className="sandbox-toolbar" role="group" aria-label={fill(strings['sandbox.toolbar'], { file })}>
      <span className="sandbox-file">{file}</span>
      <button type="button" className="sandbox-button sandbox-run" onClick={onRun} aria-keyshortcuts="Control+Enter Meta+Enter">
        <span aria-hidden="true">▶</span> {strings['sandbox.run']}
      </button>
      <button type="button" className="sandbox-button" onClick={() => controls.current?.reset()} disabled={editorHeight === undefined}>
        {strings['sandbox.reset']}
      </button>
      <button type="button" className="sandbox-button" onClick={() => void onCopy()}>
        {strings['sandbox.copy']}
      </button>
      <span className="sandbox-sr-only" role="status">
        {copied ? strings['sandbox.copied'] : ''}
      </span>
    </div>
  );

  return (
    <div className="sandbox-shell" data-ready={editorHeight !== undefined} data-state={state.status.state} onKeyDownCapture={onKeyDown}>
      {toolbar}
      {editorHeight === undefined ? (
        <div ref={staticCode} className="sandbox-static">
          {children}
        </div>
      ) : (
        <SandpackProvider
          template="vanilla-ts"
          files={{ [path]: code }}
          theme={theme === 'light' ? lightTheme : darkTheme}
          options={{ activeFile: path, visibleFiles: [path], autorun: false, autoReload: false, initMode: 'immediate' }}
        >
          <CodePane
            path={path}
            label={fill(strings['sandbox.editor'], { file })}
            hint={strings['sandbox.editorHint']}
            minHeight={editorHeight}
            controls={controls}
          />
        </SandpackProvider>
      )}
      <OutputPanel state={state} strings={strings} onClear={clear} />
      <NetworkLog requests={state.requests} strings={strings} />
    </div>
  );
}
