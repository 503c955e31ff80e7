import { Link } from 'react-router';
import { SPAN_DETAILS_QUERY } from '../api/queries.js';
import type { AttributeRow, SpanDetails, SpanDetailsData, SpanRow } from '../api/queries.js';
import { ErrorState } from '../components/States.js';
import { formatClock, formatDuration } from '../format.js';
import { useQuery } from '../state/useQuery.js';
import { useSharedSearch } from '../state/useUrlState.js';

/**
 * The selected span: its figures (from the trace's outline, at once), then its attributes told apart
 * (client, resource, enriched), its events and its links, asked when it is selected (`traceSpans`): a
 * link to a span of this trace selects it; one to another trace opens that trace at the span.
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
  const state = useQuery<SpanDetailsData>(SPAN_DETAILS_QUERY, { traceId, spanIds: [span.spanId] });
  const details = state.data?.traceSpans.find((d) => d.spanId === span.spanId);
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
      {details ? (
        <Details details={details} traceId={traceId} onJump={onJump} />
      ) : state.error ? (
        <ErrorState error={state.error} />
      ) : (
        <p className="muted" data-testid="span-details-loading">
          Loading the span&apos;s attributes, events and links…
        </p>
      )}
    </aside>
  );
}

/** The span's links, attributes and events, once read. */
function Details({
  details,
  traceId,
  onJump,
}: {
  details: SpanDetails;
  traceId: string;
  onJump: (spanId: string) => void;
}) {
  const search = useSharedSearch();
  return (
    <>
      <h3>Links ({details.links.length})</h3>
      {details.links.length === 0 ? (
        <p className="muted">No links.</p>
      ) : (
        <ul className="links" data-testid="span-links">
          {details.links.map((link, i) => (
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
      <Attributes title="Client attributes" rows={details.clientAttributes} testId="client-attributes" />
      <Attributes title="Resource attributes" rows={details.resourceAttributes} testId="resource-attributes" />
      <Attributes title="Enriched attributes (ht.)" rows={details.enrichedAttributes} testId="enriched-attributes" />
      <h3>Events ({details.events.length})</h3>
      {details.events.length === 0 ? (
        <p className="muted">No events.</p>
      ) : (
        <ul className="events">
          {details.events.map((e, i) => (
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
    </>
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
