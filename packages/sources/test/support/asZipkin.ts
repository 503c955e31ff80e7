import type { AttributeValue } from '@ht/enricher-sdk';
import type { ExpectedSpan } from './expectSpans.js';

/**
 * The OTel JS Zipkin exporter sends `seconds * 1e6 + nanos / 1e3` as a JSON number: microseconds with a
 * fraction, as exact as a double holds them. This is the nanosecond value that double stands for.
 */
function viaJsMicros(ns: bigint): bigint {
  const micros = Number(ns / 1_000_000_000n) * 1e6 + Number(ns % 1_000_000_000n) / 1e3;
  const whole = Math.trunc(micros);
  return BigInt(whole) * 1000n + BigInt(Math.round((micros - whole) * 1000));
}

/**
 * What the OTLP expectation of a span becomes after an OTel exporter wrote it as Zipkin: times as the
 * exporter's fractional microseconds carry them (the start) or rounded to whole microseconds (the duration), attributes as string tags (arrays left out: their text form
 * is the exporter's choice), links gone (Zipkin has none), events as annotations without attributes at whole microseconds.
 */
export function asZipkin(span: ExpectedSpan): ExpectedSpan {
  const start = viaJsMicros(span.start);
  // The duration goes as whole microseconds (rounded).
  const end = start + ((span.end - span.start + 500n) / 1000n) * 1000n;
  const attributes: Record<string, AttributeValue> = {};
  for (const [key, value] of Object.entries(span.attributes)) {
    if (!Array.isArray(value)) attributes[key] = String(value);
  }
  return {
    ...span,
    start,
    end,
    attributes,
    links: undefined,
    scope: undefined,
    events: span.events?.map((e) => ({ name: e.name, time: ((e.time + 500n) / 1000n) * 1000n, attributes: {} })),
  };
}
