import { useMemo } from 'react';
import type { LatencyPoint } from '../api/queries.js';
import type { EntityWithLatency } from '../api/detailQueries.js';
import { useResolvedColor } from '../components/EntityTable.js';
import { TimeChart } from '../components/TimeChart.js';
import { formatCount, formatDuration, formatPercent } from '../format.js';
import { fillBuckets } from '../state/timeRange.js';
import { useTimeWindow } from '../state/useTimeWindow.js';

/**
 * The RED headline of a service, API or backend: calls, calls/s, errors and their share, p50 / p99, then
 * its latency (p50, p95, p99) and errors per bucket over every bucket of the range.
 */
export function RedSummary({ row }: { row: EntityWithLatency }) {
  const accent = useResolvedColor('var(--accent)');
  const warn = useResolvedColor('var(--warn)');
  const bad = useResolvedColor('var(--bad)');
  const { window } = useTimeWindow();
  const latency = useMemo(() => {
    const points = row.latencySeries.series;
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
      row.errors.series.map((p) => [p.startTime, p.count] as const),
    );
    return { times: filled.times, series: [{ label: 'errors', color: bad, values: filled.values }] };
  }, [row, window, bad]);
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
    </>
  );
}
