/**
 * The sandbox's toolbar. `LiveToolbar` lives inside the Sandpack provider and
 * reads the code the reader is editing with `useActiveCode()`, as react.dev's
 * Sandpack toolbar does. Before the editor has loaded, `Toolbar` is drawn
 * with working buttons all the same: a click there is remembered (each
 * button's `data-intent`, see src/integrations/intent-directive.ts) and
 * carried out once the editor is ready, so no click is lost.
 *
 * An exercise's sandbox has two more: Check (run, then the exercise's
 * checks) and Solution, which asks before it replaces the reader's code.
 *
 * Once the code differs from the original, a "modified" marker follows the
 * file name; it says (to screen readers, and on hover) whether the edits are
 * kept in this browser or will be lost on reload.
 */
import { useActiveCode } from '@codesandbox/sandpack-react';
import { useEffect, useRef, useState } from 'react';
import type { NamespaceStrings } from '../../i18n.ts';
import { interpolate } from '../../interpolate.ts';
import type { KeptState } from './use-kept-edits.ts';

interface Actions {
  run(): void;
  stop(): void;
  reset(): void;
  copy(): void;
  share(): void;
  check?(): void;
  solution?(): void;
}

export type Intent = Exclude<keyof Actions, 'check' | 'solution'> | 'check' | 'solution' | 'edit';

export type ToolbarStrings = NamespaceStrings<'sandbox'> & Partial<NamespaceStrings<'exercise'>>;

interface Props {
  file: string;
  strings: ToolbarStrings;
  running: boolean;
  actions: Actions;
  copied?: boolean;
  /** An exercise's toolbar: Check and Solution besides Run. */
  exercise?: boolean;
  /** Set once the code differs from the original: whether the edits are kept. */
  modified?: KeptState | undefined;
}

export function Toolbar({ file, strings, running, actions, copied = false, exercise = false, modified }: Props) {
  const keptHint = modified === 'kept' ? strings['sandbox.modifiedKept'] : strings['sandbox.modifiedNotKept'];
  return (
    <div className="sandbox-toolbar" role="group" aria-label={interpolate(strings['sandbox.toolbar'], { file })}>
      <span className="sandbox-file">{file}</span>
      {modified && (
        <span className="sandbox-modified" data-kept={modified} title={keptHint}>
          <span aria-hidden="true">●</span> {strings['sandbox.modified']}
          <span className="sandbox-sr-only">. {keptHint}</span>
        </span>
      )}
      {exercise && (
        <button type="button" className="sandbox-button sandbox-run" onClick={actions.check} data-intent="check">
          <span aria-hidden="true">✓</span> {strings['exercise.check']}
        </button>
      )}
      <button
        type="button"
        className={exercise ? 'sandbox-button' : 'sandbox-button sandbox-run'}
        onClick={actions.run}
        data-intent="run"
        aria-keyshortcuts="Control+Enter Meta+Enter"
      >
        <span aria-hidden="true">▶</span> {strings['sandbox.run']}
      </button>
      <button type="button" className="sandbox-button" onClick={actions.stop} data-intent="stop" disabled={!running}>
        <span aria-hidden="true">■</span> {strings['sandbox.stop']}
      </button>
      <button type="button" className="sandbox-button" onClick={actions.reset} data-intent="reset">
        {strings['sandbox.reset']}
      </button>
      <button type="button" className="sandbox-button" onClick={actions.copy} data-intent="copy">
        {strings['sandbox.copy']}
      </button>
      <button type="button" className="sandbox-button" onClick={actions.share} data-intent="share">
        {strings['sandbox.share']}
      </button>
      {exercise && (
        <button type="button" className="sandbox-button" onClick={actions.solution} data-intent="solution">
          {strings['exercise.solution']}
        </button>
      )}
      <span className="sandbox-sr-only" role="status">
        {copied ? strings['sandbox.copied'] : ''}
      </span>
    </div>
  );
}

interface LiveProps {
  file: string;
  strings: ToolbarStrings;
  running: boolean;
  onRun(code: string): void;
  onStop(): void;
  onReset(): void;
  /** Puts the code in a link and copies it. */
  onShare(code: string): void;
  modified: KeptState | undefined;
  /** An exercise's Check: runs the code, then its checks. */
  onCheck?(code: string): void;
  /** An exercise's Solution: asks, then shows the reference solution. */
  onSolution?(): void;
  /** What the reader asked for before the editor was ready, carried out once (run, copy...). */
  takeIntent(): Intent | undefined;
  /** The reader pressed on the static code: they meant to edit. */
  onEditIntent(): void;
}

export function LiveToolbar({ file, strings, running, onRun, onStop, onReset, onShare, modified, onCheck, onSolution, takeIntent, onEditIntent }: LiveProps) {
  const { code } = useActiveCode();
  const [copied, setCopied] = useState(false);
  const copiedTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(copiedTimer.current), []);

  useEffect(() => {
    const intent = takeIntent();
    if (intent === 'run') onRun(code);
    else if (intent === 'check') onCheck?.(code);
    else if (intent === 'solution') onSolution?.();
    else if (intent === 'copy') void copy();
    else if (intent === 'share') onShare(code);
    else if (intent === 'edit') onEditIntent();
    // Reset of code nobody has edited yet, and Stop of nothing running, have nothing to do.
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
    } catch {
      // No clipboard permission (or an insecure context): there is nothing better to do.
      return;
    }
    setCopied(true);
    clearTimeout(copiedTimer.current);
    copiedTimer.current = setTimeout(() => setCopied(false), 2000);
  };

  const actions: Actions = {
    run: () => onRun(code),
    stop: onStop,
    reset: onReset,
    copy: () => void copy(),
    share: () => onShare(code),
    ...(onCheck ? { check: () => onCheck(code) } : {}),
    ...(onSolution ? { solution: onSolution } : {}),
  };
  return <Toolbar file={file} strings={strings} running={running} actions={actions} copied={copied} exercise={onCheck !== undefined} modified={modified} />;
}
