import type { Span } from '../model/Span.js';

/**
 * The name of the key {@link traceKey} computes, as the raw-spans topic's messages are keyed (a Kafka
 * source declares it as its `messageKey`): the grouper's state per input partition relies on it.
 *
 * @example
 * ```ts
 * // The raw-spans topic's message key, declared by its KafkaSource (`messageKey: TRACE_MESSAGE_KEY`).
 * const key: string = TRACE_MESSAGE_KEY; // 'tenant:traceId'
 * ```
 */
export const TRACE_MESSAGE_KEY = 'tenant:traceId';

/**
 * The key the grouper partitions spans by: `tenant:traceId`, as the raw-spans topic is keyed. Trace ids
 * are hex, so the last `:` separates the two and tenants may contain `:`.
 *
 * @example
 * ```ts
 * traceKey(span); // 'acme:0af7651916cd43dd8448eb211c80319c'
 * ```
 */
export function traceKey(span: Span): string {
  return `${span.tenantId}:${span.traceId}`;
}

/**
 * The event time the grouper works in: the span's end time in whole unix ms (spans are exported when
 * they end, so arrival order follows it closely). Give it to the source: `job.source(raw, { timestamp: spanEndTime })`.
 *
 * @example
 * ```ts
 * job.source(rawSpans, { timestamp: spanEndTime, watermarks: { outOfOrdernessMs: 5_000, idleTimeoutMs: 30_000 } });
 * ```
 */
export function spanEndTime(span: Span): number {
  return Number(span.endTimeUnixNano / 1_000_000n);
}
