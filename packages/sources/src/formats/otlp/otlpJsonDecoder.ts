import type { opentelemetry } from '#generated/proto/otlp.js';
import type { DecodeContext, DecodedSpans, SpanDecoder } from '../../ingest/SpanDecoder.js';
import { refuseOverLimit } from '../../ingest/tooManySpans.js';
import { JsonReader } from '../../wire/JsonReader.js';
import { mapOtlpRequest } from './otlpProtoDecoder.js';

type Request = opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest;
type ResourceSpans = opentelemetry.proto.trace.v1.IResourceSpans;
type Span = opentelemetry.proto.trace.v1.ISpan;
type KeyValue = opentelemetry.proto.common.v1.IKeyValue;
type AnyValue = opentelemetry.proto.common.v1.IAnyValue;

const KIND_NAMES = ['SPAN_KIND_UNSPECIFIED', 'SPAN_KIND_INTERNAL', 'SPAN_KIND_SERVER', 'SPAN_KIND_CLIENT'];
const KINDS = [...KIND_NAMES, 'SPAN_KIND_PRODUCER', 'SPAN_KIND_CONSUMER'];
const STATUS_CODES = ['STATUS_CODE_UNSET', 'STATUS_CODE_OK', 'STATUS_CODE_ERROR'];

/**
 * Decodes OTLP/JSON (`application/json` on OTLP/HTTP, the `otlp_json` Kafka encoding) as the OTLP
 * specification defines it: lowerCamelCase keys, ids as hex strings, 64-bit integers as decimal strings
 * or numbers, enums as integers (names accepted too), bytes as base64, unknown keys ignored. Then the
 * same mapping as {@link otlpProtoDecoder}.
 *
 * @example
 * ```ts
 * const { spans } = otlpJsonDecoder.decode(Buffer.from(JSON.stringify(body)), ctx);
 * ```
 */
export const otlpJsonDecoder: SpanDecoder = {
  encoding: 'otlp_json',
  decode(payload: Uint8Array, ctx: DecodeContext): DecodedSpans {
    const root = JsonReader.parse('otlp_json', payload);
    // JSON.parse cannot stop part-way (no streaming, its reviver runs after the whole parse): the parse
    // tree is bounded by maxBodyBytes, and the spans are counted on it before any is mapped.
    refuseOverLimit(ctx.maxSpans, () => jsonSpanCount(root));
    const request: Request = { resourceSpans: root.array('resourceSpans').map(resourceSpans) };
    return mapOtlpRequest(request, ctx);
  },
};

/** The spans of a parsed OTLP/JSON request (`resourceSpans[].scopeSpans[].spans[]`), counted on the parse tree. */
function jsonSpanCount(root: JsonReader): number {
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const field = (value: unknown, key: string): unknown =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  let spans = 0;
  for (const rs of list(root.raw('resourceSpans'))) {
    for (const ss of list(field(rs, 'scopeSpans'))) spans += list(field(ss, 'spans')).length;
  }
  return spans;
}

function resourceSpans(rs: JsonReader): ResourceSpans {
  const resource = rs.optionalObject('resource');
  return {
    resource: resource && {
      attributes: resource.array('attributes').map(keyValue),
      droppedAttributesCount: resource.uint32('droppedAttributesCount'),
    },
    schemaUrl: rs.string('schemaUrl'),
    scopeSpans: rs.array('scopeSpans').map((ss) => {
      const scope = ss.optionalObject('scope');
      return {
        scope: scope && {
          name: scope.string('name'),
          version: scope.string('version'),
          attributes: scope.array('attributes').map(keyValue),
          droppedAttributesCount: scope.uint32('droppedAttributesCount'),
        },
        schemaUrl: ss.string('schemaUrl'),
        spans: ss.array('spans').map(span),
      };
    }),
  };
}

function span(s: JsonReader): Span {
  const status = s.optionalObject('status');
  return {
    traceId: s.hex('traceId'),
    spanId: s.hex('spanId'),
    parentSpanId: s.hex('parentSpanId'),
    traceState: s.string('traceState'),
    flags: s.uint32('flags'),
    name: s.string('name'),
    kind: s.enumValue('kind', KINDS),
    startTimeUnixNano: s.uint64('startTimeUnixNano'),
    endTimeUnixNano: s.uint64('endTimeUnixNano'),
    attributes: s.array('attributes').map(keyValue),
    droppedAttributesCount: s.uint32('droppedAttributesCount'),
    events: s.array('events').map((e) => ({
      timeUnixNano: e.uint64('timeUnixNano'),
      name: e.string('name'),
      attributes: e.array('attributes').map(keyValue),
      droppedAttributesCount: e.uint32('droppedAttributesCount'),
    })),
    droppedEventsCount: s.uint32('droppedEventsCount'),
    links: s.array('links').map((l) => ({
      traceId: l.hex('traceId'),
      spanId: l.hex('spanId'),
      traceState: l.string('traceState'),
      attributes: l.array('attributes').map(keyValue),
      droppedAttributesCount: l.uint32('droppedAttributesCount'),
      flags: l.uint32('flags'),
    })),
    droppedLinksCount: s.uint32('droppedLinksCount'),
    status: status && { code: status.enumValue('code', STATUS_CODES), message: status.string('message') },
  };
}

function keyValue(kv: JsonReader): KeyValue {
  const value = kv.optionalObject('value');
  return { key: kv.string('key'), value: value && anyValue(value) };
}

function anyValue(v: JsonReader): AnyValue {
  if (v.has('stringValue')) return { stringValue: v.string('stringValue') };
  if (v.has('intValue')) return { intValue: v.int64('intValue') };
  if (v.has('boolValue')) return { boolValue: v.bool('boolValue') };
  if (v.has('doubleValue')) return { doubleValue: v.double('doubleValue') };
  if (v.has('bytesValue')) return { bytesValue: v.base64('bytesValue') };
  const array = v.optionalObject('arrayValue');
  if (array) return { arrayValue: { values: array.array('values').map(anyValue) } };
  const kvlist = v.optionalObject('kvlistValue');
  if (kvlist) return { kvlistValue: { values: kvlist.array('values').map(keyValue) } };
  return {};
}
