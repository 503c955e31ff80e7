import type { SpanDecoder } from '../ingest/SpanDecoder.js';
import { FORMATS } from './index.js';
import type { TraceFormat } from './TraceFormat.js';

/**
 * The stateless decoders of `formats` by their encoding name.
 *
 * @example
 * ```ts
 * spanDecodersOf([...FORMATS, acmeFormat])['acme_json'];
 * ```
 */
export function spanDecodersOf(formats: readonly TraceFormat[]): Readonly<Record<string, SpanDecoder>> {
  return Object.freeze(Object.fromEntries(formats.flatMap((f) => f.decoders).map((d) => [d.encoding, d])));
}

/**
 * Every stateless decoder of {@link FORMATS} by its encoding name: the receivers' payloads, named as the
 * OTel Collector's kafka encodings are where one exists (`otlp_proto`, `otlp_json`, `zipkin_proto`,
 * `zipkin_json`). (OpenCensus is a stream protocol: see `opencensusStreamDecoder`.)
 *
 * @example
 * ```ts
 * const decoder = spanDecoders['zipkin_json']!;
 * const { spans } = decoder.decode(record.value, { tenantId: 'default', receivedAtUnixNano: 0n });
 * ```
 */
export const spanDecoders: Readonly<Record<string, SpanDecoder>> = spanDecodersOf(FORMATS);
