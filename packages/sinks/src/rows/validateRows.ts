import type { ViewDefinition } from '@ht/enricher-sdk';
import { isHtError } from '@ht/stream-core/errors';
import type { HtError } from '@ht/stream-core/errors';
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
  checkerOf(view)(rows, 0, rows.length);
}

/**
 * The rows of a batch that fit the view, each misfit given to `onInvalid` (the `INPUT_INVALID` error
 * {@link validateRows} throws for it) and left out. The batch itself when every row fits.
 *
 * @example
 * ```ts
 * const good = validRows(spanView, rows, (error) => log.warn(error.message));
 * ```
 */
export function validRows(
  view: ViewDefinition,
  rows: readonly ViewRow[],
  onInvalid: (error: HtError) => void,
): readonly ViewRow[] {
  const check = checkerOf(view);
  try {
    check(rows, 0, rows.length);
    return rows;
  } catch (error) {
    if (!isHtError(error)) throw error;
  }
  // Only a batch holding a misfit pays for the row-by-row pass.
  const kept: ViewRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    try {
      check(rows, i, 1);
      kept.push(rows[i]!);
    } catch (error) {
      if (!isHtError(error)) throw error;
      onInvalid(error);
    }
  }
  return kept;
}

function checkerOf(view: ViewDefinition): (rows: readonly ViewRow[], start: number, n: number) => void {
  let check = checkers.get(view);
  if (check === undefined) {
    check = compileRowLoop<[], void>(view, { args: [], store: () => '', result: 'undefined' });
    checkers.set(view, check);
  }
  return check;
}
