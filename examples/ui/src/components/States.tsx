import { useEffect, useState } from 'react';
import { API_KEY_STORAGE, QueryError } from '../api/graphql.js';

/** A page or panel waiting for its data. */
export function Loading({ what }: { what: string }) {
  return (
    <div className="state loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </div>
  );
}

/** The receivers' addresses as `ht` serves them at /ui-config.json (port offset included). */
interface UiConfig {
  readonly receivers: Readonly<Record<string, string>>;
}

const FALLBACK_RECEIVERS: Record<string, string> = {
  'OTLP gRPC': 'http://127.0.0.1:4317',
  'OTLP HTTP': 'http://127.0.0.1:4318/v1/traces',
  Zipkin: 'http://127.0.0.1:9411/api/v2/spans',
  'Jaeger Thrift HTTP': 'http://127.0.0.1:14268/api/traces',
  'Jaeger agent UDP': 'udp://127.0.0.1:6831',
};

function useReceivers(): Readonly<Record<string, string>> {
  const [receivers, setReceivers] = useState<Readonly<Record<string, string>>>(FALLBACK_RECEIVERS);
  useEffect(() => {
    let live = true;
    fetch('/ui-config.json')
      .then((r) => (r.ok ? (r.json() as Promise<UiConfig>) : undefined))
      .then((config) => {
        if (live && config && Object.keys(config.receivers).length > 0) setReceivers(config.receivers);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return receivers;
}

/** No data in the range: what to do about it, with the receivers' addresses to send traces to. */
export function EmptyState({ what }: { what: string }) {
  const receivers = useReceivers();
  return (
    <div className="state empty" data-testid="empty-state">
      <h3>No {what} in this time range yet</h3>
      <p>
        Pick a longer time range, or send traces to this <code>ht</code>: point an OpenTelemetry, Zipkin or Jaeger
        client at one of its receivers.
      </p>
      <table className="ports">
        <tbody>
          {Object.entries(receivers).map(([name, url]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>
                <code>{url}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        <code>npm run demo</code> sends a simulated shop&apos;s traffic on its own.
      </p>
    </div>
  );
}

/** A failed query: what went wrong and what to try; a 401 asks for an API key, kept for the session. */
export function ErrorState({ error }: { error: Error }) {
  const status = error instanceof QueryError ? error.status : -1;
  if (status === 401) return <ApiKeyPrompt message={error.message} />;
  return (
    <div className="state error" role="alert">
      <h3>The query failed</h3>
      <p>{error.message}</p>
      <p className="hint">
        {status === 0
          ? 'The UI talks to the ht process that served it (POST /graphql on the UI port, 2020 by default): start it with npm run demo or ht run.'
          : 'Try a shorter time range; the ht log names the cause.'}
      </p>
    </div>
  );
}

function ApiKeyPrompt({ message }: { message: string }) {
  const [key, setKey] = useState('');
  return (
    <form
      className="state error"
      onSubmit={(e) => {
        e.preventDefault();
        if (!key.trim()) return;
        sessionStorage.setItem(API_KEY_STORAGE, key.trim());
        location.reload();
      }}
    >
      <h3>This ht asks for an API key</h3>
      <p>{message}</p>
      <label className="inline">
        API key
        <input type="password" value={key} onChange={(e) => setKey(e.target.value)} autoFocus />
      </label>{' '}
      <button type="submit">Use it for this session</button>
    </form>
  );
}

/**
 * The usual frame of a page's data: loading first, the error if the last query failed with nothing to
 * show, the empty state when `isEmpty`, else the children.
 */
export function QueryView<T>({
  state,
  what,
  isEmpty,
  children,
}: {
  state: { data: T | undefined; error: Error | undefined; loading: boolean };
  what: string;
  isEmpty: (data: T) => boolean;
  children: (data: T) => React.ReactNode;
}) {
  if (state.error && state.data === undefined) return <ErrorState error={state.error} />;
  if (state.data === undefined) return <Loading what={what} />;
  if (isEmpty(state.data)) return <EmptyState what={what} />;
  return (
    <>
      {state.error ? <ErrorState error={state.error} /> : null}
      {children(state.data)}
    </>
  );
}
