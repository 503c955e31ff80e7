/**
 * Histogram bucket upper bounds for latencies in seconds: 0.5 ms to 30 s.
 *
 * @example
 * ```ts
 * new PrometheusMetrics({ buckets: () => LATENCY_SECONDS_BUCKETS });
 * ```
 */
export const LATENCY_SECONDS_BUCKETS: readonly number[] = Object.freeze([
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30,
]);

/**
 * Histogram bucket upper bounds for sizes and counts (bytes, spans per trace, rows per batch): powers of 4
 * from 1 to 4^12 (16,777,216).
 *
 * @example
 * ```ts
 * SIZE_BUCKETS[0]; // 1
 * ```
 */
export const SIZE_BUCKETS: readonly number[] = Object.freeze(Array.from({ length: 13 }, (_, i) => 4 ** i));

/**
 * Chooses a histogram's buckets from its (sanitized) name, by the Prometheus base-unit suffix: a name
 * ending in `_seconds` gets {@link LATENCY_SECONDS_BUCKETS}, any other (`_bytes`, `_spans`, `_rows`, …)
 * {@link SIZE_BUCKETS}.
 *
 * @example
 * ```ts
 * bucketsByUnit('ht_enricher_duration_seconds') === LATENCY_SECONDS_BUCKETS; // true
 * bucketsByUnit('ht_view_batch_rows') === SIZE_BUCKETS; // true
 * ```
 */
export function bucketsByUnit(name: string): readonly number[] {
  return name.endsWith('_seconds') ? LATENCY_SECONDS_BUCKETS : SIZE_BUCKETS;
}
