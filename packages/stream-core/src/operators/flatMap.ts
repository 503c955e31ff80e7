import type { AckToken } from '../checkpoint/AckToken.js';
import { releaseBoth, retain } from '../checkpoint/AckToken.js';
import type { BatchTransform } from './BatchTransform.js';

/**
 * `flatMap`: zero or more outputs per input record. Each output carries the input's token (one more
 * reference each); an input with no output is acknowledged at once.
 *
 * @example
 * ```ts
 * traces.flatMap((trace) => trace.spans);
 * ```
 */
export function flatMapOperator<T, U>(fn: (value: T) => Iterable<U>): BatchTransform<T, U> {
  return (ctx) => (batch) => {
    const { values, times, tokens } = batch;
    const n = values.length;
    ctx.metrics.recordsIn += n;
    const outValues: U[] = [];
    const outTimes: number[] = [];
    const outTokens: (AckToken | null)[] = [];
    for (let i = 0; i < n; i++) {
      const v = values[i] as T;
      const time = times[i] ?? NaN;
      const token = tokens[i] ?? null;
      const before = outValues.length;
      try {
        for (const u of fn(v)) {
          outValues.push(u);
          outTimes.push(time);
          outTokens.push(token);
        }
      } catch (error) {
        // Outputs produced before the throw are discarded with the record.
        outValues.length = outTimes.length = outTokens.length = before;
        ctx.recordFailed(error, v, time, token);
        continue;
      }
      const produced = outValues.length - before;
      if (token === null) continue;
      if (produced === 0) releaseBoth(token);
      else if (produced > 1) retain(token, produced - 1);
    }
    ctx.metrics.recordsOut += outValues.length;
    return {
      values: outValues,
      times: outTimes,
      tokens: outTokens,
      keys: undefined,
      watermark: batch.watermark,
      idle: batch.idle,
    };
  };
}
