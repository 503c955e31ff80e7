import type { Query, ScalarValue } from './Query.js';
import type { QueryRow } from './QueryResult.js';

/**
 * The cursor of the page after `rows` (the `orderBy` values of the last row), to pass as the next
 * query's `after`; `undefined` when `rows` is shorter than the query's `limit` (the last page) or empty.
 *
 * @example
 * ```ts
 * const page = await store.query(q);
 * const after = nextCursor(q, page);
 * if (after !== undefined) await store.query({ ...q, after });
 * ```
 */
export function nextCursor(query: Query, rows: readonly QueryRow[]): readonly ScalarValue[] | undefined {
  const last = rows.at(-1);
  if (last === undefined || (query.limit !== undefined && rows.length < query.limit)) return undefined;
  return (query.orderBy ?? []).map((o) => last[o.by] as ScalarValue);
}
