/**
 * The requests a run made, like a small devtools Network tab: one
 * `<details>` per request with method, URL, status, duration, headers both
 * ways and the start of each body. Headers are listed as the server sent
 * them; the script itself may see fewer (CORS, Set-Cookie).
 */
import type { NetworkEntry } from '../../demo-api/fetch.ts';
import { fill, type SandboxStrings } from './strings.ts';

function HeaderList({ headers }: { headers: [string, string][] }) {
  return (
    <dl className="sandbox-headers">
      {headers.map(([name, value], i) => (
        <div key={i}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Request({ entry, strings }: { entry: NetworkEntry; strings: SandboxStrings }) {
  const outcome = entry.status ? `${entry.status} ${entry.statusText}`.trim() : strings['sandbox.noResponse'];
  const failed = entry.status === 0 || entry.status >= 400;
  return (
    <li>
      <details className="sandbox-request">
        <summary>
          <code>{entry.method}</code> <span className="sandbox-request-url">{entry.url}</span>{' '}
          <strong className={failed ? 'sandbox-status-bad' : 'sandbox-status-good'}>{outcome}</strong>{' '}
          <span className="sandbox-request-meta">
            · {entry.durationMs.toFixed(1)} ms · {entry.local ? strings['sandbox.demoApi'] : strings['sandbox.realNetwork']}
          </span>
        </summary>
        {entry.error && <p className="sandbox-note sandbox-note-error">{entry.error}</p>}
        <p className="sandbox-request-part">{strings['sandbox.requestHeaders']}</p>
        <HeaderList headers={entry.requestHeaders} />
        {entry.requestBody && (
          <>
            <p className="sandbox-request-part">{strings['sandbox.requestBody']}</p>
            <pre>{entry.requestBody}</pre>
          </>
        )}
        {entry.status > 0 && (
          <>
            <p className="sandbox-request-part">{strings['sandbox.responseHeaders']}</p>
            <HeaderList headers={entry.responseHeaders} />
          </>
        )}
        {entry.responseBody && (
          <>
            <p className="sandbox-request-part">{strings['sandbox.responseBody']}</p>
            <pre>{entry.responseBody}</pre>
          </>
        )}
      </details>
    </li>
  );
}

export function NetworkLog({ requests, strings }: { requests: NetworkEntry[]; strings: SandboxStrings }) {
  if (requests.length === 0) return null;
  return (
    <details className="sandbox-network">
      <summary>{fill(strings['sandbox.network'], { count: requests.length })}</summary>
      <ol>
        {requests.map((entry, i) => (
          <Request key={i} entry={entry} strings={strings} />
        ))}
      </ol>
    </details>
  );
}
