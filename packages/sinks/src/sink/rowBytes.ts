import type { ViewRow } from '../store/ViewStore.js';

/**
 * A cheap estimate of a row's encoded size in bytes (string lengths, 8 per number, array contents), for
 * the sink's byte bound; close to the JSONEachRow size without encoding anything.
 *
 * @example
 * ```ts
 * estimateRowBytes({ service_name: 'cart', duration_micros: 120 }); // 42
 * ```
 */
export function estimateRowBytes(row: ViewRow): number {
  let bytes = 2;
  for (const key in row) {
    const v = row[key];
    bytes += key.length + 4;
    if (typeof v === 'string') bytes += v.length;
    else if (Array.isArray(v)) {
      for (const x of v as readonly unknown[]) bytes += typeof x === 'string' ? x.length + 3 : 9;
    } else bytes += 8;
  }
  return bytes;
}
