import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { SERVICE_DETAIL_QUERY } from '../api/queries.js';
import type { EdgeRow, LatencyPoint, ServiceDetailData } from '../api/queries.js';
import { EntityTable, useResolvedColor } from '../components/EntityTable.js';
import { QueryView } from '../components/States.js';
import { TimeChart } from '../components/TimeChart.js';
import { formatCount, formatDuration, formatPercent } from '../format.js';
import { fillBuckets } from '../state/timeRange.js';
import { useQuery } from '../state/useQuery.js';
import { useSharedSearch } from '../state/useUrlState.js';
import { useTimeWindow } from '../state/useTimeWindow.js';

/** One service: RED numbers, latency and error charts, its APIs, its backends, who calls it and whom it calls. */
export default function ServiceDetail() {
  const { service = '' } = useParams();
  const { window } = useTimeWindow();
  const search = useSharedSearch();
  const state = useQuery<ServiceDetailData>(SERVICE_DETAIL_QUERY, {
    between: { startTime: window.startTime, endTime: window.endTime },
    interval: window.interval,
    service,
  });
  return (
    <section>
      <p className="crumbs">
        <Link to={`/services${search}`}>Services</Link> / {service}
      </p>
      <h1>{service}</h1>
      <QueryView state={state} what={`calls of ${service}`} isEmpty={(d) => d.service.length === 0}>
        {(data) => <Detail data={data} search={search} service={service} />}
      </QueryView>
    </section>
  );
}

function Detail({ data, search, service }: { data: ServiceDetailData; search: string; service: string }) {
  const row = data.service[0];
  const accent = useResolvedColor('var(--accent)');
  const warn = useResolvedColor('var(--warn)');
  const bad = useResolvedColor('var(--bad)');
  const { window } = useTimeWindow();
  const latency = useMemo(() => {
    const points = row?.latencySeries.series ?? [];
    const line = (pick: (p: LatencyPoint) => number) =>
      fillBuckets(
        window,
        points.map((p) => [p.startTime, pick(p)] as const),
        null,
      );
    const p50 = line((p) => p.p50);
    return {
      times: p50.times,
      series: [
        { label: 'p50', color: accent, values: p50.values },
        { label: 'p95', color: warn, values: line((p) => p.p95).values },
        { label: 'p99', color: bad, values: line((p) => p.p99).values },
      ],
    };
  }, [row, window, accent, warn, bad]);
  const errors = useMemo(() => {
    const filled = fillBuckets(
      window,
      (row?.errors.series ?? []).map((p) => [p.startTime, p.count] as const),
    );
    return { times: filled.times, series: [{ label: 'errors', color: bad, values: filled.values }] };
  }, [row, window, bad]);
  if (!row) return null;
  const backends = row.outgoingEdges.filter((e) => e.type === 'BACKEND');
  const downstream = row.outgoingEdges.filter((e) => e.type !== 'BACKEND');
  return (
    <>
      <div className="cards">
        <div className="card">
          <div className="card-label">Calls</div>
          <div className="card-value">{formatCount(row.calls.count)}</div>
        </div>
        <div className="card">
          <div className="card-label">Calls/s</div>
          <div className="card-value">{formatCount(row.calls.avgRate)}</div>
        </div>
        <div className={`card ${row.errors.count > 0 ? 'bad' : ''}`}>
          <div className="card-label">Errors</div>
          <div className="card-value">
            {formatCount(row.errors.count)} ({formatPercent(row.errors.count, row.calls.count)})
          </div>
        </div>
        <div className="card">
          <div className="card-label">p50 / p99</div>
          <div className="card-value">
            {formatDuration(row.latency.p50)} / {formatDuration(row.latency.p99)}
          </div>
        </div>
      </div>
      <div className="grid2">
        <div className="panel">
          <TimeChart
            title="Latency (p50, p95, p99)"
            times={latency.times}
            series={latency.series}
            format={formatDuration}
          />
        </div>
        <div className="panel">
          <TimeChart title="Errors per bucket" times={errors.times} series={errors.series} format={formatCount} />
        </div>
      </div>
      <h2>APIs</h2>
      <EntityTable label="APIs" rows={data.apis} />
      <p>
        <Link to={`/traces${search}${search ? '&' : '?'}service=${encodeURIComponent(service)}`}>
          Search its traces
        </Link>
      </p>
      <div className="grid3">
        <Edges title="Upstream (callers)" edges={row.incomingEdges} search={search} />
        <Edges title="Downstream services" edges={downstream} search={search} />
        <Edges title="Backends" edges={backends} search={search} />
      </div>
    </>
  );
}

function Edges({ title, edges, search }: { title: string; edges: readonly EdgeRow[]; search: string }) {
  return (
    <div className="panel">
      <h2>{title}</h2>
      {edges.length === 0 ? (
        <p className="muted">None in this range.</p>
      ) : (
        <table className="data compact" aria-label={title}>
          <thead>
            <tr>
              <th>Name</th>
              <th className="num">Calls</th>
              <th className="num">Errors</th>
              <th className="num">Avg</th>
              <th className="num">p99</th>
            </tr>
          </thead>
          <tbody>
            {edges.map((e) => (
              <tr key={`${e.type}/${e.name}`}>
                <td>
                  {e.type === 'SERVICE' ? (
                    <Link to={`/services/${encodeURIComponent(e.name)}${search}`}>{e.name}</Link>
                  ) : (
                    e.name
                  )}
                </td>
                <td className="num">{formatCount(e.calls)}</td>
                <td className={`num ${e.errors > 0 ? 'bad' : ''}`}>{formatCount(e.errors)}</td>
                <td className="num">{formatDuration(e.avgLatencyMicros)}</td>
                <td className="num">{formatDuration(e.p99LatencyMicros)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
