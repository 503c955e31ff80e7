import type { Span } from '../../model/Span.js';
import type { Trace } from '../../model/Trace.js';
import { indexTrace } from '../../model/TraceIndex.js';
import { SpanAttr, SpanType } from '../attributes.js';
import { sameService } from './spanType.js';

/**
 * The spans an exit call reached in other services: children of the exit span (or of the exit spans
 * nested under it in its own service, such as a transport span under an HTTP client span) that run in
 * another service. Empty when the call left the traced world (a database, a third-party API).
 *
 * @example
 * ```ts
 * const isBackendCall = calleeSpansOf(exitSpan, trace).length === 0;
 * ```
 */
export function calleeSpansOf(exit: Span, trace: Trace): Span[] {
  const index = indexTrace(trace);
  const callees: Span[] = [];
  const stack: Span[] = [exit];
  const seen = new Set<Span>();
  for (let span = stack.pop(); span !== undefined; span = stack.pop()) {
    if (seen.has(span)) continue;
    seen.add(span);
    for (const child of index.childrenOf(span)) {
      if (!sameService(child, exit)) callees.push(child);
      else if (child.enriched.string(SpanAttr.TYPE) === SpanType.EXIT) stack.push(child);
    }
  }
  return callees;
}
