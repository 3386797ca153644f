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
 *
 * The editor starts with the reader's own code when there is some: a link
 * shared from this sandbox (share-link.ts) or the edits kept from an earlier
 * visit (kept-code.ts); edits are kept while typing, Reset forgets them.
 */
import { EditorView } from '@codemirror/view';
import { SandpackProvider, useActiveCode, useSandpack, type SandpackProviderProps } from '@codesandbox/sandpack-react';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { CodePane } from './CodePane.tsx';
import { darkTheme, lightTheme } from './editor-themes.ts';
import { NetworkLog } from './NetworkLog.tsx';
import { OutputPanel } from './OutputPanel.tsx';
import { PanelBoundary } from './PanelBoundary.tsx';
import type { Locale } from '../../data/locale.ts';
import { interpolate } from '../../interpolate.ts';
import { keptCode, type KeptCode } from './kept-code.ts';
import { maxShareLink, maxSharedCode, readShareFragment, shareFragment } from './share-link.ts';
import { LiveToolbar, Toolbar, type Intent, type ToolbarStrings } from './Toolbar.tsx';
import { TypeProblems } from './TypeProblems.tsx';
import type { ExplainedDiagnostic } from './types/type-service.ts';
import { useKeptEdits } from './use-kept-edits.ts';
import { useRunner, type RunnerState } from './use-runner.ts';
import { useStarlightTheme } from './use-starlight-theme.ts';

interface Props {
  /** The sandbox's id, also its channel to the runner, its storage key and its share links' target. */
  id: string;
  /** The page's language: edits are kept per language, as the comments differ. */
  locale: Locale;
  /** The source with the comments of the page's language. */
  code: string;
  file: string;
  /** The runner frame's URL (under the site's base path). */
  frameUrl: string;
  /** The site's root in this language (`/`, `/en/`, under the base path), for links from type errors. */
  localeRoot: string;
  strings: ToolbarStrings;
  /** An exercise: its checks module (TypeScript source) and its reference solution. */
  exercise?: { checks: string; solution: string };
  children?: ReactNode;
}

/** A line under the toolbar about the code's origin or a share; Reset or a new share replaces it. */
type NoticeKey =
  | 'sandbox.sharedOpened'
  | 'sandbox.sharedReplaced'
  | 'sandbox.shareMalformed'
  | 'sandbox.shareOversized'
  | 'sandbox.shareCopied'
  | 'sandbox.shareInAddressBar'
  | 'sandbox.shareTooLong'
  | 'sandbox.modifiedNotKept';

interface Start {
  code: string;
  /** Whether `code` is saved (it is the kept copy, or a shared code saved as the reader's). */
  kept: boolean;
  notice?: NoticeKey;
  /** The reader's kept edits that a shared link replaced: they can bring them back. */
  replaced?: string;
  /** Opened from a share link: the page scrolls to the sandbox once its editor is there. */
  fromLink?: boolean;
}

/** What the editor starts with. Reads (then drops) a share fragment meant for this sandbox. */
function startingCode(store: KeptCode, id: string, original: string): Start {
  const ownCode = store.load();
  const shared = readShareFragment(location.hash);
  if (shared?.id !== id) return { code: ownCode ?? original, kept: ownCode !== undefined };
  // Read once: a reload, or a link copied from the address bar, should not bring it back.
  history.replaceState(history.state, '', location.pathname + location.search);
  if ('problem' in shared) {
    const notice = shared.problem === 'malformed' ? 'sandbox.shareMalformed' : 'sandbox.shareOversized';
    return { code: original, kept: false, notice, fromLink: true };
  }
  if (shared.code === original) return { code: original, kept: false, fromLink: true };
  const kept = store.save(shared.code);
  if (ownCode !== undefined && ownCode !== shared.code) {
    return { code: shared.code, kept, notice: 'sandbox.sharedReplaced', replaced: ownCode, fromLink: true };
  }
  return { code: shared.code, kept, notice: 'sandbox.sharedOpened', fromLink: true };
}

interface EditorProps {
  id: string;
  locale: Locale;
  /** The site's root in this language (`/`, `/en/`, under the base path), for links from type errors. */
  localeRoot: string;
  store: KeptCode;
  original: string;
  start: Start;
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
function Editor({ id, locale, localeRoot, store, original, start, file, strings, minHeight, running, onRun, onCheck, solution, onStop, takeIntent }: EditorProps) {
  const { sandpack } = useSandpack();
  const { code } = useActiveCode();
  const modified = useKeptEdits(store, original, code, start.kept);
  const [notice, setNotice] = useState<NoticeKey | undefined>(start.notice);
  const [replaced, setReplaced] = useState(start.replaced);
  const [diagnostics, setDiagnostics] = useState<ExplainedDiagnostic[]>([]);
  // Said once, in words, when the browser refuses to keep edits; the marker says it on hover after that.
  const warnedNotKept = useRef(false);
  useEffect(() => {
    if (modified !== 'not-kept' || warnedNotKept.current) return;
    warnedNotKept.current = true;
    setNotice('sandbox.modifiedNotKept');
  }, [modified]);
  // A new key gives CodeMirror a new state: Reset also forgets the undo history and the selection.
  const [generation, setGeneration] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  // CodeMirror mounts in its own effect, after the toolbar's: focus it on the next frame.
  const onEditIntent = useCallback(() => {
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>('.cm-content')?.focus());
  }, []);

