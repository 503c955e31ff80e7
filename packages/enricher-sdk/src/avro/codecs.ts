import type { Span } from '../model/Span.js';
import type { Trace } from '../model/Trace.js';
import { AvroCodec } from './AvroCodec.js';
import { enrichedTraceSchema, rawSpanSchema, traceSchema } from './schemas.js';
import { rawSpanFromRecord, rawSpanToRecord } from './spanAvro.js';
import { traceFromRecord, traceToRecord } from './traceAvro.js';

/**
 * Avro codec of a single span (`RawSpan`, the raw-spans topic).
 *
 * @example
 * ```ts
 * await producer.send({ topic: 'raw-spans', messages: [{ key: `${span.tenantId}:${span.traceId}`, value: rawSpanCodec.encode(span) }] });
 * ```
 */
export const rawSpanCodec: AvroCodec<Span> = new AvroCodec<Span>(
  'RawSpan',
  rawSpanSchema(),
  rawSpanToRecord,
  rawSpanFromRecord,
);

/**
 * Avro codec of a grouped trace (`Trace`, the structured-traces topic): enrichment fields are not
 * written, and read back empty.
 *
 * @example
 * ```ts
 * const trace = traceCodec.decode(message.value);
 * ```
 */
export const traceCodec: AvroCodec<Trace> = new AvroCodec<Trace>(
  'Trace',
  traceSchema(),
  (t) => traceToRecord(t, false),
  traceFromRecord,
);

/**
 * Avro codec of an enriched trace (`EnrichedTrace`, the enriched-traces topic). It also reads `Trace`
 * bytes when given the Trace schema as the writer schema.
 *
 * @example
 * ```ts
 * const trace = enrichedTraceCodec.decode(bytes, traceSchema());
 * ```
 */
export const enrichedTraceCodec: AvroCodec<Trace> = new AvroCodec<Trace>(
  'EnrichedTrace',
  enrichedTraceSchema(),
  (t) => traceToRecord(t, true),
  traceFromRecord,
);
