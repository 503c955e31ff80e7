import { createRequire } from 'node:module';
import thrift from 'thrift';
import type { TProtocol } from 'thrift';
import type Int64 from 'node-int64';

// The Thrift compiler emits CommonJS (src/generated/thrift/, see scripts/generate.mjs); these interfaces
// describe the parts of the generated structs the mappings read (field names as in the IDL).
const require = createRequire(import.meta.url);

/** A generated Thrift struct class: `new X().read(protocol)` fills it from the protocol. */
export interface ThriftStructClass<T> {
  new (): T & { read(input: TProtocol): void };
}

/** zipkinCore.thrift `Endpoint`. */
export interface ZipkinThriftEndpoint {
  ipv4: number | null;
  port: number | null;
  service_name: string | null;
  ipv6?: Buffer | null;
}
/** zipkinCore.thrift `Annotation`. */
export interface ZipkinThriftAnnotation {
  timestamp: Int64 | null;
  value: string | null;
  host: ZipkinThriftEndpoint | null;
}
/** zipkinCore.thrift `BinaryAnnotation`. */
export interface ZipkinThriftBinaryAnnotation {
  key: string | null;
  value: Buffer | null;
  annotation_type: number | null;
  host: ZipkinThriftEndpoint | null;
}
/** zipkinCore.thrift `Span`. */
export interface ZipkinThriftSpan {
  trace_id: Int64 | null;
  trace_id_high?: Int64 | null;
  name: string | null;
  id: Int64 | null;
  parent_id: Int64 | null;
  annotations: ZipkinThriftAnnotation[] | null;
  binary_annotations: ZipkinThriftBinaryAnnotation[] | null;
  debug: boolean | null;
  timestamp: Int64 | null;
  duration: Int64 | null;
}

/** jaeger.thrift `Tag`. */
export interface JaegerThriftTag {
  key: string | null;
  vType: number | null;
  vStr: string | null;
  vDouble: number | null;
  vBool: boolean | null;
  vLong: Int64 | null;
  vBinary: Buffer | null;
}
/** jaeger.thrift `Log`. */
export interface JaegerThriftLog {
  timestamp: Int64 | null;
  fields: JaegerThriftTag[] | null;
}
/** jaeger.thrift `SpanRef`. */
export interface JaegerThriftSpanRef {
  refType: number | null;
  traceIdLow: Int64 | null;
  traceIdHigh: Int64 | null;
  spanId: Int64 | null;
}
/** jaeger.thrift `Span`. */
export interface JaegerThriftSpan {
  traceIdLow: Int64 | null;
  traceIdHigh: Int64 | null;
  spanId: Int64 | null;
  parentSpanId: Int64 | null;
  operationName: string | null;
  references: JaegerThriftSpanRef[] | null;
  flags: number | null;
  startTime: Int64 | null;
  duration: Int64 | null;
  tags: JaegerThriftTag[] | null;
  logs: JaegerThriftLog[] | null;
}
/** jaeger.thrift `Process`. */
export interface JaegerThriftProcess {
  serviceName: string | null;
  tags: JaegerThriftTag[] | null;
}
/** jaeger.thrift `Batch`. */
export interface JaegerThriftBatch {
  process: JaegerThriftProcess | null;
  spans: JaegerThriftSpan[] | null;
}

/** The generated Zipkin v1 model (zipkinCore.thrift). */
export const zipkinCore = require('#generated/thrift/zipkinCore_types.js') as {
  Span: ThriftStructClass<ZipkinThriftSpan>;
};

/** The generated Jaeger model (jaeger.thrift). */
export const jaegerThrift = require('#generated/thrift/jaeger_types.js') as {
  Batch: ThriftStructClass<JaegerThriftBatch>;
};

/** The generated Jaeger agent service (agent.thrift): its processor reads `emitBatch` messages. */
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
