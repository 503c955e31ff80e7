import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { FIND_IN_TRACE_QUERY, TRACE_OUTLINE_QUERY } from '../api/queries.js';
import type { FindInTraceData, SpanRow, TraceOutlineData } from '../api/queries.js';
import { ErrorState, Loading } from '../components/States.js';
import { formatClock, formatDuration } from '../format.js';
import { ApiTraceView } from '../trace/ApiTraceView.js';
import { FlameGraph } from '../trace/FlameGraph.js';
import { SpanPanel } from '../trace/SpanPanel.js';
import { Waterfall } from '../trace/Waterfall.js';
import { findInTrace, layoutWaterfall, visibleRows } from '../trace/waterfall.js';
import { traceStatistics } from '../trace/traceStatistics.js';
import { TraceStatisticsTable } from '../trace/TraceStatistics.js';
import { runQuery } from '../api/graphql.js';
import { useQuery } from '../state/useQuery.js';
import { useTimeWindow } from '../state/useTimeWindow.js';
import { useSharedSearch, useUrlParam } from '../state/useUrlState.js';

/** How long the find box waits after typing stops before asking the server for attribute matches. */
const FIND_DELAY_MS = 250;

/**
 * One trace: a virtualized waterfall with the critical path, find within the trace, and a span panel. The
 * page loads the trace's outline (`traceOutline`: tree, timings, status), a span's attributes when it is
 * selected (the panel) and the spans whose attributes match the find box from the server (`findInTrace`).
 */
export default function TraceDetail() {
  const { traceId = '' } = useParams();
  const search = useSharedSearch();
  const state = useQuery<TraceOutlineData>(TRACE_OUTLINE_QUERY, { traceId });
  return (
    <section className="trace-page">
      <p className="crumbs">
        <Link to={`/traces${search}`}>Traces</Link> / <code>{traceId}</code> ·{' '}
        <Link to={`/traces${search}${search ? '&' : '?'}compare=${traceId}`} data-testid="compare-with">
          Compare with another trace…
        </Link>
      </p>
      {state.error && !state.data ? <ErrorState error={state.error} /> : null}
      {!state.data && !state.error ? <Loading what="the trace" /> : null}
      {state.data && state.data.traceOutline === null ? (
        <div className="state empty">
          <h3>No trace {traceId}</h3>
          <p>
            This tenant has no trace with that id (yet: a trace is stored once its spans stop arriving).{' '}
            <Link to={`/traces${search}`}>Search traces</Link>
          </p>
        </div>
      ) : null}
      {state.data?.traceOutline ? (
        <TraceView key={traceId} spans={state.data.traceOutline.spans} traceId={traceId} />
      ) : null}
    </section>
  );
}

