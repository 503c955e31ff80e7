import type { ViewDefinition } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';

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
 * The error `validateRows` throws for row `row` of a batch: not an object (`column` undefined),
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
