import type { AttributeValue } from '@ht/enricher-sdk';

/**
 * A Jaeger span in one model for both wire forms (Thrift `jaeger.thrift` and protobuf `api_v2`): ids as
 * hex (`''` when absent), typed tags, times in nanoseconds.
 *
 * @example
 * ```ts
 * const span: JaegerSpan = { traceId: '463ac35c9f6413ad', spanId: 'a2fb4a1d1a96d312', parentSpanId: '',
 *   operationName: 'get', references: [], flags: 1, startNanos: 1_700_000_000_000_000_000n,
 *   durationNanos: 5_000n, tags: [], logs: [] };
 * ```
 */
export interface JaegerSpan {
  readonly traceId: string;
  readonly spanId: string;
  /** Thrift's `parentSpanId` (`''` when 0 or absent; proto has none: the CHILD_OF reference is used). */
  readonly parentSpanId: string;
  readonly operationName: string;
  readonly references: readonly JaegerReference[];
  readonly flags: number;
  readonly startNanos: bigint;
  readonly durationNanos: bigint;
  readonly tags: readonly JaegerTag[];
  readonly logs: readonly { readonly timeNanos: bigint; readonly fields: readonly JaegerTag[] }[];
  /** The span's own process (proto), overriding the batch's. */
  readonly process?: JaegerProcess;
}

/**
 * A span reference: `CHILD_OF` or `FOLLOWS_FROM`.
 *
 * @example
 * ```ts
 * const ref: JaegerReference = { traceId, spanId: 'a2fb4a1d1a96d312', refType: 'follows_from' };
 * ```
 */
export interface JaegerReference {
  readonly traceId: string;
  readonly spanId: string;
  readonly refType: 'child_of' | 'follows_from';
}

/**
 * A tag as a key and a canonical attribute value (Jaeger's five value types map one to one).
 *
 * @example
 * ```ts
 * const tag: JaegerTag = ['http.status_code', 200n];
 * ```
 */
export type JaegerTag = readonly [string, AttributeValue];

/**
 * The process (service) that reported a batch.
 *
 * @example
 * ```ts
 * const process: JaegerProcess = { serviceName: 'cart', tags: [['hostname', 'cart-1']] };
 * ```
 */
export interface JaegerProcess {
  readonly serviceName: string;
  readonly tags: readonly JaegerTag[];
}

/**
 * A Jaeger 128-bit trace id from its two 64-bit halves as hex (the high half empty or zero for 64-bit ids).
 *
 * @example
 * ```ts
 * traceIdFromHalves('', '463ac35c9f6413ad'); // '0000000000000000463ac35c9f6413ad'
 * ```
 */
export function traceIdFromHalves(high: string, low: string): string {
  return `${high.padStart(16, '0')}${low.padStart(16, '0')}`;
}
