/**
 * The sandbox island. Server-rendered, it shows the toolbar, the static
 * highlighted code (passed in as children by Sandbox.astro) and an empty
 * output panel. It hydrates when the reader reaches for it (`client:intent`);
 * then the editor replaces the static code at the same height, what the
 * reader clicked meanwhile is carried out, and Run sends the code to the
 * sandboxed runner.
 *
 * In an exercise (`exercise` prop) Check runs the code and then the
 * exercise's checks; the verdicts go to the page as an `exercise-checked`
 * DOM event, which the exercise's own script (practice/exercise-client.ts)
 * shows next to the list of checks the page already renders.
 *
 * The code belongs to the Sandpack provider's state from then on: the
 * toolbar reads it there (`useActiveCode`), and only Reset puts the original
 * back. The provider resets its files whenever its `files` prop changes
 * identity, so that prop is made once.
 */
import { SandpackProvider, useActiveCode, useSandpack, type SandpackProviderProps } from '@codesandbox/sandpack-react';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { CodePane } from './CodePane.tsx';
import { darkTheme, lightTheme } from './editor-themes.ts';
import { NetworkLog } from './NetworkLog.tsx';
import { OutputPanel } from './OutputPanel.tsx';
import { PanelBoundary } from './PanelBoundary.tsx';
import type { NamespaceStrings } from '../../i18n.ts';
import { interpolate } from '../../interpolate.ts';
import { LiveToolbar, Toolbar, type Intent, type ToolbarStrings } from './Toolbar.tsx';
import { useRunner, type RunnerState } from './use-runner.ts';
import { useStarlightTheme } from './use-starlight-theme.ts';

interface Props {
  /** The sandbox's id, also its channel to the runner. */
  id: string;
  /** The source with the comments of the page's language. */
  code: string;
  file: string;
  /** The runner frame's URL (under the site's base path). */
  frameUrl: string;
  strings: ToolbarStrings;
  /** An exercise: its checks module (TypeScript source) and its reference solution. */
  exercise?: { checks: string; solution: string };
  children?: ReactNode;
}

interface EditorProps {
  file: string;
  strings: ToolbarStrings;
  minHeight: number;
  running: boolean;
  onRun(code: string): void;
  onCheck?: (code: string) => void;
  solution?: string;
  onStop(): void;
  takeIntent(): Intent | undefined;
}

/** Toolbar and editor, inside the provider. */
function Editor({ file, strings, minHeight, running, onRun, onCheck, solution, onStop, takeIntent }: EditorProps) {
  const { sandpack } = useSandpack();
  const { code } = useActiveCode();
  // A new key gives CodeMirror a new state: Reset also forgets the undo history and the selection.
  const [generation, setGeneration] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  // CodeMirror mounts in its own effect, after the toolbar's: focus it on the next frame.
  const onEditIntent = useCallback(() => {
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>('.cm-content')?.focus());
  }, []);

  const onReset = useCallback(() => {
    sandpack.resetFile(sandpack.activeFile);
    setGeneration((g) => g + 1);
  }, [sandpack]);

  // Solution asks first: it replaces what the reader wrote (Reset brings back the starter, not their edits).
  const [confirming, setConfirming] = useState(false);
  const [solutionShown, setSolutionShown] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  const showSolution = () => {
    if (solution === undefined) return;
    sandpack.updateFile(sandpack.activeFile, solution);
    setGeneration((g) => g + 1);
    setConfirming(false);
    setSolutionShown(true);
    onEditIntent();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Ctrl/Cmd+Enter runs; caught before CodeMirror, whose own Mod-Enter would insert a line.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      onRun(code);
    }
  };
  const solutionActions = solution === undefined ? {} : { onSolution: () => setConfirming(true) };

  return (
    <div ref={root} onKeyDownCapture={onKeyDown}>
      <LiveToolbar
        file={file}
        strings={strings}
        running={running}
        onRun={onRun}
        onStop={onStop}
        onReset={onReset}
        {...(onCheck ? { onCheck } : {})}
        {...solutionActions}
        takeIntent={takeIntent}
        onEditIntent={onEditIntent}
      />
      {confirming && (
        <div className="sandbox-confirm" role="group" aria-label={strings['exercise.solution']}>
          <p>{strings['exercise.solutionConfirm']}</p>
          <button type="button" ref={confirmButton} className="sandbox-button" onClick={showSolution}>
            {strings['exercise.solutionShow']}
          </button>
          <button type="button" className="sandbox-button" onClick={() => setConfirming(false)}>
            {strings['exercise.solutionCancel']}
          </button>
        </div>
      )}
      <span className="sandbox-sr-only" role="status">
        {solutionShown ? strings['exercise.solutionShown'] : ''}
      </span>
      <CodePane
        key={generation}
        label={interpolate(strings['sandbox.editor'], { file })}
        hint={strings['sandbox.editorHint']}
        minHeight={minHeight}
      />
    </div>
  );
}

