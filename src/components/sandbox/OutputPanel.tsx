/**
 * The console of a sandbox: a `role="log"` region announced politely,
 * showing each console call as formatted text (tables as tables; objects
 * and arrays can also be explored line by line, ValueTreeView), what the
 * limits left out, and how the run ended. Entries arrive formatted and cut by
 * the worker; each keeps its element while newer ones arrive (keyed by its
 * number), so a batch costs the page only the entries it adds.
 */
import { memo, useId, useState } from 'react';
import type { OutputEntry, ValueTree } from './runner/protocol.ts';
import type { NamespaceStrings } from '../../i18n.ts';
import { ValueTreeView } from './ValueTreeView.tsx';
import { interpolate } from '../../interpolate.ts';
import { timeLimitSeconds, type KeptEntry, type RunnerState } from './use-runner.ts';

interface Props {
  state: RunnerState;
  strings: NamespaceStrings<'sandbox'>;
  onClear(): void;
}

const levelOf = (entry: OutputEntry) => (entry.kind === 'text' ? entry.level : 'log');

function Table({ entry }: { entry: Extract<OutputEntry, { kind: 'table' }> }) {
  return (
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
  );
}

/**
 * An entry whose value can be explored: its triangle, its text and, once
 * opened, the tree. Only such entries carry this state; the others stay a
 * plain element (a flood of 500 lines costs no more than before).
 */
function Explorable({ text, tree, strings }: { text: string; tree: ValueTree; strings: NamespaceStrings<'sandbox'> }) {
  const [open, setOpen] = useState(false);
  const treeId = useId();
  const label = strings['sandbox.explore'];
  return (
    <>
      <button type="button" className="sandbox-explore" aria-expanded={open} aria-controls={open ? treeId : undefined} aria-label={label} title={label} onClick={() => setOpen((now) => !now)}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
          <path d="M5 3l6 5-6 5z" fill="currentColor" />
        </svg>
      </button>
      <pre data-entry-text>{text}</pre>
      {open && <ValueTreeView tree={tree} id={treeId} strings={strings} />}
    </>
  );
}

const Entry = memo(function Entry({ entry, strings }: { entry: KeptEntry; strings: NamespaceStrings<'sandbox'> }) {
  const level = levelOf(entry);
  const tree = entry.kind === 'text' ? entry.tree : undefined;
  // Colour is not the only signal: errors and warnings also say what they are to screen readers.
  const label = level === 'error' ? strings['sandbox.error'] : level === 'warn' ? strings['sandbox.warning'] : undefined;
  const notes: string[] = [];
  if (entry.kind === 'text' && entry.cut > 0) notes.push(interpolate(strings['sandbox.cut'], { count: entry.cut }));
  if (entry.kind === 'table' && entry.moreRows > 0) notes.push(interpolate(strings['sandbox.moreRows'], { count: entry.moreRows }));
  if (entry.kind === 'table' && entry.moreColumns > 0) notes.push(interpolate(strings['sandbox.moreColumns'], { count: entry.moreColumns }));
  return (
    <div className={`sandbox-entry sandbox-entry-${level}${tree ? ' sandbox-entry-explorable' : ''}`}>
      {label && <span className="sandbox-sr-only">{label}: </span>}
      {entry.kind === 'table' ? (
        <Table entry={entry} />
      ) : tree ? (
        <Explorable text={entry.text} tree={tree} strings={strings} />
      ) : (
        <pre data-entry-text>{entry.text}</pre>
      )}
      {notes.map((note) => (
        <p key={note} className="sandbox-cut">{note}</p>
      ))}
    </div>
  );
});

function Ending({ state, strings }: { state: RunnerState; strings: NamespaceStrings<'sandbox'> }) {
  const { status } = state;
  switch (status.state) {
    case 'timed-out':
      return (
        <p className="sandbox-note sandbox-note-error" data-status="timed-out">
          {interpolate(strings['sandbox.timeLimit'], { seconds: timeLimitSeconds })}
        </p>
      );
    case 'stopped':
      return (
        <p className="sandbox-note" data-status="stopped">
          {strings['sandbox.stopped']}
        </p>
      );
    case 'failed':
      return (
        <p className="sandbox-note sandbox-note-error" data-status="failed">
          {interpolate(strings[status.startup ? 'sandbox.startFailed' : 'sandbox.crash'], { message: status.message })}
        </p>
      );
    default:
      return null;
  }
}

export function OutputPanel({ state, strings, onClear }: Props) {
  const labelId = useId();
  const { status } = state;
  const nothingYet = state.entries.length === 0 && state.hidden === 0;
  return (
    <div className="sandbox-output">
      <div className="sandbox-output-head">
        <span id={labelId} className="sandbox-output-title">{strings['sandbox.output']}</span>
        {status.state === 'done' && <span className="sandbox-duration">{interpolate(strings['sandbox.done'], { ms: Math.round(status.durationMs) })}</span>}
        {status.state === 'running' && <span className="sandbox-duration">{strings['sandbox.running']}</span>}
        <button type="button" className="sandbox-button" onClick={onClear}>
          {strings['sandbox.clear']}
        </button>
      </div>
      <div className="sandbox-log" role="log" aria-live="polite" aria-labelledby={labelId} aria-busy={status.state === 'running'} tabIndex={0}>
        {state.hidden > 0 && <p className="sandbox-note">{interpolate(strings['sandbox.hiddenLines'], { count: state.hidden })}</p>}
        {nothingYet && status.state === 'idle' && <p className="sandbox-placeholder">{strings['sandbox.outputEmpty']}</p>}
        {state.entries.map((entry) => (
          <Entry key={entry.seq} entry={entry} strings={strings} />
        ))}
        <Ending state={state} strings={strings} />
        {state.malformed > 0 && (
          <p className="sandbox-note" data-status="malformed">
            {interpolate(strings['sandbox.malformed'], { count: state.malformed })}
          </p>
        )}
      </div>
    </div>
  );
}
