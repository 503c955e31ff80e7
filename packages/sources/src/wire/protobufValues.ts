import type Long from 'long';

/**
 * A 64-bit integer as protobufjs hands it over (a `Long`, or a `number` for small values), or a bigint.
 *
 * @example
 * ```ts
 * const value: Int64Like = Long.fromString('1700000000000000000', true);
 * ```
 */
export type Int64Like = Long | number | bigint | string;

/**
 * A protobuf `fixed64`/`uint64` as an exact unsigned bigint (no float on the way: `Long` halves are
 * combined as integers).
 *
 * @example
 * ```ts
 * unsignedBigint(Long.fromString('1700000000000000001', true)); // 1700000000000000001n
 * ```
 */
export function unsignedBigint(value: Int64Like | null | undefined): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === 'bigint') return BigInt.asUintN(64, value);
  if (typeof value === 'number') return BigInt(Math.trunc(value));
  if (typeof value === 'string') return BigInt.asUintN(64, BigInt(value));
  return (BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0);
}

/**
 * A protobuf `int64` as an exact signed bigint.
 *
 * @example
 * ```ts
 * signedBigint(Long.fromNumber(-5)); // -5n
 * ```
 */
export function signedBigint(value: Int64Like | null | undefined): bigint {
  return BigInt.asIntN(64, unsignedBigint(value));
}

/**
 * A protobuf `Timestamp` or `Duration` as exact nanoseconds (`seconds * 1e9 + nanos`).
 *
 * @example
 * ```ts
 * timestampNanos({ seconds: Long.fromNumber(1_700_000_000), nanos: 5 }); // 1700000000000000005n
 * ```
 */
export function timestampNanos(t: { seconds?: Int64Like | null; nanos?: number | null } | null | undefined): bigint {
  return t ? signedBigint(t.seconds) * 1_000_000_000n + BigInt(t.nanos ?? 0) : 0n;
}

/**
 * Protobuf `bytes` (ids) as lowercase hex. protobufjs hands bytes over as Buffers in Node: they are
 * hexed without a new view.
 *
 * @example
 * ```ts
 * bytesHex(Buffer.from([0xb7, 0xad])); // 'b7ad'
 * ```
 */
export function bytesHex(bytes: Uint8Array | null | undefined): string {
  if (!bytes || bytes.length === 0) return '';
  return Buffer.isBuffer(bytes)
    ? bytes.toString('hex')
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}
