import type { CallEdge, Entity } from '../model/Entity.js';
import { ENRICHED_PREFIX } from '../model/Span.js';
import { createTrace } from '../model/Trace.js';
import type { EnrichmentError, Trace } from '../model/Trace.js';
import { attributesFromJson, attributesToJson } from './attributesJson.js';
import type { AttributesJson } from './attributesJson.js';
import { parseJsonForm, traceJsonSchema } from './jsonSchemas.js';
import { spanFromParsed, spanToJson } from './spanJson.js';
import type { SpanJson } from './spanJson.js';

/**
 * The JSON debug form of a {@link Trace}.
 *
 * @example
 * ```ts
 * const json: TraceJson = traceToJson(trace);
 * ```
 */
export interface TraceJson {
  readonly tenantId: string;
  readonly traceId: string;
  readonly fragment: number;
  /** See `Trace.session`: event time (ms) of the span that opened the grouper session. */
  readonly session: number;
  readonly spans: readonly SpanJson[];
  readonly enriched: AttributesJson;
  readonly entities: readonly Entity[];
  readonly callEdges: readonly CallEdge[];
  readonly enrichmentErrors: readonly EnrichmentError[];
}

/**
 * A trace to its JSON debug form (lossless; bigints as decimal strings, bytes as base64).
 *
 * @example
 * ```ts
 * await writeFile('trace.json', JSON.stringify(traceToJson(trace), null, 2));
 * ```
 */
export function traceToJson(trace: Trace): TraceJson {
  return {
    tenantId: trace.tenantId,
    traceId: trace.traceId,
    fragment: trace.fragment,
    session: trace.session,
    spans: trace.spans.map(spanToJson),
    enriched: attributesToJson(trace.enriched),
    entities: trace.entities.map((e) => ({ ...e, attributes: { ...e.attributes } })),
    callEdges: trace.callEdges.map((e) => ({ ...e })),
    enrichmentErrors: trace.enrichmentErrors.map((e) => ({ ...e })),
  };
}

/**
 * A trace from its JSON debug form; tenant and trace id may be left out when spans carry them. Throws
 * `INPUT_INVALID` listing every problem with its path.
 *
 * @example
 * ```ts
 * const trace = traceFromJson(JSON.parse(await readFile('trace.json', 'utf8')));
 * ```
 */
export function traceFromJson(json: unknown): Trace {
  const j = parseJsonForm(traceJsonSchema, inheritIds(json), 'trace');
  return createTrace({
    ...(j.tenantId === undefined ? {} : { tenantId: j.tenantId }),
    ...(j.traceId === undefined ? {} : { traceId: j.traceId }),
    fragment: j.fragment,
    session: j.session,
    spans: j.spans.map(spanFromParsed),
    enriched: attributesFromJson(j.enriched, ENRICHED_PREFIX),
    entities: j.entities,
    callEdges: j.callEdges,
    enrichmentErrors: j.enrichmentErrors,
  });
}

/** Spans of a hand-written trace may leave out the tenant and trace id given once at the trace level. */
function inheritIds(json: unknown): unknown {
  if (typeof json !== 'object' || json === null) return json;
  const trace = json as { tenantId?: unknown; traceId?: unknown; spans?: unknown };
  if (!Array.isArray(trace.spans)) return json;
  const inherited: Record<string, unknown> = {};
  if (typeof trace.tenantId === 'string') inherited['tenantId'] = trace.tenantId;
  if (typeof trace.traceId === 'string') inherited['traceId'] = trace.traceId;
  const spans = (trace.spans as unknown[]).map((s) =>
    typeof s === 'object' && s !== null ? { ...inherited, ...(s as Record<string, unknown>) } : s,
  );
  return { ...trace, spans };
}
