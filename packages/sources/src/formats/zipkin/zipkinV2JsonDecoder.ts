import type { DecodeContext, DecodedSpans, SpanDecoder } from '../../ingest/SpanDecoder.js';
import { refuseOverLimit } from '../../ingest/tooManySpans.js';
import { JsonReader } from '../../wire/JsonReader.js';
import { decodeZipkin } from './zipkinMapping.js';
import type { ZipkinEndpoint, ZipkinKind, ZipkinSpan } from './ZipkinSpan.js';

const KINDS = new Set<string>(['CLIENT', 'SERVER', 'PRODUCER', 'CONSUMER']);

/**
 * Decodes Zipkin v2 JSON (`POST /api/v2/spans` `application/json`, the `zipkin_json` Kafka encoding): a
 * JSON array of spans as the zipkin2 API defines them.
 *
 * @example
 * ```ts
 * zipkinV2JsonDecoder.decode(Buffer.from('[{"traceId":"1","id":"2","timestamp":1,"duration":1}]'), ctx);
 * ```
 */
export const zipkinV2JsonDecoder: SpanDecoder = {
  encoding: 'zipkin_json',
  decode(payload: Uint8Array, ctx: DecodeContext): DecodedSpans {
    return decodeZipkin('zipkin_json', 'not a Zipkin v2 JSON span list', ctx, () => {
      // Counted on the parse tree before any span is mapped (JSON.parse cannot stop part-way).
      const items = JsonReader.parseArray('zipkin_json', payload);
      refuseOverLimit(ctx.maxSpans, () => items.length);
      return items.map(zipkinV2Span);
    });
  },
};

/**
 * One Zipkin v2 JSON span object as a {@link ZipkinSpan}.
 *
 * @example
 * ```ts
 * const span = zipkinV2Span(JsonReader.parseArray('zipkin_json', body)[0]!);
 * ```
 */
export function zipkinV2Span(s: JsonReader): ZipkinSpan {
  const kind = s.string('kind').toUpperCase();
  const tags = s.optionalObject('tags');
  return {
    traceId: s.string('traceId'),
    id: s.string('id'),
    parentId: s.string('parentId'),
    kind: (KINDS.has(kind) ? kind : '') as ZipkinKind,
    name: s.string('name'),
    timestampNanos: s.microsAsNanos('timestamp'),
    durationNanos: s.microsAsNanos('duration'),
    localEndpoint: endpoint(s.optionalObject('localEndpoint')),
    remoteEndpoint: endpoint(s.optionalObject('remoteEndpoint')),
    annotations: s.array('annotations').map((a) => ({
      timestampNanos: a.microsAsNanos('timestamp'),
      value: a.string('value'),
    })),
    tags: tags ? tags.keys().map((key) => [key, tagValue(tags, key)] as const) : [],
    debug: s.bool('debug'),
    shared: s.bool('shared'),
  };
}

/** Zipkin tags are strings; numbers and booleans some clients send are kept as their text. */
function tagValue(tags: JsonReader, key: string): string {
  const value = tags.raw(key);
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : tags.string(key);
}

/**
 * A Zipkin JSON endpoint object (v1 and v2 share it), `undefined` when absent.
 *
 * @example
 * ```ts
 * endpoint(span.optionalObject('localEndpoint'))?.serviceName;
 * ```
 */
export function endpoint(e: JsonReader | undefined): ZipkinEndpoint | undefined {
  if (!e) return undefined;
  return {
    serviceName: e.string('serviceName'),
    ipv4: e.string('ipv4'),
    ipv6: e.string('ipv6'),
    port: e.uint32('port'),
  };
}
