import { useMemo } from 'react';
import { Link } from 'react-router';
import { ENTITIES_QUERY, TRACES_QUERY } from '../api/queries.js';
import type { EntitiesData, EntityRow, TracesData } from '../api/queries.js';
import { useResolvedColor } from '../components/EntityTable.js';
import { QueryView } from '../components/States.js';
import { TimeChart } from '../components/TimeChart.js';
import { formatClock, formatCount, formatDuration, formatPercent } from '../format.js';
import { fillBuckets } from '../state/timeRange.js';
import type { TimeWindow } from '../state/timeRange.js';
import { useQuery } from '../state/useQuery.js';
import { useSharedSearch } from '../state/useUrlState.js';
import { useTimeWindow } from '../state/useTimeWindow.js';

/** Sums the services' series bucket by bucket (calls or errors over every service), every bucket of the window. */
function totalSeries(
  w: TimeWindow,
  rows: readonly EntityRow[],
  pick: (r: EntityRow) => EntityRow['calls']['series'],
): { times: string[]; values: number[] } {
  return fillBuckets(
    w,
    rows.flatMap((row) => pick(row).map((p) => [p.startTime, p.count] as const)),
  );
}

/** Headline RED numbers with charts, the top services by errors and by latency, recent error traces. */
export default function Dashboard() {
  const { window } = useTimeWindow();
  const search = useSharedSearch();
  const between = { startTime: window.startTime, endTime: window.endTime };
  const services = useQuery<EntitiesData>(ENTITIES_QUERY, {
    type: 'SERVICE',
    between,
    interval: window.interval,
    limit: 100,
  });
  const errors = useQuery<TracesData>(TRACES_QUERY, { filter: { ...between, hasError: true }, limit: 10 });
  const accent = useResolvedColor('var(--accent)');
  const bad = useResolvedColor('var(--bad)');
  return (
    <section>
      <h1>Dashboard</h1>
      <QueryView state={services} what="traces" isEmpty={(d) => d.entities.length === 0}>
        {(data) => <Headline window={window} rows={data.entities} accent={accent} bad={bad} search={search} />}
      </QueryView>
      <h2>Recent error traces</h2>
      <QueryView state={errors} what="error traces" isEmpty={() => false}>
        {(data) =>
          data.traces.length === 0 ? (
            <p className="muted">No trace in error in this range.</p>
          ) : (
            <table className="data" aria-label="Recent error traces">
              <thead>
                <tr>
                  <th>Start</th>
                  <th>Root</th>
                  <th className="num">Duration</th>
                  <th className="num">Spans</th>
                  <th className="num">Errors</th>
                </tr>
              </thead>
              <tbody>
                {data.traces.map((t) => (
                  <tr key={t.traceId}>
                    <td>{formatClock(t.startTime)}</td>
                    <td>
                      <Link to={`/traces/${t.traceId}${search}`}>
                        {t.rootService}: {t.rootOperation}
                      </Link>
                    </td>
                    <td className="num">{formatDuration(t.durationMicros)}</td>
                    <td className="num">{t.spanCount}</td>
                    <td className="num bad">{t.errorCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </section>
  );
}

function Headline({
  window,
  rows,
  accent,
  bad,
  search,
}: {
  window: TimeWindow;
  rows: readonly EntityRow[];
  accent: string;
  bad: string;
  search: string;
}) {
  const calls = rows.reduce((n, r) => n + r.calls.count, 0);
  const errorCount = rows.reduce((n, r) => n + r.errors.count, 0);
  const rate = rows.reduce((n, r) => n + r.calls.avgRate, 0);
  const worstP99 = rows.reduce((n, r) => Math.max(n, r.latency.p99), 0);
  const callSeries = useMemo(() => totalSeries(window, rows, (r) => r.calls.series), [window, rows]);
  const errorSeries = useMemo(() => totalSeries(window, rows, (r) => r.errors.series), [window, rows]);
  const callLines = useMemo(() => [{ label: 'calls', color: accent, values: callSeries.values }], [accent, callSeries]);
  const errorLines = useMemo(() => [{ label: 'errors', color: bad, values: errorSeries.values }], [bad, errorSeries]);
  const byErrors = [...rows]
    .filter((r) => r.errors.count > 0)
    .sort((a, b) => b.errors.count - a.errors.count)
    .slice(0, 5);
  const byLatency = [...rows].sort((a, b) => b.latency.p99 - a.latency.p99).slice(0, 5);
  return (
    <>
      <div className="cards">
        <Card label="Calls" value={formatCount(calls)} />
        <Card label="Calls/s" value={formatCount(rate)} />
        <Card
          label="Errors"
          value={`${formatCount(errorCount)} (${formatPercent(errorCount, calls)})`}
          bad={errorCount > 0}
        />
        <Card label="Worst service p99" value={formatDuration(worstP99)} />
        <Card label="Services" value={String(rows.length)} />
      </div>
      <div className="grid2">
        <div className="panel">
          <TimeChart title="Calls per bucket" times={callSeries.times} series={callLines} format={formatCount} />
        </div>
        <div className="panel">
          <TimeChart title="Errors per bucket" times={errorSeries.times} series={errorLines} format={formatCount} />
        </div>
      </div>
      <div className="grid2">
        <TopList
          title="Top services by errors"
          rows={byErrors}
          value={(r) => `${formatCount(r.errors.count)} (${formatPercent(r.errors.count, r.calls.count)})`}
          search={search}
          empty="No errors in this range."
        />
        <TopList
          title="Top services by p99 latency"
          rows={byLatency}
          value={(r) => formatDuration(r.latency.p99)}
          search={search}
          empty="No calls."
        />
      </div>
    </>
  );
}

function Card({ label, value, bad = false }: { label: string; value: string; bad?: boolean }) {
  return (
    <div className={`card ${bad ? 'bad' : ''}`}>
      <div className="card-label">{label}</div>
      <div className="card-value">{value}</div>
    </div>
  );
}

function TopList({
  title,
  rows,
  value,
  search,
  empty,
}: {
  title: string;
  rows: readonly EntityRow[];
  value: (r: EntityRow) => string;
  search: string;
  empty: string;
}) {
  return (
    <div className="panel">
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ol className="toplist">
          {rows.map((r) => (
            <li key={r.name}>
              <Link to={`/services/${encodeURIComponent(r.name)}${search}`}>{r.name}</Link>
              <span className="num">{value(r)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
