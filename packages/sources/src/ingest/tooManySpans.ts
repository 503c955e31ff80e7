import { HtError, isHtError } from '@ht/stream-core';

/**
 * The error a decoder throws when a payload carries more spans than `DecodeContext.maxSpans`: code
 * `RESOURCE_EXHAUSTED`, with `context.limit` (and `context.spans` when the count is known from the wire).
 * The Ingestor turns it into a `tooManySpans` outcome (HTTP 413 / gRPC INVALID_ARGUMENT).
 *
 * @example
 * ```ts
 * const limit = 100_000;
 * const count = 250_000;
 * if (count > limit) throw tooManySpans(limit, count);
 * ```
 */
export function tooManySpans(limit: number, spans?: number): HtError {
  const carried = spans === undefined ? 'more spans than' : `${spans} spans, more than`;
  return new HtError(
    'RESOURCE_EXHAUSTED',
    `the request carries ${carried} the limit of ${limit}: send smaller batches`,
    { context: { limit, ...(spans === undefined ? {} : { spans }) } },
  );
}

/**
 * Whether an error is the one {@link tooManySpans} makes.
 *
 * @example
 * ```ts
 * const error: unknown = tooManySpans(5, 6);
 * if (isTooManySpans(error)) console.log(error.message); // 'the request carries 6 spans, more than the limit of 5: …'
 * ```
 */
export function isTooManySpans(error: unknown): error is HtError {
  return isHtError(error, 'RESOURCE_EXHAUSTED') && typeof error.context['limit'] === 'number';
}

/**
 * Refuses a payload whose span count, read from the wire before decoding, is over `maxSpans` (when set).
 *
 * @example
 * ```ts
 * const payload = new Uint8Array(0);
 * refuseOverLimit(5, () => countProtoFields(payload, [1, 2, 2])); // throws past 5 spans
 * ```
 */
export function refuseOverLimit(maxSpans: number | undefined, count: () => number): void {
  if (maxSpans === undefined) return;
  const spans = count();
  if (spans > maxSpans) throw tooManySpans(maxSpans, spans);
}
