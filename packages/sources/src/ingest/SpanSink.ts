import type { Span } from '@ht/enricher-sdk';

/**
 * What a receiver hands over with each batch: the tenant the spans belong to and where they came from.
 *
 * @example
 * ```ts
 * const meta: SpanBatchMeta = { tenantId: 'acme', receiver: 'otlpHttp', format: 'otlp_proto' };
 * ```
 */
export interface SpanBatchMeta {
  /** Every span of the batch carries this tenant. */
  readonly tenantId: string;
  /** The receiver that took the request (its endpoint name: `otlpHttp`, `zipkin`, `jaegerAgentCompact`, …). */
  readonly receiver: string;
  /** The payload encoding, one of the {@link SpanEncoding} names. */
  readonly format: string;
}

/**
 * The sink's answer: `accepted` once the spans are safely queued (in distributed mode, once they are on
 * Kafka), `full` when its bounded buffer cannot take them now. A receiver turns `full` into HTTP 429 /
 * gRPC RESOURCE_EXHAUSTED so the client retries; it never drops spans it answered for.
 *
 * @example
 * ```ts
 * const full: AcceptResult = { status: 'full', retryAfterMs: 1000 };
 * ```
 */
export type AcceptResult =
  | { readonly status: 'accepted' }
  | { readonly status: 'full'; readonly retryAfterMs?: number; readonly reason?: string };

/**
 * The hand-off from the receivers to the pipeline: canonical spans of one tenant, in batches. The
 * receiver answers its client only after `accept` resolved, so what a client was told is accepted is the
 * sink's responsibility from then on. A rejected promise is answered as a server error (HTTP 503 /
 * gRPC UNAVAILABLE), which clients retry.
 *
 * @example
 * ```ts
 * const sink: SpanSink = {
 *   accept(spans, meta) {
 *     if (queue.length + spans.length > capacity) return { status: 'full', retryAfterMs: 500 };
 *     queue.push(...spans);
 *     return { status: 'accepted' };
 *   },
 * };
 * ```
 */
export interface SpanSink {
  accept(spans: readonly Span[], meta: SpanBatchMeta): AcceptResult | Promise<AcceptResult>;
  /**
   * Optional: asked before a request is decoded, so a full sink refuses it for the cost of reading it
   * rather than decoding it. `accepted` lets the receiver decode and `accept` (which may still answer
   * `full`); `full` refuses the request as it is. A sink may hold the answer back while it waits for room
   * (the client sees a slower answer instead of a 429), unless `mayWait` is false: the UDP receiver cannot
   * hold datagrams back.
   */
  admit?(mayWait: boolean): AcceptResult | Promise<AcceptResult>;
}

/**
 * The answer of a sink that took the spans.
 *
 * @example
 * ```ts
 * const sink: SpanSink = { accept: () => ACCEPTED };
 * ```
 */
export const ACCEPTED: AcceptResult = Object.freeze({ status: 'accepted' });
