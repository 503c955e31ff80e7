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
  const columns = Object.entries(view.columns).map(([name, spec]) => [name, spec, columnCheck(spec.type)] as const);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (typeof row !== 'object' || row === null) {
      throw new HtError('INPUT_INVALID', `view ${view.name}, row ${i}: not an object`, {
        context: { view: view.name, row: i },
      });
    }
    for (const [name, spec, check] of columns) {
      const value = row[name];
      const ok = check(value);
      if (!ok) {
        throw new HtError(
          'INPUT_INVALID',
          `view ${view.name}, row ${i}, column '${name}': expected ${spec.type}, got ${describe(value)}`,
          { context: { view: view.name, row: i, column: name } },
        );
      }
    }
  }
}
