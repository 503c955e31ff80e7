import type { Observable } from 'rxjs';
import { map, merge } from 'rxjs';
import type { Batch } from '../core/Batch.js';
import { END_OF_TIME, NO_WATERMARK } from '../core/Batch.js';
import type { OperatorContext } from '../graph/OperatorContext.js';

/**
 * `union`: merges streams of one type. Records pass through as they come; the output watermark is the
 * minimum over inputs that are not idle (an ended input counts as +∞), never moving backwards. Keys are
 * dropped: key again after a union.
 *
 * @example
 * ```ts
 * const all = otlpSpans.union(zipkinSpans, jaegerSpans);
 * ```
 */
export function unionOperator<T>(ctx: OperatorContext, inputs: readonly Observable<Batch<T>>[]): Observable<Batch<T>> {
  const watermarks = inputs.map(() => NO_WATERMARK);
  const idle = inputs.map(() => false);
  let emitted = NO_WATERMARK;
  let emittedIdle = false;
  const tagged = inputs.map((input, i) =>
    input.pipe(
      map((batch) => {
        watermarks[i] = batch.watermark;
        idle[i] = batch.idle;
        return batch;
      }),
    ),
  );
  return merge(...tagged).pipe(
    map((batch): Batch<T> => {
      let min = END_OF_TIME;
      let active = 0;
      for (let i = 0; i < watermarks.length; i++) {
        if (idle[i] === true) continue;
        active++;
        const w = watermarks[i] ?? NO_WATERMARK;
        if (w < min) min = w;
      }
      if (active === 0) min = Math.max(emitted, ...watermarks.map((w) => (w === END_OF_TIME ? NO_WATERMARK : w)));
      if (min > emitted) emitted = min;
      emittedIdle = active === 0;
      const n = batch.values.length;
      ctx.metrics.recordsIn += n;
      ctx.metrics.recordsOut += n;
      ctx.metrics.watermark = emitted;
      return {
        values: batch.values,
        times: batch.times,
        tokens: batch.tokens,
        keys: undefined,
        watermark: emitted,
        idle: emittedIdle,
      };
    }),
  );
}
