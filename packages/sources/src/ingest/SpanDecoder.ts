import type { Span } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';

/**
 * What a decoder needs besides the payload: the tenant to stamp on every span and the receive time.
 *
 * @example
 * ```ts
 * const ctx: DecodeContext = { tenantId: 'default', receivedAtUnixNano: BigInt(Date.now()) * 1_000_000n };
 * ```
 */
export interface DecodeContext {
  readonly tenantId: string;
  /** Unix nanoseconds, stamped on every span as `receivedAtUnixNano`. */
  readonly receivedAtUnixNano: bigint;
  /**
   * Most spans the payload may carry: beyond it the decoder throws the `tooManySpans` error while
   * decoding (counted on the wire where it can, else as the spans are built), never materialising the rest.
   */
  readonly maxSpans?: number;
}

/**
 * A span the decoder could read but that breaks the canonical model's rules (missing ids, no start
 * time, …): counted and reported to the client, never passed on and never dropped silently.
 *
 * @example
 * ```ts
 * const bad: RejectedSpan = { index: 3, reason: "spanId '' is not 16 lowercase hex characters (non-zero)" };
 * ```
 */
export interface RejectedSpan {
  /** Position of the span in the payload, counting from 0. */
  readonly index: number;
  readonly reason: string;
}

/**
 * The outcome of decoding one payload: the good spans, in payload order, and the rejected ones.
 *
 * @example
 * ```ts
 * const { spans, rejected } = otlpProtoDecoder.decode(body, ctx);
 * ```
 */
export interface DecodedSpans {
  readonly spans: Span[];
  readonly rejected: RejectedSpan[];
}

/**
 * Turns one payload of a wire encoding into canonical spans. Shared by the receivers and the Kafka source
 * (whose encodings carry the same payloads). A payload that cannot be read at all throws an `HtError`
 * with code `INPUT_INVALID` naming the problem; it never throws anything else.
 *
 * @example
 * ```ts
 * const decoded = spanDecoders['zipkin_json']!.decode(Buffer.from(json), ctx);
 * ```
 */
export interface SpanDecoder {
  /** The encoding name (the OTel Collector kafka encoding names where one exists: `otlp_proto`, …). */
  readonly encoding: string;
  decode(payload: Uint8Array, ctx: DecodeContext): DecodedSpans;
}

/**
 * The error of a payload that cannot be decoded: `INPUT_INVALID`, naming the encoding and the problem, with
 * the underlying library error as `cause`. Receivers answer it with HTTP 400 / gRPC INVALID_ARGUMENT.
 *
 * @example
 * ```ts
 * throw malformed('zipkin_json', 'expected a JSON array of spans, got an object');
 * ```
 */
export function malformed(encoding: string, problem: string, cause?: unknown): HtError {
  const detail = cause instanceof Error && cause.message !== '' ? `: ${cause.message}` : '';
  return new HtError('INPUT_INVALID', `malformed ${encoding} payload: ${problem}${detail}`, {
    cause,
    context: { encoding },
  });
}

/**
 * Runs a decode step and turns anything it throws (a library's RangeError on a truncated buffer, a
 * TypeError on an unexpected shape) into a {@link malformed} error; `HtError`s pass through.
 *
 * @example
 * ```ts
 * const request = guardDecode('otlp_proto', 'not an ExportTraceServiceRequest', () => Request.decode(body));
 * ```
 */
export function guardDecode<T>(encoding: string, problem: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof HtError) throw error;
    throw malformed(encoding, problem, error);
  }
}
