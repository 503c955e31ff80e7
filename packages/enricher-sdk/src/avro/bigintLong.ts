import avsc from 'avsc';
import type { AvroSchema } from './schemaParts.js';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * avsc's `long` as a JavaScript `bigint`. avsc's default long is a `number` and refuses values beyond
 * 2^53, but unix nanoseconds are ~1.7 * 10^18: this type reads and writes every int64 exactly.
 *
 * avsc packs the 8 bytes we return into Avro's zig-zag varint (and may modify them in place), so every
 * call returns a fresh buffer.
 *
 * @example
 * ```ts
 * const type = avsc.Type.forSchema('long', { registry: { long: BigIntLongType } });
 * type.fromBuffer(type.toBuffer(2n ** 62n)); // 4611686018427387904n
 * ```
 */
export const BigIntLongType: avsc.types.LongType = avsc.types.LongType.__with({
  fromBuffer: (buf: Buffer): bigint => buf.readBigInt64LE(),
  toBuffer: (n: bigint): Buffer => {
    const buf = Buffer.allocUnsafe(8);
    buf.writeBigInt64LE(n);
    return buf;
  },
  // JSON is how avsc reads schema defaults (`"default": 0`) and prints values.
  fromJSON: (json: unknown): bigint => BigInt(json as string | number),
  toJSON: (n: bigint): number | string =>
    n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER ? Number(n) : n.toString(),
  isValid: (n: unknown): boolean => typeof n === 'bigint' && n >= INT64_MIN && n <= INT64_MAX,
  compare: (a: bigint, b: bigint): number => (a === b ? 0 : a < b ? -1 : 1),
});

/**
 * Parses an Avro schema with `long` as {@link BigIntLongType}. A fresh registry per call: avsc adds the
 * schema's named types to the registry it is given.
 *
 * @example
 * ```ts
 * const type = bigintAvroType({ type: 'record', name: 'T', fields: [{ name: 'n', type: 'long' }] });
 * ```
 */
export function bigintAvroType(schema: AvroSchema | string): avsc.Type {
  return avsc.Type.forSchema(schema as avsc.Schema, { registry: { long: BigIntLongType }, omitRecordMethods: true });
}
