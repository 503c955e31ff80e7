import { randomUUID } from 'node:crypto';
import { noopLogger } from '@ht/enricher-sdk';
import type { Logger } from '@ht/enricher-sdk';
import { HtError, isHtError, toHtError } from '@ht/stream-core';
import type { ReceiverLimits } from './ReceiverLimits.js';
import { ReceiverCounter } from './ReceiverMetrics.js';
import type { ReceiverMetrics } from './ReceiverMetrics.js';
import type { RejectedSpan, SpanDecoder } from './SpanDecoder.js';
import type { SpanBatchMeta, SpanSink } from './SpanSink.js';
import { isTooManySpans } from './tooManySpans.js';

/**
 * What became of one request; each transport turns it into its protocol's answer.
 * - `accepted`: the sink took the good spans; `rejected` lists the bad ones (reported, not passed on).
 * - `full`: the sink could not take them now (429 / RESOURCE_EXHAUSTED, retry later).
 * - `malformed`: the payload could not be decoded (400 / INVALID_ARGUMENT).
 * - `tooManySpans`: over `maxSpansPerRequest` (413 / INVALID_ARGUMENT).
 * - `failed`: the sink failed (503 / UNAVAILABLE).
 *
 * @example
 * ```ts
 * if (outcome.kind === 'accepted') res.end(`${outcome.accepted} spans`);
 * ```
 */
