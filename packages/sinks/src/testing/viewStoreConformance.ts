import { catalogCases } from './catalogCases.js';
import type { ConformanceCase, ConformanceTarget } from './ConformanceTarget.js';
import { keyCases } from './keyCases.js';
import { numericCases } from './numericCases.js';
import { queryCases } from './queryCases.js';
import { rollupCases } from './rollupCases.js';

/**
 * The conformance suite every {@link ViewStore} passes: column types round-trip, aggregates, filters,
 * time buckets, order and limit match a reference computation; replays and late fragments never double
 * count; trace-by-id; bad rows refused whole with row and column; additive migrations; expiry; per-minute RED rollups;
 * the view catalog (read by a fresh store where the target can `reopen`).
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
    ...numericCases(target),
    ...keyCases(target),
    ...catalogCases(target),
    ...rollupCases(target),
  ];
}
