import type { Span } from '../../model/Span.js';
import type { Trace } from '../../model/Trace.js';
import { indexTrace } from '../../model/TraceIndex.js';
import type { TraceIndex } from '../../model/TraceIndex.js';
import { defineEnricher } from '../../plugin/defineEnricher.js';
import { ApiAttr, ApiBoundary, SpanAttr, SpanType } from '../../catalogue/attributeKeys.js';
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
    // Each span's result is its visit's entry span id, passed down to its children.
    forEachTopDown<string | undefined>(trace, (span, parent, parentEntry) => {
      const type = span.enriched.string(SpanAttr.TYPE);
      const parentType = parent?.enriched.string(SpanAttr.TYPE);
      const inService = parent !== undefined && sameService(parent, span);
      const inherited = inService ? parentEntry : undefined;
      let entry = inherited;
      if (type === SpanType.ENTRY && (inherited === undefined || parentType === SpanType.EXIT)) {
        entry = span.spanId;
        setTrusted(span.enriched, ApiAttr.BOUNDARY, ApiBoundary.ENTRY);
      } else if (type === SpanType.EXIT && !(inService && parentType === SpanType.EXIT)) {
        setTrusted(span.enriched, ApiAttr.BOUNDARY, ApiBoundary.EXIT);
      }
      if (entry !== undefined) setTrusted(span.enriched, ApiAttr.ENTRY_SPAN_ID, entry);
      return entry;
    });
  },
});

/**
 * Calls `visit(span, parent, fromParent)` for every span reachable from the trace's roots, parents before
 * children, each span once (parent cycles in bad data are not followed). What `visit` returns for a span
 * is `fromParent` for its children (`undefined` for a root). `parent` is the span's parent in the trace.
 *
 * @example
 * ```ts
 * forEachTopDown<number>(trace, (span, parent, parentDepth) => (parentDepth ?? -1) + 1);
 * ```
 */
export function forEachTopDown<T>(
  trace: Trace,
  visit: (span: Span, parent: Span | undefined, fromParent: T | undefined) => T,
): void {
  const index = indexTrace(trace);
  if (index.byId.size !== trace.spans.length) {
    forEachTopDownWithRepeatedIds(index, visit);
    return;
  }
  // Unique span ids: the spans under the roots form a tree, each reached once, from its parent. The
  // stack carries each span's parent's result (parallel arrays: no object, set or map per span).
  const spans: Span[] = [];
  const fromParents: (T | undefined)[] = [];
  for (let i = index.roots.length - 1; i >= 0; i--) {
    spans.push(index.roots[i] as Span);
    fromParents.push(undefined);
  }
  while (spans.length > 0) {
    const span = spans.pop() as Span;
    const result = visit(span, index.parentOf(span), fromParents.pop());
    const children = index.childrenOf(span);
    for (let i = children.length - 1; i >= 0; i--) {
      spans.push(children[i] as Span);
      fromParents.push(result);
    }
  }
}

/**
 * {@link forEachTopDown} when span ids repeat: a span may be listed under two parents (walked once), and
 * `fromParent` is the result of the span the index names as its parent, if already visited.
 */
function forEachTopDownWithRepeatedIds<T>(
  index: TraceIndex,
  visit: (span: Span, parent: Span | undefined, fromParent: T | undefined) => T,
): void {
  const results = new Map<Span, T>();
  const stack: Span[] = [...index.roots].reverse();
  for (let span = stack.pop(); span !== undefined; span = stack.pop()) {
    if (results.has(span)) continue;
    const parent = index.parentOf(span);
    results.set(span, visit(span, parent, parent === undefined ? undefined : results.get(parent)));
    const children = index.childrenOf(span);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined && !results.has(child)) stack.push(child);
    }
  }
}
