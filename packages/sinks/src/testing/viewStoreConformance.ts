import { aggregationCases } from './aggregationCases.js';
import { catalogCases } from './catalogCases.js';
import type { ConformanceCase, ConformanceTarget } from './ConformanceTarget.js';
import { filterCases } from './filterCases.js';
import { keyCases } from './keyCases.js';
import { numericCases } from './numericCases.js';
import { queryCases } from './queryCases.js';
import { rollupCases } from './rollupCases.js';
import { tenancyCases } from './tenancyCases.js';

/**
 * The conformance suite every {@link ViewStore} passes: column types round-trip, aggregates, filters
 * (OR/NOT, string match, attribute predicates), time buckets, order and limit match a reference
 * computation; the aggregation side (attribute-value groups, HAVING, computed columns, bucket widths,
 * paging, exact and approximate distinct counts and quantiles, per-query limits) too; replays and late
 * fragments never double count; trace-by-id; bad rows refused whole with row and column; additive
 * migrations; expiry; per-minute RED rollups; every read scoped to one tenant; the view catalog (read by a
 * fresh store where the target can `reopen`).
 * Framework-neutral: each case is a function that rejects with an `AssertionError`.
 *
 * @example
 * ```ts
 * import { viewStoreConformance } from '@ht/sinks/testing';
 * describe('my store', () => {
 *   for (const c of viewStoreConformance({ name: 'mine', create: () => createMyStore() })) it(c.name, c.run, 120_000);
 * });
 * ```
 */
export function viewStoreConformance(target: ConformanceTarget): ConformanceCase[] {
  return [
    ...queryCases(target),
    ...aggregationCases(target),
    ...filterCases(target),
    ...numericCases(target),
    ...keyCases(target),
    ...catalogCases(target),
    ...rollupCases(target),
    ...tenancyCases(target),
  ];
}
