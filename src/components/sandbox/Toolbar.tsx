/**
 * The sandbox's toolbar. `LiveToolbar` lives inside the Sandpack provider and
 * reads the code the reader is editing with `useActiveCode()`, as react.dev's
 * Sandpack toolbar does. Before the editor has loaded, `Toolbar` is drawn
 * with working buttons all the same: a click there is remembered (each
 * button's `data-intent`, see src/integrations/intent-directive.ts) and
 * carried out once the editor is ready, so no click is lost.
 */
import { useActiveCode } from '@codesandbox/sandpack-react';
import { useEffect, useRef, useState } from 'react';
import type { NamespaceStrings } from '../../i18n.ts';
import { interpolate } from '../../interpolate.ts';

interface Actions {
  run(): void;
  stop(): void;
  reset(): void;
  copy(): void;
}

export type Intent = keyof Actions | 'edit';

interface Props {
  file: string;
  strings: NamespaceStrings<'sandbox'>;
  running: boolean;
  actions: Actions;
  copied?: boolean;
}

export function Toolbar({ file, strings, running, actions, copied = false }: Props) {
  return (
    <div className="sandbox-toolbar" role="group" aria-label={interpolate(strings['sandbox.toolbar'], { file })}>
      <span className="sandbox-file">{file}</span>
      <button type="button" className="sandbox-button sandbox-run" onClick={actions.run} data-intent="run" aria-keyshortcuts="Control+Enter Meta+Enter">
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
      <span className="sandbox-sr-only" role="status">
        {copied ? strings['sandbox.copied'] : ''}
      </span>
    </div>
  );
}

interface LiveProps {
  file: string;
  strings: NamespaceStrings<'sandbox'>;
  running: boolean;
  onRun(code: string): void;
  onStop(): void;
  onReset(): void;
  /** What the reader asked for before the editor was ready, carried out once (run, copy...). */
  takeIntent(): Intent | undefined;
  /** The reader pressed on the static code: they meant to edit. */
  onEditIntent(): void;
}

export function LiveToolbar({ file, strings, running, onRun, onStop, onReset, takeIntent, onEditIntent }: LiveProps) {
  const { code } = useActiveCode();
  const [copied, setCopied] = useState(false);
  const copiedTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(copiedTimer.current), []);

  useEffect(() => {
    const intent = takeIntent();
    if (intent === 'run') onRun(code);
    else if (intent === 'copy') void copy();
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

  const actions: Actions = { run: () => onRun(code), stop: onStop, reset: onReset, copy: () => void copy() };
  return <Toolbar file={file} strings={strings} running={running} actions={actions} copied={copied} />;
}