function TraceView({ spans, traceId }: { spans: readonly SpanRow[]; traceId: string }) {
  const model = useMemo(() => layoutWaterfall(spans), [spans]);
  const [selected, setSelected] = useUrlParam('span');
  const [tab, setTab] = useUrlParam('view', 'waterfall');
  const [entry, setEntry] = useUrlParam('entry');
  const statistics = useMemo(() => (tab === 'stats' ? traceStatistics(model) : []), [model, tab]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [find, setFind] = useState('');
  const [hitIndex, setHitIndex] = useState(0);
  const attributeMatches = useAttributeMatches(traceId, find);
  const rows = useMemo(() => visibleRows(model.rows, collapsed), [model, collapsed]);
  const hits = useMemo(() => findInTrace(rows, find, attributeMatches.ids), [rows, find, attributeMatches]);
  const highlighted = useMemo(() => new Set(hits.map((i) => rows[i]?.span.spanId ?? '')), [hits, rows]);
  // The flame graph draws every span, collapsed or not: its matches are found over all of them.
  const flameHits = useMemo(
    () =>
      tab === 'flame'
        ? new Set(findInTrace(model.rows, find, attributeMatches.ids).map((i) => model.rows[i]?.span.spanId ?? ''))
        : highlighted,
    [tab, model, find, attributeMatches, highlighted],
  );
  const current = hits.length > 0 ? hits[((hitIndex % hits.length) + hits.length) % hits.length] : undefined;
  const toggle = useCallback(
    (spanId: string) =>
      setCollapsed((c) => {
        const next = new Set(c);
        if (next.has(spanId)) next.delete(spanId);
        else next.add(spanId);
        return next;
      }),
    [],
  );
  const step = (by: number): void => {
    if (hits.length === 0) return;
    const next = hitIndex + by;
    setHitIndex(next);
    const row = rows[hits[((next % hits.length) + hits.length) % hits.length] ?? 0];
    if (row) setSelected(row.span.spanId);
  };
  const span = model.rows.find((r) => r.span.spanId === selected)?.span;
  const root = model.rows[0]?.span;
  const errors = model.rows.filter((r) => r.isError).length;
  const critical = model.rows.filter((r) => r.onCriticalPath).length;
  return (
    <>
      <h1>{root ? `${root.serviceName}: ${root.name}` : traceId}</h1>
      <div className="facts-row">
        <span>
          Started <strong>{root ? formatClock(root.startTime) : '–'}</strong>
        </span>
        <span>
          Duration <strong>{formatDuration(model.durationMicros)}</strong>
        </span>
        <span>
          Spans <strong data-testid="span-count">{model.rows.length}</strong>
        </span>
        <span>
          Services <strong>{model.services.length}</strong>
        </span>
        <span className={errors > 0 ? 'bad' : ''}>
          Errors <strong>{errors}</strong>
        </span>
        <span>
          Critical path <strong>{critical}</strong> spans <span className="legend-critical" />
        </span>
      </div>
      <div className="segmented tabs" role="tablist" aria-label="Trace views">
        {[
          ['waterfall', 'Waterfall'],
          ['flame', 'Flame graph'],
          ['api', 'API calls'],
          ['stats', 'Statistics'],
        ].map(([value, label]) => (
          <button
            key={value}
            type="button"
            role="tab"
            aria-selected={tab === value}
            className={tab === value ? 'active' : ''}
            onClick={() => setTab(value ?? 'waterfall')}
          >
            {label}
          </button>
        ))}
      </div>
      {tab === 'stats' ? <TraceStatisticsTable rows={statistics} durationMicros={model.durationMicros} /> : null}
      {tab === 'api' ? (
        <div className={`trace-body ${span ? 'with-panel' : ''}`}>
          <ApiTraceView model={model} entry={entry} onEntry={setEntry} onSelect={setSelected} />
          {span ? (
            <SpanPanel span={span} traceId={traceId} onClose={() => setSelected('')} onJump={setSelected} />
          ) : null}
        </div>
      ) : null}
      <div className="toolbar" hidden={tab === 'stats' || tab === 'api'}>
        <form
          className="inline"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            step(1);
          }}
        >
          <input
            value={find}
            placeholder="Find in trace: name, service, attribute"
            aria-label="Find in trace"
            size={32}
            onChange={(e) => {
              setFind(e.target.value);
              setHitIndex(0);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setFind('');
            }}
          />
          <button type="button" onClick={() => step(-1)} disabled={hits.length === 0} aria-label="Previous match">
            ↑
          </button>
          <button type="submit" disabled={hits.length === 0} aria-label="Next match">
            ↓
          </button>
          <span className="muted" data-testid="find-count">
            {find
              ? `${hits.length === 0 ? 0 : (((hitIndex % hits.length) + hits.length) % hits.length) + 1}/${hits.length}`
              : ''}
          </span>
          {attributeMatches.pending ? (
            <span className="muted" data-testid="find-pending">
              {' '}
              searching attributes…
            </span>
          ) : null}
        </form>
        <span hidden={tab === 'flame'}>
          <button type="button" onClick={() => setCollapsed(new Set())}>
            Expand all
          </button>{' '}
          <button
            type="button"
            onClick={() =>
              setCollapsed(
                new Set(model.rows.filter((r) => r.depth >= 1 && r.childCount > 0).map((r) => r.span.spanId)),
              )
            }
          >
            Collapse below the root&apos;s children
          </button>
        </span>
      </div>
      <div className={`trace-body ${span ? 'with-panel' : ''}`} hidden={tab === 'stats' || tab === 'api'}>
        {tab === 'flame' ? (
          <FlameGraph
            rows={model.rows}
            durationMicros={model.durationMicros}
            selected={selected || undefined}
            highlighted={flameHits}
            onSelect={setSelected}
          />
        ) : (
          <Waterfall
            rows={rows}
            durationMicros={model.durationMicros}
            selected={selected || undefined}
            collapsed={collapsed}
            highlighted={highlighted}
            scrollTo={current}
            onSelect={setSelected}
            onToggle={toggle}
          />
        )}
        {span && tab !== 'api' ? (
          <SpanPanel span={span} traceId={traceId} onClose={() => setSelected('')} onJump={setSelected} />
        ) : null}
      </div>
    </>
  );
}

const NO_MATCHES: ReadonlySet<string> = new Set();

/**
 * The spans whose attributes (or name, service, id) contain `find`, asked of the server 250 ms after typing
 * stops; `pending` until the answer for the current text is in (an error leaves the local matches alone).
 */
function useAttributeMatches(traceId: string, find: string): { ids: ReadonlySet<string>; pending: boolean } {
  const text = find.trim();
  const { tenant } = useTimeWindow();
  const [answer, setAnswer] = useState<{ text: string; ids: ReadonlySet<string> }>();
  useEffect(() => {
    if (text === '') return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      runQuery<FindInTraceData>(FIND_IN_TRACE_QUERY, { traceId, text }, { tenant, signal: controller.signal }).then(
        (data) => setAnswer({ text, ids: new Set(data.findInTrace) }),
        (error: unknown) => {
          if ((error as Error).name !== 'AbortError') setAnswer({ text, ids: NO_MATCHES });
        },
      );
    }, FIND_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [traceId, text, tenant]);
  const current = answer?.text === text ? answer.ids : undefined;
  return useMemo(
    () => ({ ids: current ?? NO_MATCHES, pending: text !== '' && current === undefined }),
    [current, text],
  );
}
