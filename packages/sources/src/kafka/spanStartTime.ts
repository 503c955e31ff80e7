import type { Span } from '@ht/enricher-sdk';

/**
 * The start time of a span in milliseconds (truncated), for `job.source(source, { timestamp })` of a job
 * that reads spans as they arrive. (The grouper times spans by their end: `spanEndTime` of
 * `@ht/enricher-sdk/grouper`.)
 *
 * @example
 * ```ts
 * job.source(kafkaSpans, { timestamp: spanStartTime, watermarks: { outOfOrdernessMs: 5_000 } });
 * ```
 */
export function spanStartTime(span: Span): number {
  return Number(span.startTimeUnixNano / 1_000_000n);
}
