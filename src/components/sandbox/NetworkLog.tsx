/**
 * The requests a run made, like a small devtools Network tab: one
 * `<details>` per request with method, URL, status, duration, headers both
 * ways and the start of each body. Headers are listed as the server sent
 * them; the script itself may see fewer (CORS, Set-Cookie). A request's
 * details are rendered when it is opened, so a hundred requests cost the page
 * a hundred summaries, not thousands of header rows.
 */
import { memo, useState } from 'react';
import type { NetworkEntry } from './runner/protocol.ts';
import type { NamespaceStrings } from '../../i18n.ts';
import { interpolate } from '../../interpolate.ts';
import type { KeptRequest } from './use-runner.ts';

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

function Details({ entry, strings }: { entry: NetworkEntry; strings: NamespaceStrings<'sandbox'> }) {
  return (
    <>
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
    </>
  );
}

const Request = memo(function Request({ entry, strings }: { entry: NetworkEntry; strings: NamespaceStrings<'sandbox'> }) {
  const [open, setOpen] = useState(false);
  const outcome = entry.status ? `${entry.status} ${entry.statusText}`.trim() : strings['sandbox.noResponse'];
  const failed = entry.status === 0 || entry.status >= 400;
  return (
    <li>
      <details className="sandbox-request" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <code>{entry.method}</code> <span className="sandbox-request-url">{entry.url}</span>{' '}
          <strong className={failed ? 'sandbox-status-bad' : 'sandbox-status-good'}>{outcome}</strong>{' '}
          <span className="sandbox-request-meta">
            · {entry.durationMs.toFixed(1)} ms · {entry.local ? strings['sandbox.demoApi'] : strings['sandbox.realNetwork']}
          </span>
        </summary>
        {open && <Details entry={entry} strings={strings} />}
      </details>
    </li>
  );
});

export function NetworkLog({ requests, hidden, strings }: { requests: KeptRequest[]; hidden: number; strings: NamespaceStrings<'sandbox'> }) {
  if (requests.length === 0) return null;
  return (
    <details className="sandbox-network">
      <summary>{interpolate(strings['sandbox.network'], { count: requests.length + hidden })}</summary>
      {hidden > 0 && <p className="sandbox-note">{interpolate(strings['sandbox.hiddenRequests'], { count: hidden })}</p>}
      <ol>
        {requests.map((entry) => (
          <Request key={entry.seq} entry={entry} strings={strings} />
        ))}
      </ol>
    </details>
  );
}
