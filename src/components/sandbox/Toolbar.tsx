/**
 * The sandbox's toolbar. `LiveToolbar` lives inside the Sandpack provider and
 * reads the code the reader is editing with `useActiveCode()`, as react.dev's
 * Sandpack toolbar does; before the editor has loaded, `Toolbar` is drawn
 * with its buttons disabled, so no click is taken and then lost.
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

interface Props {
  file: string;
  strings: NamespaceStrings<'sandbox'>;
  running: boolean;
  /** Absent until the editor is ready. */
  actions?: Actions;
  copied?: boolean;
}

export function Toolbar({ file, strings, running, actions, copied = false }: Props) {
  const disabled = actions === undefined;
  return (
    <div className="sandbox-toolbar" role="group" aria-label={interpolate(strings['sandbox.toolbar'], { file })}>
      <span className="sandbox-file">{file}</span>
      <button type="button" className="sandbox-button sandbox-run" onClick={actions?.run} disabled={disabled} aria-keyshortcuts="Control+Enter Meta+Enter">
        <span aria-hidden="true">▶</span> {strings['sandbox.run']}
      </button>
      <button type="button" className="sandbox-button" onClick={actions?.stop} disabled={disabled || !running}>
        <span aria-hidden="true">■</span> {strings['sandbox.stop']}
      </button>
      <button type="button" className="sandbox-button" onClick={actions?.reset} disabled={disabled}>
        {strings['sandbox.reset']}
      </button>
      <button type="button" className="sandbox-button" onClick={actions?.copy} disabled={disabled}>
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
}

export function LiveToolbar({ file, strings, running, onRun, onStop, onReset }: LiveProps) {
  const { code } = useActiveCode();
  const [copied, setCopied] = useState(false);
  const copiedTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(copiedTimer.current), []);

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
