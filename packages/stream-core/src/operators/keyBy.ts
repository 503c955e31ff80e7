import type { AckToken } from '../checkpoint/AckToken.js';
import type { StateKey } from '../core/Batch.js';
import type { BatchTransform } from './BatchTransform.js';

/**
 * `keyBy`: computes each record's key once and carries it in the batch, so the keyed operators
 * downstream (process, window) never call the key function again. Within one process every key is
 * local; across processes Kafka's partitioning by key does the distribution.
 *
 * @example
 * ```ts
 * spans.keyBy((s) => `${s.tenantId}:${s.traceId}`);
 * ```
 */
export function keyByOperator<T, K extends StateKey>(keyOf: (value: T) => K): BatchTransform<T, T> {
  return (ctx) => (batch) => {
    const { values, times, tokens } = batch;
    const n = values.length;
    ctx.metrics.recordsIn += n;
    const keys = new Array<StateKey>(n);
    let i = 0;
    for (; i < n; i++) {
      try {
        keys[i] = keyOf(values[i] as T);
      } catch (error) {
        ctx.recordFailed(error, values[i], times[i] ?? NaN, tokens[i] ?? null);
        break;
      }
    }
    if (i === n) {
      ctx.metrics.recordsOut += n;
      return { values, times, tokens, keys, watermark: batch.watermark, idle: batch.idle };
    }
    keys.length = i;
    const outValues = values.slice(0, i);
    const outTimes = times.slice(0, i);
    const outTokens: (AckToken | null)[] = tokens.slice(0, i);
    for (i = i + 1; i < n; i++) {
      const v = values[i] as T;
      try {
        keys.push(keyOf(v));
        outValues.push(v);
        outTimes.push(times[i] ?? NaN);
        outTokens.push(tokens[i] ?? null);
      } catch (error) {
        ctx.recordFailed(error, v, times[i] ?? NaN, tokens[i] ?? null);
      }
    }
    ctx.metrics.recordsOut += outValues.length;
    return {
      values: outValues,
      times: outTimes,
      tokens: outTokens,
      keys,
      watermark: batch.watermark,
      idle: batch.idle,
    };
  };
}
