/**
 * The list of type errors under the editor, as the TypeScript Playground
 * has: position, TypeScript's message, and the site's explanation in the
 * page's language with a link to the entry behind it; the position takes
 * the cursor there. Type errors never stop
 * Run; the list says so.
 */
import { Fragment } from 'react';
import { interpolate } from '../../interpolate.ts';
import type { ToolbarStrings } from './Toolbar.tsx';
import type { ExplainedDiagnostic } from './types/type-service.ts';

interface Props {
  diagnostics: ExplainedDiagnostic[];
  strings: ToolbarStrings;
  /** Puts the editor's cursor at an offset of the code. */
  onGo(offset: number): void;
}

/** `code` spans of an explanation as <code>. */
function WithCode({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>))}
    </>
  );
}

export function TypeProblems({ diagnostics, strings, onGo }: Props) {
  if (diagnostics.length === 0) return null;
  return (
    <section className="sandbox-types" aria-label={interpolate(strings['sandbox.typeErrors'], { count: diagnostics.length })}>
      <p className="sandbox-types-title">
        {interpolate(strings['sandbox.typeErrors'], { count: diagnostics.length })}
        <span className="sandbox-types-note"> · {strings['sandbox.typeRunAnyway']}</span>
      </p>
      <ul>
        {diagnostics.map((diagnostic, index) => (
          <li key={index} data-code={diagnostic.code}>
            <button
              type="button"
              className="sandbox-types-position"
              // The name starts with what is seen (WCAG 2.5.3, label in name), then says what it does.
              aria-label={`${diagnostic.line}:${diagnostic.column}, ${interpolate(strings['sandbox.typePosition'], { line: diagnostic.line, column: diagnostic.column })}`}
              onClick={() => onGo(diagnostic.from)}
            >
              {diagnostic.line}:{diagnostic.column}
            </button>{' '}
            <span lang="en">{diagnostic.message}</span>
            {diagnostic.explanation && (
              <span className="sandbox-types-explanation">
                <WithCode text={diagnostic.explanation.text} />
                {diagnostic.explanation.href && (
                  <>
                    {' '}
                    <a href={diagnostic.explanation.href}>{strings['sandbox.typeMore']}</a>
                  </>
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
