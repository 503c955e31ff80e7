import { Link } from 'react-router';
import type { AttributeRow, SpanRow } from '../api/queries.js';
import { formatClock, formatDuration } from '../format.js';
import { useSharedSearch } from '../state/useUrlState.js';

/**
 * The selected span: its figures, its attributes told apart (client, resource, enriched), its events and
 * its links (a link to a span of this trace selects it; one to another trace opens that trace at the span).
 */
export function SpanPanel({
  span,
  traceId,
  onClose,
  onJump,
}: {
  span: SpanRow;
  traceId: string;
  onClose: () => void;
  onJump: (spanId: string) => void;
}) {
  const search = useSharedSearch();
  return (
    <aside
      className="span-panel"
      aria-label="Span details"
      data-testid="span-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header>
        <h2>{span.name}</h2>
        <button type="button" onClick={onClose} aria-label="Close the span panel">
          ✕
        </button>
      </header>
      <dl className="facts">
        <dt>Service</dt>
        <dd>{span.serviceName}</dd>
        <dt>Duration</dt>
        <dd>{formatDuration(span.durationMicros)}</dd>
        <dt>Start</dt>
        <dd>{formatClock(span.startTime)}</dd>
        <dt>Kind</dt>
        <dd>
          {span.kind}
          {span.spanType ? ` · ${span.spanType}` : ''}
          {span.protocol ? ` · ${span.protocol}` : ''}
        </dd>
        <dt>Status</dt>
        <dd className={span.statusCode === 'ERROR' ? 'bad' : ''}>{span.statusCode}</dd>
        {span.apiName ? (
          <>
            <dt>API</dt>
            <dd>{span.apiName}</dd>
          </>
        ) : null}
        <dt>Span id</dt>
        <dd>
          <code>{span.spanId}</code>
        </dd>
        {span.parentSpanId ? (
          <>
            <dt>Parent</dt>
            <dd>
              <code>{span.parentSpanId}</code>
            </dd>
          </>
        ) : null}
      </dl>
      <h3>Links ({span.links.length})</h3>
      {span.links.length === 0 ? (
        <p className="muted">No links.</p>
      ) : (
        <ul className="links" data-testid="span-links">
          {span.links.map((link, i) => (
            <li key={i}>
              {link.traceId === traceId ? (
                <button type="button" className="linklike" onClick={() => onJump(link.spanId)}>
                  span <code>{link.spanId}</code> of this trace
                </button>
              ) : (
                <Link to={`/traces/${link.traceId}${search}${search ? '&' : '?'}span=${link.spanId}`}>
                  span <code>{link.spanId}</code> of trace <code>{link.traceId.slice(0, 8)}…</code>
                </Link>
              )}
              {link.attributes.length > 0 ? (
                <span className="muted"> {link.attributes.map((a) => `${a.key}=${a.value}`).join(', ')}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Attributes title="Client attributes" rows={span.clientAttributes} testId="client-attributes" />
      <Attributes title="Resource attributes" rows={span.resourceAttributes} testId="resource-attributes" />
      <Attributes title="Enriched attributes (ht.)" rows={span.enrichedAttributes} testId="enriched-attributes" />
      <h3>Events ({span.events.length})</h3>
      {span.events.length === 0 ? (
        <p className="muted">No events.</p>
      ) : (
        <ul className="events">
          {span.events.map((e, i) => (
            <li key={i} className={e.isException ? 'bad' : ''}>
              <strong>{formatClock(e.time)}</strong> {e.name}
              {e.level ? ` [${e.level}]` : ''} {e.message}
              {e.isException ? (
                <details>
                  <summary>
                    {e.exceptionType}: {e.exceptionMessage}
                  </summary>
                  <pre>{e.exceptionStacktrace}</pre>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

function Attributes({ title, rows, testId }: { title: string; rows: readonly AttributeRow[]; testId: string }) {
  return (
    <>
      <h3>
        {title} ({rows.length})
      </h3>
      {rows.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <table className="attributes" data-testid={testId}>
          <tbody>
            {[...rows]
              .sort((a, b) => a.key.localeCompare(b.key))
              .map((a) => (
                <tr key={a.key}>
                  <th scope="row">{a.key}</th>
                  <td>{a.value}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </>
  );
}
