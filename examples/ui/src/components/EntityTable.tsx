import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { EntityRow, SeriesPoint } from '../api/queries.js';
import { fillBuckets } from '../state/timeRange.js';
import { useTimeWindow } from '../state/useTimeWindow.js';
import { formatCount, formatDuration, formatPercent } from '../format.js';
import { COLUMNS, sortEntities } from './sortEntities.js';
import type { SortKey } from './sortEntities.js';
import { TimeChart } from './TimeChart.js';

/** Props of {@link EntityTable}. */
export interface EntityTableProps {
  readonly rows: readonly EntityRow[];
  /** Where a row's name links to (none: plain text). */
  readonly linkOf?: (row: EntityRow) => string | undefined;
  /** One more column: the API's service, the backend's type. */
  readonly extra?: {
    readonly label: string;
    readonly value: (row: EntityRow) => string;
    readonly linkOf?: (row: EntityRow) => string | undefined;
  };
  readonly label: string;
}

/** A sortable table of services, APIs or backends with RED numbers and call/error sparklines. */
export function EntityTable({ rows, linkOf, extra, label }: EntityTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; direction: 'asc' | 'desc' }>({ key: 'calls', direction: 'desc' });
  const sorted = useMemo(() => sortEntities(rows, sort.key, sort.direction), [rows, sort]);
  const clickSort = (key: SortKey): void =>
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: key === 'name' ? 'asc' : 'desc' },
    );
  return (
    <table className="data" aria-label={label}>
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th
              key={c.key}
              className={c.numeric ? 'num' : ''}
              aria-sort={sort.key === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
            >
              <button type="button" className="sort" onClick={() => clickSort(c.key)}>
                {c.label}
                {sort.key === c.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
              </button>
            </th>
          ))}
          {extra ? <th>{extra.label}</th> : null}
          <th>Calls</th>
          <th>Errors</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => {
          const link = linkOf?.(row);
          return (
            <tr key={`${row.service ?? ''}/${row.name}`}>
              <td>{link ? <Link to={link}>{row.name}</Link> : row.name}</td>
              <td className="num">{formatCount(row.calls.count)}</td>
              <td className="num">{formatCount(row.calls.avgRate)}</td>
              <td className={`num ${row.errors.count > 0 ? 'bad' : ''}`}>{formatCount(row.errors.count)}</td>
              <td className={`num ${row.errors.count > 0 ? 'bad' : ''}`}>
                {formatPercent(row.errors.count, row.calls.count)}
              </td>
              <td className="num">{formatDuration(row.latency.p50)}</td>
              <td className="num">{formatDuration(row.latency.p99)}</td>
              {extra ? (
                <td>
                  {extra.linkOf?.(row) ? (
                    <Link to={extra.linkOf(row) ?? ''}>{extra.value(row)}</Link>
                  ) : (
                    extra.value(row)
                  )}
                </td>
              ) : null}
              <td className="spark">
                <Spark points={row.calls.series} color="var(--accent)" />
              </td>
              <td className="spark">
                <Spark points={row.errors.series} color="var(--bad)" />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Spark({ points, color }: { points: readonly SeriesPoint[]; color: string }) {
  const { window } = useTimeWindow();
  const resolved = useResolvedColor(color);
  const filled = useMemo(
    () =>
      fillBuckets(
        window,
        points.map((p) => [p.startTime, p.count] as const),
      ),
    [window, points],
  );
  const series = useMemo(() => [{ label: 'value', color: resolved, values: filled.values }], [resolved, filled]);
  return <TimeChart times={filled.times} series={series} sparkline height={28} />;
}

/** A CSS color (a `var(--x)` included) as the value the canvas needs. */
export function useResolvedColor(color: string): string {
  const match = /^var\((--[\w-]+)\)$/.exec(color);
  if (!match?.[1]) return color;
  return getComputedStyle(document.documentElement).getPropertyValue(match[1]).trim() || '#3b82f6';
}
