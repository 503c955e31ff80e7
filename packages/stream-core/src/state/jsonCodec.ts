import { HtError } from '../errors/HtError.js';

/**
 * Turns values into strings and back: snapshots and the Redis backend store state with one.
 *
 * @example
 * ```ts
 * const codec: Codec<Span> = { encode: (s) => avro.toBuffer(s).toString('base64'), decode: (t) => avro.fromBuffer(Buffer.from(t, 'base64')) };
 * ```
 */
export interface Codec<V> {
  encode(value: V): string;
  decode(text: string): V;
}

const BIGINT = '$bigint';

/**
 * JSON that also round-trips `bigint` (as `{"$bigint":"123"}`), since span times are unix nanoseconds.
 * `undefined` object fields are dropped, as in JSON.
 *
 * @example
 * ```ts
 * jsonCodec.decode(jsonCodec.encode({ startNs: 1700000000000000000n })); // { startNs: 1700000000000000000n }
 * ```
 */
export const jsonCodec: Codec<unknown> = {
  encode(value) {
    try {
      return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? { [BIGINT]: v.toString() } : v));
    } catch (cause) {
      throw new HtError('STATE_FAILED', 'state value is not JSON-serializable; give the state a codec', { cause });
    }
  },
  decode(text) {
    return JSON.parse(text, (_key, v: unknown) => {
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
        const big = (v as Record<string, unknown>)[BIGINT];
        if (typeof big === 'string' && Object.keys(v).length === 1) return BigInt(big);
      }
      return v;
    }) as unknown;
  },
};
