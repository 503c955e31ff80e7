import { Link } from 'react-router';
import type { ExploreRecord } from '../api/exploreRows.js';
import { formatCount, formatDuration } from '../format.js';

/** One naming column of a {@link CallTable}: its header, the text of a row, and where it links (if anywhere). */
export interface CallColumn {
  readonly label: string;
  readonly text: (row: ExploreRecord) => string;
  readonly linkOf?: (row: ExploreRecord) => string | undefined;
}

/**
 * Groups of calls (per caller, callee or operation) with their calls, errors, average and p99 latency,
 * from an `explore` answer whose outputs are `calls`, `errors`, `avg` and `p99`.
 */
export function CallTable({
  title,
  rows,
  columns,
}: {
  title: string;
  rows: readonly ExploreRecord[];
  columns: readonly CallColumn[];
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
              {columns.map((c) => (
                <th key={c.label}>{c.label}</th>
              ))}
              <th className="num">Calls</th>
              <th className="num">Errors</th>
              <th className="num">Avg</th>
              <th className="num">p99</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={`${columns.map((c) => c.text(row)).join('|')}|${i}`}>
                {columns.map((c) => {
                  const text = c.text(row) || '–';
                  const link = c.linkOf?.(row);
                  return <td key={c.label}>{link ? <Link to={link}>{text}</Link> : text}</td>;
                })}
                <td className="num">{formatCount(row.number('calls'))}</td>
                <td className={`num ${row.number('errors') > 0 ? 'bad' : ''}`}>{formatCount(row.number('errors'))}</td>
                <td className="num">{formatDuration(row.number('avg'))}</td>
                <td className="num">{formatDuration(row.number('p99'))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
