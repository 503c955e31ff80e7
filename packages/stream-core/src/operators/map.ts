import type { AckToken } from '../checkpoint/AckToken.js';
import type { BatchTransform } from './BatchTransform.js';

/**
 * `map`: one output per input record. The per-record callback runs in a plain loop over the batch;
 * a record whose callback throws is handled by the error policy and left out.
 *
 * @example
 * ```ts
 * stream.map((span) => span.durationMs);
 * ```
 */
export function mapOperator<T, U>(fn: (value: T) => U): BatchTransform<T, U> {
  return (ctx) => (batch) => {
    const { values, times, tokens } = batch;
    const n = values.length;
    ctx.metrics.recordsIn += n;
    const out = new Array<U>(n);
    let i = 0;
    for (; i < n; i++) {
      try {
        out[i] = fn(values[i] as T);
      } catch (error) {
        ctx.recordFailed(error, values[i], times[i] ?? NaN, tokens[i] ?? null);
        break;
      }
    }
    if (i === n) {
      ctx.metrics.recordsOut += n;
      return { values: out, times, tokens, keys: undefined, watermark: batch.watermark, idle: batch.idle };
    }
    // Slow path after a failure: rebuild the arrays without the failed records.
    out.length = i;
    const outTimes = times.slice(0, i);
    const outTokens: (AckToken | null)[] = tokens.slice(0, i);
    for (i = i + 1; i < n; i++) {
      const v = values[i] as T;
      try {
        out.push(fn(v));
        outTimes.push(times[i] ?? NaN);
        outTokens.push(tokens[i] ?? null);
      } catch (error) {
        ctx.recordFailed(error, v, times[i] ?? NaN, tokens[i] ?? null);
      }
    }
    ctx.metrics.recordsOut += out.length;
    return {
      values: out,
      times: outTimes,
      tokens: outTokens,
      keys: undefined,
      watermark: batch.watermark,
      idle: batch.idle,
    };
  };
}
