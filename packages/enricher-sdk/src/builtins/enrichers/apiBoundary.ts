import type { Span } from '../../model/Span.js';
import type { Trace } from '../../model/Trace.js';
import { indexTrace } from '../../model/TraceIndex.js';
import { defineEnricher } from '../../plugin/defineEnricher.js';
import { ApiAttr, ApiBoundary, SpanAttr, SpanType } from '../attributes.js';
import { BUILTIN_VERSION, BuiltinEnricher } from './names.js';
import { sameService } from './spanType.js';
import { setTrusted } from '../../model/attributes.js';

/**
 * Built-in `api-boundary`: finds each service visit (a request entering a service, everything that
 * service does for it, and the calls it makes out) and marks its boundaries.
 * - `ht.api.boundary` = `ENTRY` on the first entry span of a visit: an entry span whose parent is
 *   absent, in another service, or an exit span (a service calling itself). Nested entry spans of the
 *   same service (a framework span under the server span) belong to the outer visit.
 * - `ht.api.boundary` = `EXIT` on each outermost exit span (an exit span not under another exit span of
 *   its service): one per call out, however many client layers record it.
 * - `ht.api.entry_span_id` on every span of a visit, exits included: the visit's entry span. Spans
 *   before any entry (a client root of a batch job) have none.
 * Depends on `span-type`.
 *
 * @example
 * ```ts
 * const run = await runEnricher(apiBoundary, trace, undefined, { with: [semconv, spanType] });
 * run.trace.spans[1]?.enriched.string(ApiAttr.ENTRY_SPAN_ID); // the server span's id
 * ```
 */
export const apiBoundary = defineEnricher({
  name: BuiltinEnricher.API_BOUNDARY,
  version: BUILTIN_VERSION,
  description: 'API boundary: entry span of each service visit; exit spans linked to their entry',
  dependsOn: [BuiltinEnricher.SPAN_TYPE],
  enrichTrace(trace) {
    const entryOf = new Map<Span, string>();
    forEachTopDown(trace, (span, parent) => {
      const type = span.enriched.string(SpanAttr.TYPE);
      const parentType = parent?.enriched.string(SpanAttr.TYPE);
      const inService = parent !== undefined && sameService(parent, span);
      const inherited = inService ? entryOf.get(parent) : undefined;
      let entry = inherited;
      if (type === SpanType.ENTRY && (inherited === undefined || parentType === SpanType.EXIT)) {
        entry = span.spanId;
        setTrusted(span.enriched, ApiAttr.BOUNDARY, ApiBoundary.ENTRY);
      } else if (type === SpanType.EXIT && !(inService && parentType === SpanType.EXIT)) {
        setTrusted(span.enriched, ApiAttr.BOUNDARY, ApiBoundary.EXIT);
      }
      if (entry !== undefined) {
        entryOf.set(span, entry);
        setTrusted(span.enriched, ApiAttr.ENTRY_SPAN_ID, entry);
      }
    });
  },
});

/**
 * Calls `visit(span, parent)` for every span reachable from the trace's roots, parents before
 * children, each span once (parent cycles in bad data are not followed).
 *
 * @example
 * ```ts
 * forEachTopDown(trace, (span, parent) => depth.set(span, parent ? depth.get(parent)! + 1 : 0));
 * ```
 */
export function forEachTopDown(trace: Trace, visit: (span: Span, parent: Span | undefined) => void): void {
  const index = indexTrace(trace);
  const seen = new Set<Span>();
  const stack: Span[] = [...index.roots].reverse();
  for (let span = stack.pop(); span !== undefined; span = stack.pop()) {
    if (seen.has(span)) continue;
    seen.add(span);
    visit(span, index.parentOf(span));
    const children = index.childrenOf(span);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined && !seen.has(child)) stack.push(child);
    }
  }
}
