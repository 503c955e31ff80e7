import type { Span } from '../../model/Span.js';
import type { Trace } from '../../model/Trace.js';
import { indexTrace } from '../../model/TraceIndex.js';
import { SpanAttr, SpanType } from '../../catalogue/attributeKeys.js';
import { sameService } from './spanType.js';

const NONE: readonly Span[] = Object.freeze([]);
// backend, exit-calls and trace-stats all ask, for every exit span: computed once per trace and span.
const cache = new WeakMap<Trace, Map<Span, readonly Span[]>>();
let lastTrace: Trace | undefined; // the last trace asked about, and its map: consecutive calls share a trace
let lastPerSpan: Map<Span, readonly Span[]> | undefined;

/**
 * The spans an exit call reached in other services: children of the exit span (or of the exit spans
 * nested under it in its own service, such as a transport span under an HTTP client span) that run in
 * another service. Empty when the call left the traced world (a database, a third-party API). Reads
 * `ht.span.type`, so call it after `span-type` has run.
 *
 * @example
 * ```ts
 * const isBackendCall = calleeSpansOf(exitSpan, trace).length === 0;
 * ```
 */
export function calleeSpansOf(exit: Span, trace: Trace): readonly Span[] {
  let perSpan = trace === lastTrace ? lastPerSpan : cache.get(trace);
  if (perSpan === undefined) cache.set(trace, (perSpan = new Map<Span, readonly Span[]>()));
  lastTrace = trace;
  lastPerSpan = perSpan;
  let callees = perSpan.get(exit);
  if (callees === undefined) {
    callees = find(exit, trace);
    perSpan.set(exit, callees);
  }
  return callees;
}

function find(exit: Span, trace: Trace): readonly Span[] {
  const index = indexTrace(trace);
  let callees: Span[] | undefined;
  let nested: Span[] | undefined;
  for (let span: Span | undefined = exit; span !== undefined; span = nested?.pop()) {
    for (const child of index.childrenOf(span)) {
      if (!sameService(child, exit)) (callees ??= []).push(child);
      else if (child !== exit && child.enriched.string(SpanAttr.TYPE) === SpanType.EXIT) (nested ??= []).push(child);
    }
  }
  return callees ?? NONE;
}
