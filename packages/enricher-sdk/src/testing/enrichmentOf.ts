import { attributesToJson } from '../json/attributesJson.js';
import type { AttributesJson } from '../json/attributesJson.js';
import type { CallEdge, Entity } from '../model/Entity.js';
import { serviceName } from '../model/Resource.js';
import type { EnrichmentError, Trace } from '../model/Trace.js';

/**
 * What enrichers added to a trace, as plain JSON: see {@link enrichmentOf}.
 *
 * @example
 * ```ts
 * const golden: TraceEnrichment = JSON.parse(await readFile('golden/checkout.json', 'utf8'));
 * ```
 */
export interface TraceEnrichment {
  readonly enriched: AttributesJson;
  readonly spans: readonly {
    readonly spanId: string;
    readonly service: string;
    readonly name: string;
    readonly enriched: AttributesJson;
  }[];
  readonly entities: readonly Entity[];
  readonly callEdges: readonly CallEdge[];
  readonly enrichmentErrors: readonly EnrichmentError[];
}

/**
 * Everything enrichers added to a trace, as plain JSON (bigints as `{ int: "…" }`): compare it with
 * `toEqual`, a snapshot or a golden file.
 *
 * @example
 * ```ts
 * expect(enrichmentOf(run.trace)).toMatchSnapshot();
 * ```
 */
export function enrichmentOf(trace: Trace): TraceEnrichment {
  return {
    enriched: attributesToJson(trace.enriched),
    spans: trace.spans.map((s) => ({
      spanId: s.spanId,
      service: serviceName(s.resource),
      name: s.name,
      enriched: attributesToJson(s.enriched),
    })),
    entities: trace.entities.map((e) => ({ ...e })),
    callEdges: trace.callEdges.map((e) => ({ ...e })),
    enrichmentErrors: trace.enrichmentErrors.map((e) => ({ ...e })),
  };
}
