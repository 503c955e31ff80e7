import type { AckToken } from '../checkpoint/AckToken.js';
import { releaseBoth } from '../checkpoint/AckToken.js';
import type { BatchTransform } from './BatchTransform.js';

/**
 * `filter`: keeps the records for which `predicate` is true. A dropped record is acknowledged at once
 * (nothing derives from it). Keys survive, so filtering a keyed stream keeps it keyed.
 *
 * @example
 * ```ts
 * stream.filter((span) => span.status === 'ERROR');
 * ```
 */
export function filterOperator<T>(predicate: (value: T) => boolean): BatchTransform<T, T> {
  return (ctx) => (batch) => {
    const { values, times, tokens, keys } = batch;
    const n = values.length;
    ctx.metrics.recordsIn += n;
    let outValues: T[] | undefined;
    let outTimes: number[] = [];
    let outTokens: (AckToken | null)[] = [];
    let outKeys: (string | number)[] | undefined;
    for (let i = 0; i < n; i++) {
      const v = values[i] as T;
      let keep: boolean;
      try {
        keep = predicate(v);
      } catch (error) {
        ctx.recordFailed(error, v, times[i] ?? NaN, tokens[i] ?? null);
        if (outValues === undefined) [outValues, outTimes, outTokens, outKeys] = copyPrefix(i);
        continue;
      }
      if (keep) {
        if (outValues !== undefined) {
          outValues.push(v);
          outTimes.push(times[i] ?? NaN);
          outTokens.push(tokens[i] ?? null);
          if (outKeys !== undefined && keys !== undefined) outKeys.push(keys[i] ?? '');
        }
      } else {
        ctx.metrics.dropped++;
        const t = tokens[i];
        if (t != null) releaseBoth(t);
        if (outValues === undefined) [outValues, outTimes, outTokens, outKeys] = copyPrefix(i);
      }
    }
    if (outValues === undefined) {
      ctx.metrics.recordsOut += n;
      return batch;
    }
    ctx.metrics.recordsOut += outValues.length;
    return {
      values: outValues,
      times: outTimes,
      tokens: outTokens,
      keys: outKeys,
      watermark: batch.watermark,
      idle: batch.idle,
    };

    function copyPrefix(i: number): [T[], number[], (AckToken | null)[], (string | number)[] | undefined] {
      return [values.slice(0, i), times.slice(0, i), tokens.slice(0, i), keys?.slice(0, i)];
    }
  };
}
