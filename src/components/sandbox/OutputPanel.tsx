/**
 * The console of a sandbox: a `role="log"` region announced politely,
 * showing each console call as formatted text (tables as tables), the count
 * of lines dropped by the cap, and how the run ended.
 */
import { useId } from 'react';
import { entryText, type LogEntry } from './runner/console.ts';
import { fill, type SandboxStrings } from './strings.ts';
import { timeLimitSeconds, type RunnerState } from './use-runner.ts';

interface Props {
  state: RunnerState;
  strings: SandboxStrings;
  onClear(): void;
}

function levelOf(entry: LogEntry): 'log' | 'info' | 'warn' | 'error' | 'debug' {
  if (entry.kind === 'uncaught') return 'error';
  return entry.kind === 'log' ? entry.level : 'log';
}

function Entry({ entry, strings }: { entry: LogEntry; strings: SandboxStrings }) {
  const level = levelOf(entry);
  // Colour is not the only signal: errors and warnings also say what they are to screen readers.
  const label = level === 'error' ? strings['sandbox.error'] : level === 'warn' ? strings['sandbox.warning'] : undefined;
  return (
    <div className={`sandbox-entry sandbox-entry-${level}`}>
      {label && <span className="sandbox-sr-only">{label}: </span>}
      {entry.kind === 'table' ? (
        <div className="sandbox-table-wrap">
          <table data-entry-text>
            <thead>
              <tr>
                {entry.head.map((cell, i) => (
                  <th key={i} scope="col">{cell}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {entry.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (i === 0 ? <th key={i} scope="row">{cell}</th> : <td key={i}>{cell}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <pre data-entry-text>{entryText(entry)}</pre>
      )}
    </div>
  );
}

export function OutputPanel({ state, strings, onClear }: Props) {
  const labelId = useId();
  const { status } = state;
  const nothingYet = state.entries.length === 0 && state.hidden === 0;
  return (
    <div className="sandbox-output">
      <div className="sandbox-output-head">
        <span id={labelId} className="sandbox-output-title">{strings['sandbox.output']}</span>
        {status.state === 'done' && <span className="sandbox-duration">{fill(strings['sandbox.done'], { ms: Math.round(status.durationMs) })}</span>}
        <button type="button" className="sandbox-button" onClick={onClear}>
          {strings['sandbox.clear']}
        </button>
      </div>
      <div className="sandbox-log" role="log" aria-live="polite" aria-labelledby={labelId} aria-busy={status.state === 'running'} tabIndex={0}>
        {state.hidden > 0 && <p className="sandbox-note">{fill(strings['sandbox.hiddenLines'], { count: state.hidden })}</p>}
        {nothingYet && status.state === 'idle' && <p className="sandbox-placeholder">{strings['sandbox.outputEmpty']}</p>}
        {state.entries.map((entry, i) => (
          <Entry key={i} entry={entry} strings={strings} />
        ))}
        {status.state === 'stopped' && (
          <p className="sandbox-note sandbox-note-error" data-status="stopped">
            {fill(strings['sandbox.timeLimit'], { seconds: timeLimitSeconds })}
          </p>
        )}
        {status.state === 'failed' && (
          <p className="sandbox-note sandbox-note-error" data-status="failed">
            {fill(strings[status.startup ? 'sandbox.startFailed' : 'sandbox.crash'], { message: status.message })}
          </p>
        )}
      </div>
    </div>
  );
}
