import type { AttributeValue } from '@ht/enricher-sdk';
import type { ExpectedSpan } from '../support/expectSpans.js';

/** Rounds nanoseconds to whole microseconds, as Zipkin's Go model does when it writes a time. */
const roundMicros = (ns: bigint): bigint => (ns + 500n) / 1000n;

/** An attribute as the Collector's jaeger/zipkin translators write a value their model cannot type. */
function asJsonText(value: AttributeValue): AttributeValue {
  if (!Array.isArray(value)) return value;
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
}

/** Every attribute as a Zipkin string tag. */
function asTag(value: AttributeValue): string {
  const typed = asJsonText(value);
  return typeof typed === 'string' ? typed : String(typed);
}

/** A value after Go's encoding/json wrote it and our Zipkin mapping read the JSON back. */
function viaJson(value: AttributeValue): AttributeValue {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) return (value as readonly AttributeValue[]).map(viaJson) as AttributeValue;
  return value;
}

const mapValues = (
  attrs: Readonly<Record<string, AttributeValue>>,
  fn: (v: AttributeValue) => AttributeValue,
): Record<string, AttributeValue> => Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, fn(v)]));

/**
 * What a span the OpenTelemetry JS SDK sent becomes after the OTel Collector's kafka exporter (in Jaeger
 * v2) wrote it in `encoding` and our decoder read it back — the Collector's translation rules, each
 * visible in the golden captures (test/kafka/golden/):
 * - `otlp_proto`, `otlp_json`: nothing changes.
 * - `jaeger_proto`, `jaeger_json` (pkg/translator/jaeger): times stay exact to the ns; array attributes
 *   become JSON text tags; a link becomes a FOLLOWS_FROM reference, so it keeps its ids and loses its
 *   attributes (our mapping marks it `opentracing.ref_type: follows_from`).
 * - `zipkin_json`, `zipkin_proto` (pkg/translator/zipkin/zipkinv2, then zipkin-go 0.4.3 writes the
 *   bytes): the start rounded to the µs; every attribute a string tag (arrays as JSON text). zipkin-go's
 *   JSON lowercases names, rounds the duration (at least 1 µs when non-zero) and event times to the µs;
 *   its proto keeps names and truncates the duration and event times to the µs. Events and links travel
 *   as text (annotation `name|{attributes}|dropped`, tag `otlp.link.N` =
 *   `traceId|spanId|traceState|{attributes}|dropped`) with their attributes as JSON, which our Zipkin
 *   mapping parses back as the Collector's zipkin receiver does: an event or link keeps its name, ids
 *   and attributes, typed as JSON types them (strings, booleans, integral numbers as ints, others as
 *   doubles). The status travels as `otel.status_code: STATUS_CODE_OK|STATUS_CODE_ERROR` (+ `error:
 *   true`) and arrives intact.
 *
 * @example
 * ```ts
 * const expected = viaCollector('zipkin_json', await sendOtelTopology(exporter));
 * ```
 */
export function viaCollector(encoding: string, expected: readonly ExpectedSpan[]): ExpectedSpan[] {
  if (encoding.startsWith('otlp_')) return [...expected];
  if (encoding.startsWith('jaeger_')) {
    return expected.map((span) => ({
      ...span,
      attributes: mapValues(span.attributes, asJsonText),
      ...(span.links && {
        links: span.links.map((l) => ({ ...l, attributes: { 'opentracing.ref_type': 'follows_from' } })),
      }),
    }));
  }
  const json = encoding === 'zipkin_json';
  const micros = json ? roundMicros : (ns: bigint): bigint => ns / 1000n;
  return expected.map((span) => {
    const start = roundMicros(span.start) * 1000n;
    const duration = span.end > span.start ? micros(span.end - span.start) : 0n;
    return {
      ...span,
      name: json ? span.name.toLowerCase() : span.name,
      start,
      end: start + (duration === 0n && json && span.end > span.start ? 1n : duration) * 1000n,
      attributes: mapValues(span.attributes, asTag),
      ...(span.events && {
        events: span.events.map((e) => ({
          name: e.name,
          time: micros(e.time) * 1000n,
          attributes: mapValues(e.attributes, viaJson),
        })),
      }),
      ...(span.links && { links: span.links.map((l) => ({ ...l, attributes: mapValues(l.attributes, viaJson) })) }),
    };
  });
}
