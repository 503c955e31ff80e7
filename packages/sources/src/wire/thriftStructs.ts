import type { TProtocol } from 'thrift';
import type Int64 from 'node-int64';

// The Thrift compiler emits CommonJS without usable types (src/generated/thrift/, see
// scripts/generate.mjs): these interfaces describe the parts of the generated structs the mappings read,
// field names as in the IDL (zipkinV1.thrift, jaeger.thrift).

/**
 * A generated Thrift struct class: `new X().read(protocol)` fills it from the protocol.
 *
 * @example
 * ```ts
 * const span = new zipkinCore.Span();
 * span.read(readProtocol(bytes, 'binary'));
 * ```
 */
export interface ThriftStructClass<T> {
  new (): T & { read(input: TProtocol): void };
}

/**
 * zipkinV1.thrift `Endpoint`.
 *
 * @example
 * ```ts
 * const host = span.annotations?.[0]?.host; // ZipkinThriftEndpoint | null | undefined
 * ```
 */
export interface ZipkinThriftEndpoint {
  ipv4: number | null;
  port: number | null;
  service_name: string | null;
  ipv6?: Buffer | null;
}
/**
 * zipkinV1.thrift `Annotation`.
 *
 * @example
 * ```ts
 * for (const a of span.annotations ?? []) console.log(a.value);
 * ```
 */
export interface ZipkinThriftAnnotation {
  timestamp: Int64 | null;
  value: string | null;
  host: ZipkinThriftEndpoint | null;
}
/**
 * zipkinV1.thrift `BinaryAnnotation`.
 *
 * @example
 * ```ts
 * for (const b of span.binary_annotations ?? []) console.log(b.key);
 * ```
 */
export interface ZipkinThriftBinaryAnnotation {
  key: string | null;
  value: Buffer | null;
  annotation_type: number | null;
  host: ZipkinThriftEndpoint | null;
}
/**
 * zipkinV1.thrift `Span`.
 *
 * @example
 * ```ts
 * const span: ZipkinThriftSpan = new zipkinCore.Span();
 * ```
 */
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

/**
 * jaeger.thrift `Tag`.
 *
 * @example
 * ```ts
 * for (const tag of span.tags ?? []) console.log(tag.key, tag.vType);
 * ```
 */
export interface JaegerThriftTag {
  key: string | null;
  vType: number | null;
  vStr: string | null;
  vDouble: number | null;
  vBool: boolean | null;
  vLong: Int64 | null;
  vBinary: Buffer | null;
}
/**
 * jaeger.thrift `Log`.
 *
 * @example
 * ```ts
 * for (const log of span.logs ?? []) console.log(i64ToBigint(log.timestamp));
 * ```
 */
export interface JaegerThriftLog {
  timestamp: Int64 | null;
  fields: JaegerThriftTag[] | null;
}
/**
 * jaeger.thrift `SpanRef`.
 *
 * @example
 * ```ts
 * for (const ref of span.references ?? []) console.log(i64ToHex(ref.spanId));
 * ```
 */
export interface JaegerThriftSpanRef {
  refType: number | null;
  traceIdLow: Int64 | null;
  traceIdHigh: Int64 | null;
  spanId: Int64 | null;
}
/**
 * jaeger.thrift `Span`.
 *
 * @example
 * ```ts
 * for (const span of batch.spans ?? []) console.log(span.operationName);
 * ```
 */
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
/**
 * jaeger.thrift `Process`.
 *
 * @example
 * ```ts
 * console.log(batch.process?.serviceName);
 * ```
 */
export interface JaegerThriftProcess {
  serviceName: string | null;
  tags: JaegerThriftTag[] | null;
}
/**
 * jaeger.thrift `Batch`.
 *
 * @example
 * ```ts
 * const batch: JaegerThriftBatch = new jaegerThrift.Batch();
 * ```
 */
export interface JaegerThriftBatch {
  process: JaegerThriftProcess | null;
  spans: JaegerThriftSpan[] | null;
}
