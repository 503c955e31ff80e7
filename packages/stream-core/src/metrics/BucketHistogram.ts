/** Default latency buckets in seconds: 10 µs to 10 s. */
export const LATENCY_BUCKETS_SECONDS: readonly number[] = [
  0.00001, 0.00005, 0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10,
];

/**
 * A cumulative histogram with fixed upper bounds, as Prometheus exposes them.
 *
 * @example
 * ```ts
 * const h = new BucketHistogram([0.001, 0.01, 0.1]);
 * h.observe(0.004);
 * h.count; // 1
 * ```
 */
export class BucketHistogram {
  /** Per bucket, observations <= its bound (not yet cumulative); the last slot is +Inf. */
  readonly counts: number[];
  sum = 0;
  count = 0;

  constructor(readonly bounds: readonly number[] = LATENCY_BUCKETS_SECONDS) {
    this.counts = new Array<number>(bounds.length + 1).fill(0);
  }

  observe(value: number): void {
    let i = 0;
    while (i < this.bounds.length && value > (this.bounds[i] ?? Infinity)) i++;
    this.counts[i] = (this.counts[i] ?? 0) + 1;
    this.sum += value;
    this.count++;
  }

  /** Approximate quantile from the buckets (upper bound of the bucket holding it). */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const target = q * this.count;
    let seen = 0;
    for (let i = 0; i < this.counts.length; i++) {
      seen += this.counts[i] ?? 0;
      if (seen >= target) return this.bounds[i] ?? Infinity;
    }
    return Infinity;
  }
}
