import type { ViewDefinition } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';
import type { ViewRow } from '../store/ViewStore.js';
import { columnCheck } from './columnCheck.js';

function describe(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n (bigint)`;
  if (value === undefined) return 'undefined (missing)';
  let text: string;
  try {
    text = JSON.stringify(value) ?? typeof value;
  } catch {
    text = typeof value;
  }
  if (text.length > 60) text = `${text.slice(0, 57)}...`;
  return `${text} (${Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value})`;
}

/**
 * Checks every row of a batch against the view's column types before anything is sent, so a bad row
 * never leaves a batch half-inserted. Throws a non-retriable `INPUT_INVALID` `HtError` naming the view,
 * the row's index in the batch and the column, with the expected type and the value found. Floats must
 * be finite (NaN and infinities do not round-trip through every store).
 *
 * @example
 * ```ts
 * validateRows(spanView, rows); // HtError: view span_event_view, row 3, column 'duration_micros': expected uint64, got "12ms" (string)
 * ```
 */
export function validateRows(view: ViewDefinition, rows: readonly ViewRow[]): void {
  const columns = Object.entries(view.columns).map(([name, spec]) => [name, columnCheck(spec.type)] as const);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (typeof row !== 'object' || row === null) throw invalidRow(view, i, undefined, row);
    for (const [name, check] of columns) {
      const value = row[name];
      if (!check(value)) throw invalidRow(view, i, name, value);
    }
  }
}

/**
 * The error {@link validateRows} throws for row `row` of a batch: not an object (`column` undefined),
 * or `value` is not of `column`'s type. For writers that check values while encoding them.
 *
 * @example
 * ```ts
 * if (!check(value)) throw invalidRow(spanView, 3, 'duration_micros', value);
 * ```
 */
export function invalidRow(view: ViewDefinition, row: number, column: string | undefined, value: unknown): HtError {
  if (column === undefined) {
    return new HtError('INPUT_INVALID', `view ${view.name}, row ${row}: not an object`, {
      context: { view: view.name, row },
    });
  }
  return new HtError(
    'INPUT_INVALID',
    `view ${view.name}, row ${row}, column '${column}': expected ${view.columns[column]?.type}, got ${describe(value)}`,
    { context: { view: view.name, row, column } },
  );
}
