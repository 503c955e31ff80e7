import { createRequire } from 'node:module';
import thrift from 'thrift';
import type { TProtocol } from 'thrift';
import type Int64 from 'node-int64';
import type { JaegerThriftBatch, ThriftStructClass, ZipkinThriftSpan } from './thriftStructs.js';

// The Thrift compiler emits CommonJS (src/generated/thrift/, see scripts/generate.mjs): loaded with require.
const require = createRequire(import.meta.url);

/**
 * The generated Zipkin v1 model (thrift/zipkinV1.thrift).
 *
 * @example
 * ```ts
 * const span = new zipkinCore.Span();
 * ```
 */
export const zipkinCore = require('#generated/thrift/zipkinV1_types.js') as {
  Span: ThriftStructClass<ZipkinThriftSpan>;
};

/**
 * The generated Jaeger model (jaeger.thrift).
 *
 * @example
 * ```ts
 * const batch = new jaegerThrift.Batch();
 * ```
 */
export const jaegerThrift = require('#generated/thrift/jaeger_types.js') as {
  Batch: ThriftStructClass<JaegerThriftBatch>;
};

/**
 * The generated Jaeger agent service (agent.thrift): its processor reads `emitBatch` messages.
 *
 * @example
 * ```ts
 * new jaegerAgent.Processor({ emitBatch: (b) => batches.push(b), emitZipkinBatch: () => undefined });
 * ```
 */
export const jaegerAgent = require('#generated/thrift/Agent.js') as {
  Processor: new (handler: { emitBatch(batch: JaegerThriftBatch): void; emitZipkinBatch(spans: unknown[]): void }) => {
    process(input: TProtocol, output: TProtocol): void;
  };
};

/**
 * A Thrift protocol reading `payload` in memory (binary or compact), for the generated structs.
 *
 * @example
 * ```ts
 * const batch = new jaegerThrift.Batch();
 * batch.read(readProtocol(body, 'binary'));
 * ```
 */
export function readProtocol(payload: Uint8Array, protocol: 'binary' | 'compact'): TProtocol {
  const transport = new thrift.TFramedTransport(Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength));
  return protocol === 'binary' ? new thrift.TBinaryProtocol(transport) : new thrift.TCompactProtocol(transport);
}

/**
 * A Thrift i64 as an exact signed bigint (`null`: 0n).
 *
 * @example
 * ```ts
 * i64ToBigint(span.startTime); // 1700000000000000n
 * ```
 */
export function i64ToBigint(value: Int64 | null | undefined): bigint {
  return value ? value.buffer.readBigInt64BE(value.offset) : 0n;
}

/**
 * A Thrift i64 id as 16 lowercase hex characters (two's complement, as Jaeger and Zipkin write ids).
 *
 * @example
 * ```ts
 * i64ToHex(span.spanId); // 'a2fb4a1d1a96d312'
 * ```
 */
export function i64ToHex(value: Int64 | null | undefined): string {
  return value ? value.buffer.readBigUInt64BE(value.offset).toString(16).padStart(16, '0') : '';
}

/**
 * The size of a list field of a Thrift struct, read from its list header without reading its elements
 * (the other fields are skipped): how the Jaeger Thrift decoder learns how many spans a batch carries
 * before it builds any. `undefined` when the field is absent or the struct cannot be walked (the decoder
 * that runs afterwards reports the problem).
 *
 * @example
 * ```ts
 * const spans = thriftListSize(new Uint8Array(0), 2, 'binary'); // Batch.spans is field 2; undefined here
 * ```
 */
export function thriftListSize(
  payload: Uint8Array,
  fieldId: number,
  protocol: 'binary' | 'compact',
): number | undefined {
  try {
    const input = readProtocol(payload, protocol);
    input.readStructBegin();
    for (;;) {
      const field = input.readFieldBegin();
      if (field.ftype === thrift.Thrift.Type.STOP) return undefined;
      if (field.fid === fieldId && field.ftype === thrift.Thrift.Type.LIST) return input.readListBegin().size;
      input.skip(field.ftype);
      input.readFieldEnd();
    }
  } catch {
    return undefined;
  }
}
