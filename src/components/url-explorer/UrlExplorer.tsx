/**
 * Type any URL and see how the browser's parser splits it: the normalised
 * address with each part coloured and underlined, and the parts listed by
 * name (or the parser's error). Server-rendered with the course notes' URL,
 * so the page shows a complete example before any JavaScript runs.
 */
import { useId, useState } from 'react';
import type { NamespaceStrings } from '../../i18n.ts';
import { interpolate } from '../../interpolate.ts';
import { defaultPorts, parse, segments, type PartName } from './url-parts.ts';

export type UrlExplorerStrings = NamespaceStrings<'urlExplorer'>;

interface Props {
  initial: string;
  strings: UrlExplorerStrings;
}

const order: PartName[] = ['protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash'];

export default function UrlExplorer({ initial, strings }: Props) {
  const [input, setInput] = useState(initial);
  const id = useId();
  const t = (key: string) => strings[`urlExplorer.${key}` as keyof UrlExplorerStrings] ?? key;
  const parsed = parse(input);

  return (
    <div className="url-explorer">
      <label htmlFor={`${id}-input`} className="url-explorer-label">
        {t('label')}
      </label>
      <input
        id={`${id}-input`}
        className="url-explorer-input"
        type="url"
        value={input}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={`${id}-help`}
        aria-invalid={!parsed.ok}
        onChange={(event) => setInput(event.target.value)}
      />
      <p id={`${id}-help`} className="url-explorer-help">
        {t('help')}
      </p>
      <div aria-live="polite">
        {parsed.ok ? (
          <>
            <p className="url-explorer-caption">{t('normalized')}</p>
            <p className="url-explorer-href">
              <code>
                {segments(parsed.url).map((segment, i) =>
                  segment.part ? (
                    <span key={i} className={`url-explorer__part url-explorer__part--${segment.part}`}>
                      {segment.text}
                    </span>
                  ) : (
                    <span key={i}>{segment.text}</span>
                  ),
                )}
              </code>
            </p>
            <p className="url-explorer-caption">{t('parts')}</p>
            <dl className="url-explorer-parts">
              {order.map((part) => {
                const value = parsed.url[part];
                const fallback = part === 'port' && !value && defaultPorts[parsed.url.protocol];
                return (
                  <div key={part} className={`url-explorer__row url-explorer__row--${part}`}>
                    <dt>{t(part)}</dt>
                    <dd>
                      {value ? (
                        <code className={`url-explorer__part url-explorer__part--${part}`}>{value}</code>
                      ) : (
                        <span className="url-explorer-empty">
                          {fallback ? interpolate(t('defaultPort'), { port: fallback }) : t('empty')}
                        </span>
                      )}
                    </dd>
                  </div>
                );
              })}
              <div className="url-explorer__row">
                <dt>{t('origin')}</dt>
                <dd>
                  <code>{parsed.url.origin}</code>
                </dd>
              </div>
              {[...parsed.url.searchParams].length > 0 && (
                <div className="url-explorer__row">
                  <dt>{t('params')}</dt>
                  <dd>
                    <ul>
                      {[...parsed.url.searchParams].map(([name, value], i) => (
                        <li key={i}>
                          <code>{name}</code> = <code>{value}</code>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              )}
            </dl>
          </>
        ) : (
          <p className="url-explorer-error">
            {interpolate(t('invalid'), { message: parsed.message })}
          </p>
        )}
      </div>
    </div>
  );
}
