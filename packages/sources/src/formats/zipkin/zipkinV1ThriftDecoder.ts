import { guardDecode, malformed } from '../../ingest/SpanDecoder.js';
import type { DecodeContext, DecodedSpans, SpanDecoder } from '../../ingest/SpanDecoder.js';
import { i64ToBigint, i64ToHex, readProtocol, zipkinCore } from '../../wire/thrift.js';
import type { ZipkinThriftBinaryAnnotation, ZipkinThriftEndpoint, ZipkinThriftSpan } from '../../wire/thriftStructs.js';
import { refuseOverLimit } from '../../ingest/tooManySpans.js';
import { decodeZipkin } from './zipkinMapping.js';
import { zipkinV1ToV2 } from './zipkinV1.js';
import type { ZipkinV1Span } from './zipkinV1.js';
import { ipFromBytes } from './ZipkinSpan.js';
import type { ZipkinEndpoint } from './ZipkinSpan.js';

const STRUCT = 12;
/** zipkinCore.thrift AnnotationType. */
const BOOL = 0;
const BYTES = 1;
const I16 = 2;
const I32 = 3;
const I64 = 4;
const DOUBLE = 5;

/**
 * Decodes Zipkin v1 Thrift (`POST /api/v1/spans` `application/x-thrift`): a TBinaryProtocol list of
 * zipkinCore `Span` structs, read with the generated code, converted to the v2 model and mapped.
 *
 * @example
 * ```ts
 * zipkinV1ThriftDecoder.decode(body, ctx);
 * ```
 */
export const zipkinV1ThriftDecoder: SpanDecoder = {
  encoding: 'zipkin_thrift',
  decode(payload: Uint8Array, ctx: DecodeContext): DecodedSpans {
    const spans = guardDecode('zipkin_thrift', 'not a Thrift list of zipkinCore.Span', () => {
      const protocol = readProtocol(payload, 'binary');
      const { etype, size } = protocol.readListBegin();
      if ((etype as number) !== STRUCT)
        throw malformed('zipkin_thrift', `expected a list of structs, got element type ${etype}`);
      refuseOverLimit(ctx.maxSpans, () => size); // the list header says how many, before any span is read
      const out: ZipkinThriftSpan[] = [];
      for (let i = 0; i < size; i++) {
        const span = new zipkinCore.Span();
        span.read(protocol);
        out.push(span);
      }
      protocol.readListEnd();
      return out;
    });
    return decodeZipkin('zipkin_thrift', 'unreadable zipkinCore.Span', ctx, () =>
      spans.map((s) => zipkinV1ToV2(v1Span(s))),
    );
  },
};

function v1Span(s: ZipkinThriftSpan): ZipkinV1Span {
  return {
    traceId: (s.trace_id_high ? i64ToHex(s.trace_id_high) : '') + i64ToHex(s.trace_id),
    id: i64ToHex(s.id),
    parentId: s.parent_id ? i64ToHex(s.parent_id) : '',
    name: s.name ?? '',
    timestampNanos: s.timestamp ? i64ToBigint(s.timestamp) * 1000n : undefined,
    durationNanos: s.duration ? i64ToBigint(s.duration) * 1000n : undefined,
    annotations: (s.annotations ?? []).map((a) => ({
      timestampNanos: i64ToBigint(a.timestamp) * 1000n,
      value: a.value ?? '',
      endpoint: endpoint(a.host),
    })),
    binaryAnnotations: (s.binary_annotations ?? []).map((b) => ({
      key: b.key ?? '',
      value: binaryValue(b),
      address: b.annotation_type === BOOL && b.value?.[0] === 1 && ['ca', 'sa', 'ma'].includes(b.key ?? ''),
      endpoint: endpoint(b.host),
    })),
    debug: s.debug ?? false,
  };
}

/** Binary annotation values are big-endian bytes of their declared type; rendered as text tags. */
function binaryValue(b: ZipkinThriftBinaryAnnotation): string {
  const v = b.value ?? Buffer.alloc(0);
  switch (b.annotation_type) {
    case BOOL:
      return v[0] === 1 ? 'true' : 'false';
    case BYTES:
      return v.toString('base64');
    case I16:
      return v.length >= 2 ? String(v.readInt16BE(0)) : '';
    case I32:
      return v.length >= 4 ? String(v.readInt32BE(0)) : '';
    case I64:
      return v.length >= 8 ? String(v.readBigInt64BE(0)) : '';
    case DOUBLE:
      return v.length >= 8 ? String(v.readDoubleBE(0)) : '';
    default:
      return v.toString('utf8');
  }
}

function endpoint(e: ZipkinThriftEndpoint | null | undefined): ZipkinEndpoint | undefined {
  if (!e) return undefined;
  const ipv4 = e.ipv4 ? ipFromBytes(Buffer.from(Uint32Array.of(e.ipv4 >>> 0).buffer).reverse()) : '';
  return { serviceName: e.service_name ?? '', ipv4, ipv6: ipFromBytes(e.ipv6), port: (e.port ?? 0) & 0xffff };
}
