import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { SEARCH_OPTIONS_QUERY, TRACES_QUERY } from '../api/queries.js';
import type { SearchOptionsData, TracesData } from '../api/queries.js';
import { QueryView } from '../components/States.js';
import { formatClock, formatDuration } from '../format.js';
import { TraceScatter } from '../trace/TraceScatter.js';
import { traceFilter, withinMax } from '../trace/traceSearch.js';
import type { TraceSearchForm } from '../trace/traceSearch.js';
import { useQuery } from '../state/useQuery.js';
import { useSharedSearch, useUrlParam } from '../state/useUrlState.js';
import { useTimeWindow } from '../state/useTimeWindow.js';

/**
 * Trace search: filters (held in the URL), a scatter plot of the results (start × duration, errors
 * colored) and the results with duration bars; a point or a row opens the trace.
 */
export default function Traces() {
  const { window } = useTimeWindow();
  const navigate = useNavigate();
  const search = useSharedSearch();
  const [service, setService] = useUrlParam('service');
  const [operation, setOperation] = useUrlParam('operation');
  const [minMs, setMinMs] = useUrlParam('minMs');
  const [maxMs, setMaxMs] = useUrlParam('maxMs');
  const [errors, setErrors] = useUrlParam('errors');
  const [attributes, setAttributes] = useUrlParam('attrs');
  const [limit, setLimit] = useUrlParam('limit', '50');
  const form: TraceSearchForm = { service, operation, minMs, maxMs, errorsOnly: errors === '1', attributes };
  const between = { startTime: window.startTime, endTime: window.endTime };
  const options = useQuery<SearchOptionsData>(SEARCH_OPTIONS_QUERY, { between });
  const results = useQuery<TracesData>(TRACES_QUERY, {
    filter: traceFilter(form, between),
    limit: Number(limit) || 50,
  });
  // The service in the URL stays picked while the suggestions load (or when the range has none of it).
  const services = useMemo(
    () => [...new Set([...(options.data?.entities.map((e) => e.service ?? '') ?? []), service])].filter(Boolean).sort(),
    [options.data, service],
  );
  const operations = useMemo(
    () =>
      [
        ...new Set(options.data?.entities.filter((e) => !service || e.service === service).map((e) => e.name) ?? []),
      ].sort(),
    [options.data, service],
  );
  return (
    <section>
      <h1>Traces</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Trace filters">
        <label>
          Service
          <select value={service} onChange={(e) => setService(e.target.value)} aria-label="Service">
            <option value="">any</option>
            {services.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Operation
          <DraftInput value={operation} onCommit={setOperation} list="operations" placeholder="any" label="Operation" />
          <datalist id="operations">
            {operations.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
        </label>
        <label>
          Min ms
          <DraftInput value={minMs} onCommit={setMinMs} placeholder="0" label="Minimum duration (ms)" size={6} />
        </label>
        <label>
          Max ms
          <DraftInput value={maxMs} onCommit={setMaxMs} placeholder="∞" label="Maximum duration (ms)" size={6} />
        </label>
        <label className="check">
          <input type="checkbox" checked={errors === '1'} onChange={(e) => setErrors(e.target.checked ? '1' : '')} />
          Errors only
        </label>
        <label className="grow">
          Attributes (key=value &amp; …)
          <DraftInput
            value={attributes}
            onCommit={setAttributes}
            placeholder="http.request.method=GET"
            label="Attribute conditions"
          />
        </label>
        <label>
          Limit
          <select value={limit} onChange={(e) => setLimit(e.target.value)} aria-label="Limit">
            {['20', '50', '100', '500'].map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
      </form>
      <QueryView state={results} what="traces" isEmpty={() => false}>
        {(data) => {
          const rows = data.traces.filter((t) => withinMax(t.durationMicros, form));
          return (
            <>
              {rows.length > 0 ? (
                <div className="panel">
                  <TraceScatter rows={rows} onOpen={(traceId) => void navigate(`/traces/${traceId}${search}`)} />
                </div>
              ) : null}
              <Results rows={rows} search={search} />
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

/** A text input that commits on Enter or when it loses focus (so typing does not query on every key). */
function DraftInput({
  value,
  onCommit,
  label,
  ...rest
}: {
  value: string;
  onCommit: (v: string) => void;
  label: string;
  placeholder?: string;
  list?: string;
  size?: number;
}) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
  }
  return (
    <input
      {...rest}
      aria-label={label}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => onCommit(draft.trim())}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onCommit(draft.trim());
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}

function Results({ rows, search }: { rows: TracesData['traces']; search: string }) {
  if (rows.length === 0) {
    return (
      <div className="state empty" data-testid="no-traces">
        <h3>No trace matches</h3>
        <p>Loosen the filters or pick a longer time range.</p>
      </div>
    );
  }
  const longest = Math.max(...rows.map((r) => r.durationMicros), 1);
  return (
    <table className="data traces" aria-label="Traces" data-testid="trace-results">
      <thead>
        <tr>
          <th>Start</th>
          <th>Root service</th>
          <th>Root operation</th>
          <th className="num">Spans</th>
          <th className="num">Errors</th>
          <th className="duration-col">Duration</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((t) => (
          <tr key={t.traceId} className={t.errorCount > 0 ? 'error' : ''}>
            <td>
              <Link to={`/traces/${t.traceId}${search}`} className="trace-link">
                {formatClock(t.startTime)}
              </Link>
            </td>
            <td>{t.rootService}</td>
            <td>{t.rootOperation}</td>
            <td className="num">{t.spanCount}</td>
            <td className={`num ${t.errorCount > 0 ? 'bad' : ''}`}>{t.errorCount}</td>
            <td className="duration-col">
              <div className="duration-bar">
                <div
                  className={t.errorCount > 0 ? 'bar bad' : 'bar'}
                  style={{ width: `${Math.max((t.durationMicros / longest) * 100, 0.5)}%` }}
                />
                <span>{formatDuration(t.durationMicros)}</span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