export type IngestOutcome =
  | { readonly kind: 'accepted'; readonly accepted: number; readonly rejected: readonly RejectedSpan[] }
  | { readonly kind: 'full'; readonly retryAfterMs: number; readonly message: string }
  | { readonly kind: 'malformed'; readonly message: string }
  | { readonly kind: 'tooManySpans'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Sees every payload a receiver takes, before decoding (recording golden captures, debugging a client).
 *
 * @example
 * ```ts
 * const tap: PayloadTap = (payload, meta) => captures.push({ format: meta.format, payload: Buffer.from(payload) });
 * ```
 */
export type PayloadTap = (payload: Uint8Array, meta: SpanBatchMeta) => void;

/**
 * What an {@link Ingestor} needs.
 *
 * @example
 * ```ts
 * new Ingestor({ sink, metrics: new InMemoryReceiverMetrics(), limits: DEFAULT_LIMITS });
 * ```
 */
export interface IngestorOptions {
  readonly sink: SpanSink;
  readonly metrics: ReceiverMetrics;
  readonly limits: ReceiverLimits;
  readonly tap?: PayloadTap;
  /** Where the receivers log what clients are not told (internal errors, socket errors, tap failures). Default: none. */
  readonly logger?: Logger;
}

/**
 * The one path every receiver takes for a request: decode, check limits, hand the good spans to the
 * sink, count everything. Never throws: every failure is an {@link IngestOutcome}.
 *
 * @example
 * ```ts
 * const outcome = await ingestor.ingest('zipkin', zipkinV2JsonDecoder, body, 'default');
 * ```
 */
export class Ingestor {
  constructor(private readonly options: IngestorOptions) {}

  get limits(): ReceiverLimits {
    return this.options.limits;
  }

  /** The receivers' logger (a no-op one when none was given). */
  get logger(): Logger {
    return this.options.logger ?? noopLogger;
  }

  /**
   * Handles an error no request should meet (a bug): logs it at `error` with a fresh error id, counts
   * it, and returns the stable message to answer with, which names the id and none of the error's text.
   */
  internalError(receiver: string, error: unknown): string {
    const errorId = randomUUID();
    this.options.metrics.count(receiver, ReceiverCounter.REQUESTS_INTERNAL_ERROR, 1);
    this.logger.error({ receiver, errorId, err: error }, `receiver ${receiver}: internal error ${errorId}`);
    return internalErrorMessage(errorId);
  }

  /** Counts a refusal decided before decoding (auth, size), so every transport counts alike. */
  count(receiver: string, counter: ReceiverCounter, n = 1): void {
    this.options.metrics.count(receiver, counter, n);
  }

  /**
   * Takes one request. `mayWait: false` (the UDP receiver) asks the sink not to hold it back for room
   * (see `SpanSink.admit`).
   */
  async ingest(
    receiver: string,
    decoder: SpanDecoder,
    payload: Uint8Array,
    tenantId: string,
    { mayWait = true }: { readonly mayWait?: boolean } = {},
  ): Promise<IngestOutcome> {
    const { metrics, sink, limits, tap } = this.options;
    metrics.count(receiver, ReceiverCounter.REQUESTS, 1);
    if (tap) {
      try {
        tap(payload, { tenantId, receiver, format: decoder.encoding });
      } catch (error) {
        // A tap is an observer: its failure must not fail the request (or, on UDP, the process).
        metrics.count(receiver, ReceiverCounter.TAP_FAILURES, 1);
        this.logger.warn({ receiver, err: error }, `receiver ${receiver}: the payload tap threw`);
      }
    }
    if (sink.admit !== undefined) {
      // A full sink refuses before decoding: under overload a refused request costs no decoding.
      const admitted = await sink.admit(mayWait);
      if (admitted.status === 'full') {
        metrics.count(receiver, ReceiverCounter.REQUESTS_THROTTLED, 1);
        return fullOutcome(admitted);
      }
    }
    let decoded;
    try {
      decoded = decoder.decode(payload, {
        tenantId,
        receivedAtUnixNano: BigInt(Date.now()) * 1_000_000n,
        maxSpans: limits.maxSpansPerRequest,
      });
    } catch (error) {
      if (isTooManySpans(error)) {
        // Refused while decoding: its spans were never built, so none is counted as received.
        metrics.count(receiver, ReceiverCounter.REQUESTS_TOO_LARGE, 1);
        return { kind: 'tooManySpans', message: error.message };
      }
      metrics.count(receiver, ReceiverCounter.REQUESTS_MALFORMED, 1);
      const e = isHtError(error) ? error : toHtError(error, 'INPUT_INVALID', `malformed ${decoder.encoding} payload`);
      return { kind: 'malformed', message: e.message };
    }
    const total = decoded.spans.length + decoded.rejected.length;
    metrics.count(receiver, ReceiverCounter.SPANS_RECEIVED, total);
    if (total > limits.maxSpansPerRequest) {
      metrics.count(receiver, ReceiverCounter.REQUESTS_TOO_LARGE, 1);
      return {
        kind: 'tooManySpans',
        message: `the request carries ${total} spans, more than the limit of ${limits.maxSpansPerRequest}: send smaller batches`,
      };
    }
    metrics.count(receiver, ReceiverCounter.SPANS_REJECTED, decoded.rejected.length);
    if (decoded.spans.length === 0) return { kind: 'accepted', accepted: 0, rejected: decoded.rejected };
    try {
      const result = await sink.accept(decoded.spans, { tenantId, receiver, format: decoder.encoding });
      if (result.status === 'full') {
        metrics.count(receiver, ReceiverCounter.SPANS_THROTTLED, decoded.spans.length);
        return fullOutcome(result);
      }
    } catch (error) {
      metrics.count(receiver, ReceiverCounter.REQUESTS_FAILED, 1);
      const e = error instanceof HtError ? error : toHtError(error, 'DEPENDENCY_UNAVAILABLE', 'the span sink failed');
      return { kind: 'failed', message: e.message };
    }
    metrics.count(receiver, ReceiverCounter.SPANS_ACCEPTED, decoded.spans.length);
    return { kind: 'accepted', accepted: decoded.spans.length, rejected: decoded.rejected };
  }
}

/** The `full` outcome of a sink's `full` answer. */
function fullOutcome(result: { readonly retryAfterMs?: number; readonly reason?: string }): IngestOutcome {
  return {
    kind: 'full',
    retryAfterMs: result.retryAfterMs ?? 1000,
    message: `the pipeline is full${result.reason ? ` (${result.reason})` : ''}: retry later`,
  };
}

/**
 * A one-line summary of rejected spans for protocol answers (OTLP partial success `error_message`).
 *
 * @example
 * ```ts
 * if (outcome.kind === 'accepted') rejectionMessage(outcome.rejected); // "2 spans rejected: span 0 (GET): traceId '' is not …; …"
 * ```
 */
export function rejectionMessage(rejected: readonly RejectedSpan[]): string {
  if (rejected.length === 0) return '';
  const shown = rejected.slice(0, 3).map((r) => r.reason);
  const more = rejected.length > 3 ? `; and ${rejected.length - 3} more` : '';
  return `${rejected.length} span${rejected.length === 1 ? '' : 's'} rejected: ${shown.join('; ')}${more}`;
}

/**
 * The answer to a request that met an internal error: stable, naming only the error id under which the
 * details are logged.
 *
 * @example
 * ```ts
 * internalErrorMessage('5f0c…'); // 'internal error (id 5f0c…): the receiver log has the details'
 * ```
 */
export function internalErrorMessage(errorId: string): string {
  return `internal error (id ${errorId}): the receiver log has the details`;
}
