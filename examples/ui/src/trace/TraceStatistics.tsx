import { formatDuration, formatPercent } from '../format.js';
import type { OperationStatistics } from './traceStatistics.js';

/** The trace's statistics per service and operation, N+1 patterns flagged. */
export function TraceStatisticsTable({
  rows,
  durationMicros,
}: {
  rows: readonly OperationStatistics[];
  durationMicros: number;
}) {
  return (
    <table className="data" aria-label="Trace statistics" data-testid="trace-statistics">
      <thead>
        <tr>
          <th>Service</th>
          <th>Operation</th>
          <th className="num">Spans</th>
          <th className="num">Total</th>
          <th className="num">Self</th>
          <th className="num">Self % of trace</th>
          <th>Repeated calls</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.service}/${r.operation}`}>
            <td>{r.service}</td>
            <td>{r.operation}</td>
            <td className="num">{r.count}</td>
            <td className="num">{formatDuration(r.totalMicros)}</td>
            <td className="num">{formatDuration(r.selfMicros)}</td>
            <td className="num">{formatPercent(r.selfMicros, durationMicros)}</td>
            <td>
              {r.repeated ? (
                <span className="badge bad" title="The same call repeated under one parent: a likely N+1">
                  N+1 ×{r.maxRepeatsUnderOneParent}
                </span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
