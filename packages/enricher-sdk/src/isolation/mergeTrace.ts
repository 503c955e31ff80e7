import type { Attributes } from '../model/attributes.js';
import type { Trace } from '../model/Trace.js';

/**
 * Applies what a worker's enricher wrote to its copy of a trace onto the original: enriched attributes
 * of the trace and of each span (matched by position), entities, call edges and enrichment errors.
 * Client data is not copied back, so a worker cannot change it even by bypassing the types.
 */
export function mergeEnrichment(target: Trace, result: Trace): void {
  replaceAttributes(target.enriched, result.enriched);
  const spans = target.spans;
  for (let i = 0; i < spans.length; i++) {
    const from = result.spans[i];
    const to = spans[i];
    if (from !== undefined && to !== undefined && from.spanId === to.spanId)
      replaceAttributes(to.enriched, from.enriched);
  }
  target.entities.splice(0, target.entities.length, ...result.entities);
  target.callEdges.splice(0, target.callEdges.length, ...result.callEdges);
  target.enrichmentErrors.splice(0, target.enrichmentErrors.length, ...result.enrichmentErrors);
}

function replaceAttributes(to: Attributes, from: Attributes): void {
  for (const key of [...to.keys()]) if (!from.has(key)) to.delete(key);
  for (const [key, value] of from) to.set(key, value);
}
