import { rejectionMessage } from '../../ingest/Ingestor.js';
import type { RejectedSpan, SpanDecoder } from '../../ingest/SpanDecoder.js';

/**
 * A response, protocol-specific in status, headers and body.
 *
 * @example
 * ```ts
 * const ok: HttpAnswer = { status: 202, headers: {}, body: '' };
 * ```
 */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array;
}

/**
 * Something that went wrong with a request, before or after decoding: the HTTP status to answer and the
 * message naming the problem.
 *
 * @example
 * ```ts
 * const problem: HttpProblem = { status: 429, message: 'the pipeline is full: retry later', retryAfterMs: 1000 };
 * ```
 */
export interface HttpProblem {
  readonly status: number;
  readonly message: string;
  readonly retryAfterMs?: number;
}

/**
 * One POST endpoint of an HTTP receiver: which decoder reads which content type, and how the protocol
 * answers success and problems (OTLP with encoded responses and `Status` bodies, Zipkin and Jaeger with 202).
 *
 * @example
 * ```ts
 * const route: HttpRoute = {
 *   path: '/api/v2/spans', receiver: 'zipkin', contentTypes: ['application/json', 'application/x-protobuf'],
 *   decoderFor: (type) => (type === 'application/x-protobuf' ? zipkinProtoDecoder : zipkinV2JsonDecoder),
 *   success: () => ({ status: 202, headers: {}, body: '' }),
 *   problem: (p) => textProblem(p),
 * };
 * ```
 */
export interface HttpRoute {
  readonly path: string;
  /** The receiver name used in metrics and sink metadata. */
  readonly receiver: string;
  /** The decoder for a content type (lowercase, without parameters); `undefined` answers 415. */
  decoderFor(contentType: string): SpanDecoder | undefined;
  /** The content types this route takes, for the 415 message. */
  readonly contentTypes: readonly string[];
  success(accepted: number, rejected: readonly RejectedSpan[], contentType: string): HttpAnswer;
  problem(problem: HttpProblem, contentType: string): HttpAnswer;
}

/**
 * A plain-text success answer (what Zipkin and Jaeger collectors send): 202, empty, or naming the spans
 * that were refused.
 *
 * @example
 * ```ts
 * textAccepted(3, []); // { status: 202, headers: {}, body: '' }
 * ```
 */
export function textAccepted(_accepted: number, rejected: readonly RejectedSpan[]): HttpAnswer {
  if (rejected.length === 0) return { status: 202, headers: {}, body: '' };
  return {
    status: 202,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: `${rejectionMessage(rejected)}\n`,
  };
}

/**
 * A plain-text problem answer (what Zipkin and Jaeger collectors send), with `Retry-After` on 429/503.
 *
 * @example
 * ```ts
 * textProblem({ status: 400, message: 'malformed zipkin_json payload: not valid JSON' });
 * ```
 */
export function textProblem(problem: HttpProblem): HttpAnswer {
  return {
    status: problem.status,
    headers: { 'content-type': 'text/plain; charset=utf-8', ...retryAfter(problem) },
    body: `${problem.message}\n`,
  };
}

/**
 * The `Retry-After` header (whole seconds, at least 1) of a problem that has a retry delay.
 *
 * @example
 * ```ts
 * retryAfter({ status: 429, message: '', retryAfterMs: 1500 }); // { 'retry-after': '2' }
 * ```
 */
export function retryAfter(problem: HttpProblem): Record<string, string> {
  if (problem.retryAfterMs === undefined) return {};
  return { 'retry-after': String(Math.max(1, Math.ceil(problem.retryAfterMs / 1000))) };
}