  // A position in the list of type errors puts the cursor there, as the TypeScript Playground does.
  const goTo = useCallback((offset: number) => {
    const dom = root.current?.querySelector<HTMLElement>('.cm-editor');
    const view = dom ? EditorView.findFromDOM(dom) : null;
    if (!view) return;
    view.dispatch({ selection: { anchor: Math.min(offset, view.state.doc.length) }, scrollIntoView: true });
    view.focus();
  }, []);

  const replaceCode = useCallback(
    (next: string) => {
      sandpack.updateFile(sandpack.activeFile, next);
      setGeneration((g) => g + 1);
      // The new editor checks its code again once focused; the old list would describe other code.
      setDiagnostics([]);
    },
    [sandpack],
  );

  const onReset = useCallback(() => {
    replaceCode(original);
    // Now, not after the debounce: a reload right after Reset must show the original.
    store.forget();
    setNotice(undefined);
    setReplaced(undefined);
  }, [replaceCode, original, store]);

  const restoreEdits = () => {
    if (replaced === undefined) return;
    replaceCode(replaced);
    setReplaced(undefined);
    setNotice(undefined);
    onEditIntent();
  };

  const onShare = useCallback(
    async (source: string) => {
      setReplaced(undefined);
      // Measured before compressing: a huge paste is refused without deflating it.
      const fragment = source.length > maxSharedCode ? undefined : shareFragment(id, source);
      if (fragment === undefined || fragment.length > maxShareLink) {
        setNotice('sandbox.shareTooLong');
        return;
      }
      const link = `${location.origin}${location.pathname}${location.search}${fragment}`;
      try {
        await navigator.clipboard.writeText(link);
        setNotice('sandbox.shareCopied');
      } catch {
        // No clipboard (permission, insecure context): the address bar is a place every browser lets readers copy from.
        history.replaceState(history.state, '', fragment);
        setNotice('sandbox.shareInAddressBar');
      }
    },
    [id],
  );

  // Solution asks first: it replaces what the reader wrote (Reset brings back the starter, not their edits).
  const [confirming, setConfirming] = useState(false);
  const [solutionShown, setSolutionShown] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  const showSolution = () => {
    if (solution === undefined) return;
    replaceCode(solution);
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
        onShare={(source) => void onShare(source)}
        modified={modified}
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
      <div className="sandbox-notice-row">
        <p className="sandbox-notice" role="status">
          {notice === undefined
            ? ''
            : interpolate(strings[notice], { max: new Intl.NumberFormat(locale).format(maxSharedCode) })}
        </p>
        {replaced !== undefined && (
          <button type="button" className="sandbox-button" onClick={restoreEdits}>
            {strings['sandbox.restoreEdits']}
          </button>
        )}
      </div>
      <CodePane
        key={generation}
        label={interpolate(strings['sandbox.editor'], { file })}
        hint={strings['sandbox.editorHint']}
        minHeight={minHeight}
        locale={locale}
        localeRoot={localeRoot}
        onDiagnostics={setDiagnostics}
      />
      <TypeProblems diagnostics={diagnostics} strings={strings} onGo={goTo} />
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

export default function SandboxEditor({ id, locale, code, file, frameUrl, localeRoot, strings, exercise, children }: Props) {
  const [editorHeight, setEditorHeight] = useState<number | undefined>(undefined);
  const store = useMemo(() => keptCode(locale, id), [locale, id]);
  const [start, setStart] = useState<Start | undefined>(undefined);
  const staticCode = useRef<HTMLDivElement>(null);
  /** What the reader clicked before the editor was ready (see src/integrations/intent-directive.ts). */
  const intent = useRef<Intent | undefined>(undefined);
  const theme = useStarlightTheme();
  const { state, run, stop, clear } = useRunner(id, frameUrl);
  const running = state.status.state === 'running';

  const path = `/${file}`;
  const startCode = start?.code ?? code;
  const files = useMemo(() => ({ [path]: startCode }), [path, startCode]);
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
    setStart(startingCode(store, id, code));
    setEditorHeight(staticCode.current?.offsetHeight ?? 0);
  }, []);

  const onRun = useCallback((source: string) => void run(source), [run]);
  const checks = exercise?.checks;
  const onCheck = useCallback((source: string) => void run(source, checks), [run, checks]);
  const shell = useRef<HTMLDivElement>(null);
  // The directive scrolled to the static code at load; the page above may have moved since.
  useEffect(() => {
    if (start?.fromLink) shell.current?.closest('.sandbox')?.scrollIntoView({ block: 'start' });
  }, [start]);
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
    <div ref={shell} className="sandbox-shell" data-ready={editorHeight !== undefined && start !== undefined} data-state={state.status.state}>
      {editorHeight === undefined || start === undefined ? (
        <Toolbar
          file={file}
          strings={strings}
          running={false}
          actions={{
            run: remember('run'),
            stop: () => undefined,
            reset: remember('reset'),
            copy: remember('copy'),
            share: remember('share'),
            check: remember('check'),
            solution: remember('solution'),
          }}
          exercise={exercise !== undefined}
        />
      ) : (
        <SandpackProvider template="vanilla-ts" files={files} theme={theme === 'light' ? lightTheme : darkTheme} options={options}>
          <Editor
            id={id}
            locale={locale}
            localeRoot={localeRoot}
            store={store}
            original={code}
            start={start}
            file={file}
            strings={strings}
            // The static block's height fits the original code only: the reader's own code takes its own.
            minHeight={start.code === code ? editorHeight : 0}
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
