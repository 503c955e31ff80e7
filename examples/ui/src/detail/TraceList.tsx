import { Link } from 'react-router';
import type { ExploreRecord } from '../api/exploreRows.js';
import { formatClock, formatDuration } from '../format.js';

/** One more column of a {@link TraceList}: its header and the text of a row. */
export interface TraceListColumn {
  readonly label: string;
  readonly text: (row: ExploreRecord) => string;
}

/**
 * Calls of an entity, one per row, each opening its trace: the start, duration, whether it failed and
 * any other columns, from an `explore` answer with `trace_id`, `start_time` and `duration_micros`.
 */
export function TraceList({
  title,
  rows,
  isError,
  columns = [],
  search,
}: {
  title: string;
  rows: readonly ExploreRecord[];
  isError: (row: ExploreRecord) => boolean;
  columns?: readonly TraceListColumn[];
  search: string;
}) {
  return (
    <div className="panel">
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">None in this range.</p>
      ) : (
        <table className="data compact" aria-label={title}>
          <thead>
            <tr>
              <th>Start</th>
              {columns.map((c) => (
                <th key={c.label}>{c.label}</th>
              ))}
              <th className="num">Duration</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={`${row.text('trace_id')}|${i}`} className={isError(row) ? 'error' : ''}>
                <td>
                  <Link to={`/traces/${row.text('trace_id')}${search}`} className="trace-link">
                    {formatClock(row.text('start_time'))}
                  </Link>
                </td>
                {columns.map((c) => (
                  <td key={c.label}>{c.text(row) || '–'}</td>
                ))}
                <td className={`num ${isError(row) ? 'bad' : ''}`}>{formatDuration(row.number('duration_micros'))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
