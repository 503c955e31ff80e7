import { BucketHistogram } from './BucketHistogram.js';

const NO_PARTITIONS: ReadonlyMap<string, { readonly records: number; readonly bytes: number }> = new Map();

/** The kind of a node in a job: what its metrics mean. */
export type OperatorKind = 'source' | 'operator' | 'window' | 'process' | 'union' | 'sink';

/**
 * Counters of one operator, updated once per batch on the hot path (plain fields, no label lookups) and
 * read by {@link MetricsRegistry} when scraped.
 *
 * @example
 * ```ts
 * const m = job.metrics.operator('count-window');
 * console.log(m?.recordsIn, m?.late);
 * ```
 */
export class OperatorMetrics {
  recordsIn = 0;
  recordsOut = 0;
  /** Records filtered out, skipped after an error, or dropped as late without a late output. */
  dropped = 0;
  /** Records later than the allowed lateness (sent to the late output, or dropped when it has none). */
  late = 0;
  /** User-callback failures (whatever the error policy did with the record). */
  errors = 0;
  /** Current event-time watermark seen by the operator (ms). */
  watermark = Number.NEGATIVE_INFINITY;
  /** Wall-clock seconds spent per batch in the operator. */
  readonly batchSeconds = new BucketHistogram();
  /** Sinks: seconds from source emit to durable write, per batch. */
  readonly endToEndSeconds = new BucketHistogram();
  /** Records waiting in the operator's bounded buffer (async stages, sinks in flight, sources' used credits). */
  queueDepth: () => number = () => 0;
  /** Async steps: records called and not yet sent downstream (pending or waiting for their turn). */
  inFlight: () => number = () => 0;
  /** Sources: per partition, the records and bytes it holds inside the engine (credits taken). */
  partitionsInFlight: () => ReadonlyMap<string, { readonly records: number; readonly bytes: number }> = () =>
    NO_PARTITIONS;

  constructor(
    readonly job: string,
    readonly operator: string,
    readonly kind: OperatorKind,
  ) {}
}
