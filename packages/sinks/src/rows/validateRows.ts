import type { ViewDefinition } from '@ht/enricher-sdk';
import type { ViewRow } from '../store/ViewStore.js';
import { compileRowLoop } from './compileRowLoop.js';

/** Compiled per view: one named property read per column (see `compileRowLoop`). */
const checkers = new WeakMap<ViewDefinition, (rows: readonly ViewRow[], start: number, n: number) => void>();

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
  let check = checkers.get(view);
  if (check === undefined) {
    check = compileRowLoop<[], void>(view, { args: [], store: () => '', result: 'undefined' });
    checkers.set(view, check);
  }
  check(rows, 0, rows.length);
}
