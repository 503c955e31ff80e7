import { isDeepStrictEqual } from 'node:util';
import { HtError } from '@ht/stream-core/errors';
import type { Trace } from '../model/Trace.js';
import { isColumnValue } from '../plugin/columns.js';
import type { Columns, RowOf } from '../plugin/columns.js';
import type { ViewDefinition } from '../plugin/defineView.js';

/**
 * Runs a view on fixture traces and checks its rows the way stores rely on them: every column present
 * with a valid value of its type (integers in range, microsecond datetimes, homogeneous arrays) and no
 * other keys; keys unique across all rows; and the same rows when run again (a replay must produce the
 * same keys, or stores would double count). Throws `USER_FUNCTION_FAILED` naming the row and column.
 *
 * @example
 * ```ts
 * const rows = runView(slowSpanView, trace);
 * expect(rows).toHaveLength(1);
 * expect(rows[0]?.['duration_micros']).toBe(2_000_000);
 * ```
 */
export function runView<C extends Columns>(view: ViewDefinition<C>, traces: Trace | readonly Trace[]): RowOf<C>[] {
  const list: readonly Trace[] = Array.isArray(traces) ? (traces as readonly Trace[]) : [traces as Trace];
  const rows: RowOf<C>[] = [];
  const keys = new Map<string, number>();
  for (const trace of list) {
    const first = [...view.fromTrace(trace)];
    const replay = [...view.fromTrace(trace)];
    if (!isDeepStrictEqual(first, replay)) {
      fail(view, `gave different rows when run twice on trace ${trace.traceId}: a replay would not deduplicate`);
    }
    for (const row of first) {
      const index = rows.length;
      checkRow(view, row, index);
      const key = JSON.stringify(view.key.map((k) => String((row as Record<string, unknown>)[k])));
      const clash = keys.get(key);
      if (clash !== undefined)
        fail(view, `rows ${clash} and ${index} have the same key (${view.key.join(', ')}) = ${key}`);
      keys.set(key, index);
      rows.push(row);
    }
  }
  return rows;
}

function checkRow(view: ViewDefinition<Columns>, row: unknown, index: number): void {
  if (typeof row !== 'object' || row === null) fail(view, `row ${index} is not an object`);
  const values = row as Record<string, unknown>;
  for (const [name, column] of Object.entries(view.columns)) {
    if (!(name in values)) fail(view, `row ${index} has no value for column '${name}'`);
    if (!isColumnValue(column.type, values[name])) {
      fail(view, `row ${index} column '${name}' (${column.type}) has an invalid value: ${describe(values[name])}`);
    }
  }
  for (const name of Object.keys(values)) {
    if (!(name in view.columns)) fail(view, `row ${index} has '${name}', which is not a column`);
  }
}

function describe(value: unknown): string {
  return typeof value === 'bigint' ? `${value}n` : (JSON.stringify(value) ?? String(value));
}

function fail(view: ViewDefinition<Columns>, problem: string): never {
  throw new HtError('USER_FUNCTION_FAILED', `view '${view.name}' ${problem}`);
}