/** Tells the exercise's script what its Check found: the verdicts, or that the program never got to them. */
function useCheckEvents(shell: RefObject<HTMLDivElement | null>, state: RunnerState) {
  const { checks, status } = state;
  useEffect(() => {
    if (checks === undefined) return;
    const detail =
      checks !== 'pending'
        ? { state: 'checked', outcomes: checks }
        : status.state === 'running'
          ? { state: 'checking' }
          : { state: 'unfinished', reason: status.state };
    shell.current?.dispatchEvent(new CustomEvent('exercise-checked', { bubbles: true, detail }));
  }, [checks, status.state, shell]);
}

export default function SandboxEditor({ id, code, file, frameUrl, strings, exercise, children }: Props) {
  const [editorHeight, setEditorHeight] = useState<number | undefined>(undefined);
  const staticCode = useRef<HTMLDivElement>(null);
  /** What the reader clicked before the editor was ready (see src/integrations/intent-directive.ts). */
  const intent = useRef<Intent | undefined>(undefined);
  const theme = useStarlightTheme();
  const { state, run, stop, clear } = useRunner(id, frameUrl);
  const running = state.status.state === 'running';

  const path = `/${file}`;
  const files = useMemo(() => ({ [path]: code }), [path, code]);
  const options = useMemo<SandpackProviderProps['options']>(
    () => ({ activeFile: path, visibleFiles: [path], autorun: false, autoReload: false, initMode: 'immediate' }),
    [path],
  );

  // Take over what was clicked before hydration, then swap the static code for the editor,
  // keeping its height so nothing below moves.
  useEffect(() => {
    const island = staticCode.current?.closest<HTMLElement>('astro-island');
    const pending = island?.dataset.pendingIntent;
    if (island && pending) {
      delete island.dataset.pendingIntent;
      intent.current ??= pending as Intent;
    }
    setEditorHeight(staticCode.current?.offsetHeight ?? 0);
  }, []);

  const onRun = useCallback((source: string) => void run(source), [run]);
  const checks = exercise?.checks;
  const onCheck = useCallback((source: string) => void run(source, checks), [run, checks]);
  const shell = useRef<HTMLDivElement>(null);
  useCheckEvents(shell, state);
  const takeIntent = useCallback(() => {
    const pending = intent.current;
    intent.current = undefined;
    return pending;
  }, []);
  // The toolbar drawn before the editor exists only remembers what was asked of it.
  const remember = (wanted: Intent) => () => {
    intent.current = wanted;
  };

  return (
    <div ref={shell} className="sandbox-shell" data-ready={editorHeight !== undefined} data-state={state.status.state}>
      {editorHeight === undefined ? (
        <Toolbar
          file={file}
          strings={strings}
          running={false}
          actions={{
            run: remember('run'),
            stop: () => undefined,
            reset: remember('reset'),
            copy: remember('copy'),
            check: remember('check'),
            solution: remember('solution'),
          }}
          exercise={exercise !== undefined}
        />
      ) : (
        <SandpackProvider template="vanilla-ts" files={files} theme={theme === 'light' ? lightTheme : darkTheme} options={options}>
          <Editor
            file={file}
            strings={strings}
            minHeight={editorHeight}
            running={running}
            onRun={onRun}
            {...(exercise ? { onCheck, solution: exercise.solution } : {})}
            onStop={stop}
            takeIntent={takeIntent}
          />
        </SandpackProvider>
      )}
      {/* Hidden, not removed, once the editor is there: the first code block of a page carries
          Expressive Code's styles, which every other code block on the page still needs. */}
      <div ref={staticCode} className="sandbox-static" data-intent="edit" hidden={editorHeight !== undefined}>
        {children}
      </div>
      <PanelBoundary key={state.run} message={(error) => interpolate(strings['sandbox.panelFailed'], { message: error })}>
        <OutputPanel state={state} strings={strings} onClear={clear} />
        <NetworkLog requests={state.requests} hidden={state.hiddenRequests} strings={strings} />
      </PanelBoundary>
    </div>
  );
}
