import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { SEARCH_OPTIONS_QUERY, TRACES_QUERY } from '../api/queries.js';
import type { SearchOptionsData, TracesData } from '../api/queries.js';
import { QueryView } from '../components/States.js';
import { formatClock, formatDuration } from '../format.js';
import { ConditionBox } from '../trace/ConditionBox.js';
import { SearchSyntaxError } from '../trace/searchExpression.js';
import { TraceScatter } from '../trace/TraceScatter.js';
import { traceFilter, withinMax } from '../trace/traceSearch.js';
import type { TraceSearchForm } from '../trace/traceSearch.js';
import { useQuery } from '../state/useQuery.js';
import { useSharedSearch, useUrlParam } from '../state/useUrlState.js';
import { useTimeWindow } from '../state/useTimeWindow.js';

/**
 * Trace search: filters (held in the URL) with a condition box (AND / OR / NOT, wildcards, presence; keys
 * and values suggested), a scatter plot of the results (start time or span count × duration, errors
 * colored) and the results with duration bars; a point or a row opens the trace, two picked ones their
 * comparison.
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
  const [plot, setPlot] = useUrlParam('plot', 'start');
  const [compareWith] = useUrlParam('compare');
  const [picked, setPicked] = useState<readonly string[]>(compareWith ? [compareWith] : []);
  const form: TraceSearchForm = { service, operation, minMs, maxMs, errorsOnly: errors === '1', attributes };
  const between = { startTime: window.startTime, endTime: window.endTime };
  const options = useQuery<SearchOptionsData>(SEARCH_OPTIONS_QUERY, { between });
  let filter: Record<string, unknown> | undefined;
  let invalid: string | undefined;
  try {
    filter = traceFilter(form, between);
  } catch (error) {
    if (!(error instanceof SearchSyntaxError)) throw error;
    invalid = `The conditions cannot be read: ${error.message} (character ${error.at + 1}).`;
  }
  const results = useQuery<TracesData>(
    TRACES_QUERY,
    { filter: filter ?? {}, limit: Number(limit) || 50 },
    filter === undefined,
  );
  const pick = (traceId: string, on: boolean): void =>
    setPicked((p) => (on ? [...p.filter((t) => t !== traceId), traceId].slice(-2) : p.filter((t) => t !== traceId)));
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
          Conditions on one span (key=value, AND, OR, NOT, *, key alone: present)
          <ConditionBox
            value={attributes}
            onCommit={setAttributes}
            between={between}
            services={services}
            operations={operations}
            invalid={invalid}
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
      {compareWith ? (
        <p className="hint" data-testid="compare-hint">
          Pick a trace to compare with <code>{compareWith.slice(0, 8)}…</code> (the Compare box of a result).
        </p>
      ) : null}
      {invalid ? (
        <div className="state empty" data-testid="no-traces">
          <h3>Fix the conditions to search</h3>
          <p>{invalid}</p>
        </div>
      ) : (
        <QueryView state={results} what="traces" isEmpty={() => false}>
          {(data) => {
            const rows = data.traces.filter((t) => withinMax(t.durationMicros, form));
            return (
              <>
                {rows.length > 0 ? (
                  <div className="panel">
                    <div className="panel-head">
                      <span className="muted">Duration against</span>
                      <div className="segmented" role="group" aria-label="Scatter plot axis">
                        {[
                          ['start', 'Start time'],
                          ['spans', 'Span count'],
                        ].map(([value, label]) => (
                          <button
                            key={value}
                            type="button"
                            aria-pressed={plot === value}
                            className={plot === value ? 'active' : ''}
                            onClick={() => setPlot(value ?? 'start')}
                          >
                            {label}
                          </button>
                        ))}
                      </div>
                    </div>
                    <TraceScatter
                      rows={rows}
                      axis={plot === 'spans' ? 'spans' : 'start'}
                      onOpen={(traceId) => void navigate(`/traces/${traceId}${search}`)}
                    />
                  </div>
                ) : null}
                <div className="compare-pick">
                  <button
                    type="button"
                    disabled={picked.length !== 2}
                    data-testid="compare-picked"
                    onClick={() => void navigate(`/compare/${picked[0] ?? ''}/${picked[1] ?? ''}${search}`)}
                  >
                    Compare the two picked traces
                  </button>{' '}
                  <span className="muted">
                    {picked.length === 2 ? 'Ready to compare.' : `Pick ${2 - picked.length} more (the Compare box).`}
                  </span>
                </div>
                <Results rows={rows} search={search} picked={picked} onPick={pick} />
              </>
            );
          }}
        </QueryView>
      )}
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

function Results({
  rows,
  search,
  picked,
  onPick,
}: {
  rows: TracesData['traces'];
  search: string;
  picked: readonly string[];
  onPick: (traceId: string, on: boolean) => void;
}) {
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
          <th>Compare</th>
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
            <td className="center">
              <input
                type="checkbox"
                aria-label={`Compare trace ${t.traceId}`}
                checked={picked.includes(t.traceId)}
                onChange={(e) => onPick(t.traceId, e.target.checked)}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
