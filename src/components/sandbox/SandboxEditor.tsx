/**
 * The sandbox island. Server-rendered, it shows the toolbar (disabled), the
 * static highlighted code (passed in as children by Sandbox.astro) and an
 * empty output panel. Once hydrated, the editor replaces the static code at
 * the same height, and Run sends the code to the sandboxed runner.
 *
 * The code belongs to the Sandpack provider's state from then on: the
 * toolbar reads it there (`useActiveCode`), and only Reset puts the original
 * back. The provider resets its files whenever its `files` prop changes
 * identity, so that prop is made once.
 */
import { SandpackProvider, useActiveCode, useSandpack, type SandpackProviderProps } from '@codesandbox/sandpack-react';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { CodePane } from './CodePane.tsx';
import { darkTheme, lightTheme } from './editor-themes.ts';
import { NetworkLog } from './NetworkLog.tsx';
import { OutputPanel } from './OutputPanel.tsx';
import { PanelBoundary } from './PanelBoundary.tsx';
import type { NamespaceStrings } from '../../i18n.ts';
import { interpolate } from '../../interpolate.ts';
import { LiveToolbar, Toolbar } from './Toolbar.tsx';
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
  strings: NamespaceStrings<'sandbox'>;
  children?: ReactNode;
}

interface EditorProps {
  file: string;
  strings: NamespaceStrings<'sandbox'>;
  minHeight: number;
  running: boolean;
  onRun(code: string): void;
  onStop(): void;
}

/** Toolbar and editor, inside the provider. */
function Editor({ file, strings, minHeight, running, onRun, onStop }: EditorProps) {
  const { sandpack } = useSandpack();
  const { code } = useActiveCode();
  // A new key gives CodeMirror a new state: Reset also forgets the undo history and the selection.
  const [generation, setGeneration] = useState(0);

  const onReset = useCallback(() => {
    sandpack.resetFile(sandpack.activeFile);
    setGeneration((g) => g + 1);
  }, [sandpack]);

  const onKeyDown = (event: KeyboardEvent) => {
    // Ctrl/Cmd+Enter runs; caught before CodeMirror, whose own Mod-Enter would insert a line.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      onRun(code);
    }
  };

  return (
    <div onKeyDownCapture={onKeyDown}>
      <LiveToolbar file={file} strings={strings} running={running} onRun={onRun} onStop={onStop} onReset={onReset} />
      <CodePane
        key={generation}
        label={interpolate(strings['sandbox.editor'], { file })}
        hint={strings['sandbox.editorHint']}
        minHeight={minHeight}
      />
    </div>
  );
}

export default function SandboxEditor({ id, code, file, frameUrl, strings, children }: Props) {
  const [editorHeight, setEditorHeight] = useState<number | undefined>(undefined);
  const staticCode = useRef<HTMLDivElement>(null);
  const theme = useStarlightTheme();
  const { state, run, stop, clear } = useRunner(id, frameUrl);
  const running = state.status.state === 'running';

  const path = `/${file}`;
  const files = useMemo(() => ({ [path]: code }), [path, code]);
  const options = useMemo<SandpackProviderProps['options']>(
    () => ({ activeFile: path, visibleFiles: [path], autorun: false, autoReload: false, initMode: 'immediate' }),
    [path],
  );

  // Swap the static code for the editor, keeping its height so nothing below moves.
  useEffect(() => setEditorHeight(staticCode.current?.offsetHeight ?? 0), []);

  const onRun = useCallback((source: string) => void run(source), [run]);

  return (
    <div className="sandbox-shell" data-ready={editorHeight !== undefined} data-state={state.status.state}>
      {editorHeight === undefined ? (
        <>
          <Toolbar file={file} strings={strings} running={false} />
          <div ref={staticCode} className="sandbox-static">
            {children}
          </div>
        </>
      ) : (
        <SandpackProvider template="vanilla-ts" files={files} theme={theme === 'light' ? lightTheme : darkTheme} options={options}>
          <Editor file={file} strings={strings} minHeight={editorHeight} running={running} onRun={onRun} onStop={stop} />
        </SandpackProvider>
      )}
      <PanelBoundary key={state.run} message={(error) => interpolate(strings['sandbox.panelFailed'], { message: error })}>
        <OutputPanel state={state} strings={strings} onClear={clear} />
        <NetworkLog requests={state.requests} hidden={state.hiddenRequests} strings={strings} />
      </PanelBoundary>
    </div>
  );
}
