import { AssertionError } from 'node:assert';
import { deepStrictEqual } from 'node:assert/strict';
import type { QueryRow, QueryValue } from '../query/QueryResult.js';
import type { ViewRow } from '../store/ViewStore.js';

/**
 * Rows grouped by a key function (reference computations of the conformance suite).
 *
 * @example
 * ```ts
 * const byService = groupRows(rows, (r) => String(r['service_name']));
 * ```
 */
export function groupRows<R>(rows: readonly R[], key: (row: R) => string): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * The `p` quantile with linear interpolation between the nearest ranks (ClickHouse `quantile`, DuckDB `quantile_cont`).
 *
 * @example
 * ```ts
 * referenceQuantile([1, 2, 3, 4, 10], 0.9); // 7.6
 * ```
 */
export function referenceQuantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = p * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/**
 * A view row as a store returns it: bigint-safe integers as numbers, everything else unchanged.
 *
 * @example
 * ```ts
 * expectedRow({ n: 5n }); // { n: 5 }
 * ```
 */
export function expectedRow(row: ViewRow): QueryRow {
  const out: Record<string, QueryValue> = {};
  for (const [k, v] of Object.entries(row)) {
    if (typeof v === 'bigint') out[k] = Number.isSafeInteger(Number(v)) ? Number(v) : v;
    else out[k] = v as QueryValue;
  }
  return out;
}

/**
 * Keeps the last copy of each row by key: what a store that deduplicates must show.
 *
 * @example
 * ```ts
 * const unique = dedupByKey(rows, ['tenant_id', 'trace_id', 'span_id']);
 * ```
 */
export function dedupByKey(rows: readonly ViewRow[], key: readonly string[]): ViewRow[] {
  const byKey = new Map<string, ViewRow>();
  for (const row of rows) byKey.set(key.map((k) => String(row[k])).join('\u0000'), row);
  return [...byKey.values()];
}

/**
 * Compares byte-wise, as ClickHouse and DuckDB order strings.
 *
 * @example
 * ```ts
 * ['b', 'a'].sort(compareStrings); // ['a', 'b']
 * ```
 */
export function compareStrings(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * Asserts two numbers agree to a relative tolerance (floating aggregates differ in the last bits).
 *
 * @example
 * ```ts
 * assertClose(row['p99'], 1234.5, 'p99');
 * ```
 */
export function assertClose(actual: unknown, expected: number, what: string, tolerance = 1e-9): void {
  if (typeof actual !== 'number')
    throw new AssertionError({ message: `${what}: expected a number, got ${String(actual)}` });
  const scale = Math.max(1, Math.abs(expected));
  if (Math.abs(actual - expected) > tolerance * scale) {
    throw new AssertionError({ message: `${what}: expected ${expected}, got ${actual}`, actual, expected });
  }
}

/**
 * Deep equality with a message naming what was compared.
 *
 * @example
 * ```ts
 * assertEqual(rows, expected, 'rows read back');
 * ```
 */
export function assertEqual(actual: unknown, expected: unknown, what: string): void {
  try {
    deepStrictEqual(actual, expected);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AssertionError({ message: `${what}: ${detail}`, actual, expected });
  }
}

/**
 * Asserts `promise` rejects with an error whose `code` is `code` and whose message matches every pattern.
 *
 * @example
 * ```ts
 * await assertRejects(store.write('v', bad), 'INPUT_INVALID', [/row 3/], 'bad row');
 * ```
 */
export async function assertRejects(
  promise: Promise<unknown>,
  code: string,
  patterns: readonly RegExp[],
  what: string,
): Promise<void> {
  try {
    await promise;
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown };
    if (e.code !== code)
      throw new AssertionError({
        message: `${what}: expected code ${code}, got ${String(e.code)}: ${String(e.message)}`,
      });
    for (const p of patterns) {
      if (!p.test(String(e.message)))
        throw new AssertionError({ message: `${what}: message '${String(e.message)}' does not match ${p}` });
    }
    return;
  }
  throw new AssertionError({ message: `${what}: expected a rejection` });
}
