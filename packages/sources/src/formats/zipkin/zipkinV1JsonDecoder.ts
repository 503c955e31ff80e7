import type { DecodeContext, DecodedSpans, SpanDecoder } from '../../ingest/SpanDecoder.js';
import { refuseOverLimit } from '../../ingest/tooManySpans.js';
import { JsonReader } from '../../wire/JsonReader.js';
import { decodeZipkin } from './zipkinMapping.js';
import { zipkinV1ToV2 } from './zipkinV1.js';
import type { ZipkinV1Span } from './zipkinV1.js';
import { endpoint } from './zipkinV2JsonDecoder.js';

/**
 * Decodes Zipkin v1 JSON (`POST /api/v1/spans` `application/json`): a JSON array of v1 spans, converted
 * to the v2 model (see `zipkinV1ToV2`) and mapped like v2 spans.
 *
 * @example
 * ```ts
 * zipkinV1JsonDecoder.decode(body, ctx);
 * ```
 */
export const zipkinV1JsonDecoder: SpanDecoder = {
  encoding: 'zipkin_v1_json',
  decode(payload: Uint8Array, ctx: DecodeContext): DecodedSpans {
    return decodeZipkin('zipkin_v1_json', 'not a Zipkin v1 JSON span list', ctx, () => {
      // Counted on the parse tree before any span is mapped (JSON.parse cannot stop part-way).
      const items = JsonReader.parseArray('zipkin_v1_json', payload);
      refuseOverLimit(ctx.maxSpans, () => items.length);
      return items.map((s) => zipkinV1ToV2(v1Span(s)));
    });
  },
};

function v1Span(s: JsonReader): ZipkinV1Span {
  return {
    traceId: s.string('traceId'),
    id: s.string('id'),
    parentId: s.string('parentId'),
    name: s.string('name'),
    timestampNanos: s.has('timestamp') ? s.microsAsNanos('timestamp') : undefined,
    durationNanos: s.has('duration') ? s.microsAsNanos('duration') : undefined,
    annotations: s.array('annotations').map((a) => ({
      timestampNanos: a.microsAsNanos('timestamp'),
      value: a.string('value'),
      endpoint: endpoint(a.optionalObject('endpoint')),
    })),
    binaryAnnotations: s.array('binaryAnnotations').map((b) => {
      const value = b.raw('value');
      const key = b.string('key');
      return {
        key,
        value: typeof value === 'string' ? value : JSON.stringify(value ?? ''),
        address: value === true && (key === 'ca' || key === 'sa' || key === 'ma'),
        endpoint: endpoint(b.optionalObject('endpoint')),
      };
    }),
    debug: s.bool('debug'),
  };
}
