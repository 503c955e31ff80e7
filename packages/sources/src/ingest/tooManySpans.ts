import { HtError, isHtError } from '@ht/stream-core';

/**
 * The error a decoder throws when a payload carries more spans than `DecodeContext.maxSpans`: code
 * `RESOURCE_EXHAUSTED`, with `context.limit` (and `context.spans` when the count is known from the wire).
 * The Ingestor turns it into a `tooManySpans` outcome (HTTP 413 / gRPC INVALID_ARGUMENT).
 *
 * @example
 * ```ts
 * if (count > ctx.maxSpans) throw tooManySpans(ctx.maxSpans, count);
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
 * catch (error) { if (isTooManySpans(error)) return { kind: 'tooManySpans', message: error.message }; }
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
 * refuseOverLimit(ctx.maxSpans, () => countProtoFields(payload, [1, 2, 2]));
 * ```
 */
export function refuseOverLimit(maxSpans: number | undefined, count: () => number): void {
  if (maxSpans === undefined) return;
  const spans = count();
  if (spans > maxSpans) throw tooManySpans(maxSpans, spans);
}
