import type { EntityRow } from '../api/queries.js';

/** A column the entity tables sort by. */
export type SortKey = 'name' | 'calls' | 'rate' | 'errors' | 'errorRate' | 'p50' | 'p99';

/** The entity tables' sortable columns, in order. */
export const COLUMNS: readonly { key: SortKey; label: string; numeric: boolean }[] = [
  { key: 'name', label: 'Name', numeric: false },
  { key: 'calls', label: 'Calls', numeric: true },
  { key: 'rate', label: 'Calls/s', numeric: true },
  { key: 'errors', label: 'Errors', numeric: true },
  { key: 'errorRate', label: 'Error %', numeric: true },
  { key: 'p50', label: 'p50', numeric: true },
  { key: 'p99', label: 'p99', numeric: true },
];

function sortValue(row: EntityRow, key: SortKey): number | string {
  switch (key) {
    case 'name':
      return row.name;
    case 'calls':
      return row.calls.count;
    case 'rate':
      return row.calls.avgRate;
    case 'errors':
      return row.errors.count;
    case 'errorRate':
      return row.calls.count > 0 ? row.errors.count / row.calls.count : 0;
    case 'p50':
      return row.latency.p50;
    case 'p99':
      return row.latency.p99;
  }
}

/**
 * Orders entity rows by a column (names A-Z ascending, numbers), ties by name.
 *
 * @example
 * ```ts
 * sortEntities(rows, 'p99', 'desc');
 * ```
 */
export function sortEntities(rows: readonly EntityRow[], key: SortKey, direction: 'asc' | 'desc'): EntityRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    const order = typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number);
    return order !== 0 ? sign * order : a.name.localeCompare(b.name);
  });
}
