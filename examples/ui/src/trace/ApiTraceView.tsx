import { useMemo } from 'react';
import { formatDuration } from '../format.js';
import { apiCalls } from './apiTrace.js';
import type { ApiCall } from './apiTrace.js';
import type { WaterfallModel } from './waterfall.js';
import { serviceColor } from './serviceColor.js';

/**
 * The trace's API calls (Hypertrace's API trace): on the left every service visit (entry span) in tree
 * order; on the right the picked one (`?entry=<spanId>`, the first by default) with its exit calls on the
 * entry's own time scale, each naming the service and API it reached (a click opens that call). A span's
 * name opens its panel.
 */
export function ApiTraceView({
  model,
  entry,
  onEntry,
  onSelect,
}: {
  model: WaterfallModel;
  entry: string;
  onEntry: (spanId: string) => void;
  onSelect: (spanId: string) => void;
}) {
  const calls = useMemo(() => apiCalls(model), [model]);
  const call = calls.find((c) => c.entry.span.spanId === entry) ?? calls[0];
  if (!call) return <p className="muted">This trace has no spans.</p>;
  return (
    <div className="api-trace" data-testid="api-trace">
      <nav className="api-calls" aria-label="API calls">
        <ol>
          {calls.map((c) => (
            <li key={c.entry.span.spanId}>
              <button
                type="button"
                className={c === call ? 'active' : ''}
                aria-current={c === call ? 'true' : undefined}
                style={{ paddingLeft: 8 + Math.min(c.entry.depth, 12) * 6 }}
                onClick={() => onEntry(c.entry.span.spanId)}
              >
                <span className="wf-swatch" style={{ background: serviceColor(c.entry.span.serviceName) }} />
                <span className="api-call-name">
                  <span className="muted">{c.entry.span.serviceName}</span> {c.entry.span.apiName || c.entry.span.name}
                </span>
                <span className={`num ${c.entry.isError ? 'bad' : 'muted'}`}>
                  {formatDuration(c.entry.span.durationMicros)}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <ApiCallDetail call={call} onEntry={onEntry} onSelect={onSelect} />
    </div>
  );
}

/** A protocol worth showing ('' and UNKNOWN are not). */
const known = (protocol: string): boolean => protocol !== '' && protocol !== 'UNKNOWN';

function ApiCallDetail({
  call,
  onEntry,
  onSelect,
}: {
  call: ApiCall;
  onEntry: (spanId: string) => void;
  onSelect: (spanId: string) => void;
}) {
  const entry = call.entry;
  const start = entry.offsetMicros;
  const scale = Math.max(entry.span.durationMicros, 1);
  const exitTime = call.exits.reduce((n, e) => n + e.row.span.durationMicros, 0);
  return (
    <div className="panel api-call" data-testid="api-call">
      <h2>
        <span className="muted">{entry.span.serviceName}</span> {entry.span.apiName || entry.span.name}
      </h2>
      <p className="facts-row">
        <span>
          Duration <strong>{formatDuration(entry.span.durationMicros)}</strong>
        </span>
        <span>
          Exit calls <strong data-testid="exit-count">{call.exits.length}</strong>
        </span>
        <span>
          In exit calls <strong>{formatDuration(exitTime)}</strong> (overlaps counted twice)
        </span>
        <span>
          Internal spans <strong>{call.internalSpans}</strong>
        </span>
        <span className={entry.isError ? 'bad' : ''}>
          Status <strong>{entry.span.statusCode}</strong>
          {known(entry.span.protocol) ? ` · ${entry.span.protocol}` : ''}
        </span>
      </p>
      <table className="data api-exits" aria-label="Exit calls">
        <thead>
          <tr>
            <th>Span</th>
            <th>Reached</th>
            <th className="api-bar-col">Within the call</th>
            <th className="num">Duration</th>
          </tr>
        </thead>
        <tbody>
          <tr className={entry.isError ? 'error' : ''}>
            <td>
              <button type="button" className="linklike" onClick={() => onSelect(entry.span.spanId)}>
                {entry.span.name}
              </button>{' '}
              <span className="badge">entry</span>
            </td>
            <td className="muted">–</td>
            <td className="api-bar-col">
              <span className="compare-track">
                <span className={`compare-bar ${entry.isError ? 'bad' : ''}`} style={{ left: 0, width: '100%' }} />
              </span>
            </td>
            <td className="num">{formatDuration(entry.span.durationMicros)}</td>
          </tr>
          {call.exits.map(({ row, callee }) => (
            <tr key={row.span.spanId} className={row.isError ? 'error' : ''}>
              <td>
                <button type="button" className="linklike" onClick={() => onSelect(row.span.spanId)}>
                  {row.span.name}
                </button>
              </td>
              <td>
                {callee ? (
                  <button type="button" className="linklike" onClick={() => onEntry(callee.span.spanId)}>
                    {callee.span.serviceName}: {callee.span.apiName || callee.span.name}
                  </button>
                ) : (
                  <span className="muted">
                    {known(row.span.protocol) ? `${row.span.protocol} · ` : ''}no span of it in the trace
                  </span>
                )}
              </td>
              <td className="api-bar-col">
                <span className="compare-track">
                  <span
                    className={`compare-bar ${row.isError ? 'bad' : ''}`}
                    style={{
                      left: `${Math.max(((row.offsetMicros - start) / scale) * 100, 0)}%`,
                      width: `${Math.max((row.span.durationMicros / scale) * 100, 0.5)}%`,
                    }}
                  />
                </span>
              </td>
              <td className={`num ${row.isError ? 'bad' : ''}`}>{formatDuration(row.span.durationMicros)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {call.exits.length === 0 ? <p className="muted">This call made no exit calls.</p> : null}
    </div>
  );
}
