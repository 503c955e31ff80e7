import type { Span } from '../../model/Span.js';
import type { TraceIndex } from '../../model/TraceIndex.js';
import type { SpanTimes } from './spanTimes.js';

/**
 * One stretch of the critical path: `span` was what the request waited on from `start` to `end`
 * (unix ns, clock-skew adjusted).
 *
 * @example
 * ```ts
 * const waited = section.end - section.start;
 * ```
 */
export interface CriticalSection {
  readonly span: Span;
  readonly start: bigint;
  readonly end: bigint;
}

/**
 * The critical path under `root`, as Jaeger UI computes it: from the end of the root, step into the
 * child that finished last; when a span has no child left that finished before the time reached, the
 * span itself was the wait, back to its start, and the walk returns to its parent at that time. Child
 * windows are clamped into their parent's (children entirely outside it are ignored), after clock-skew
 * adjustment; when returning from a child, only siblings that ended before it began are candidates. Sections are returned in time order.
 *
 * @example
 * ```ts
 * const path = criticalPath(index, root, SpanTimes.of(trace.spans)).map((s) => s.span.spanId);
 * ```
 */
export function criticalPath(index: TraceIndex, root: Span, times: SpanTimes): CriticalSection[] {
  const sections: CriticalSection[] = [];
  // The spans from the root to the current one, with their clamped windows (parallel arrays: no object
  // per step).
  const pathSpans: Span[] = [root];
  const pathStarts: bigint[] = [times.startOf(root)];
  const pathEnds: bigint[] = [times.endOf(root)];
  let cursor = times.endOf(root);
  let returning = false;
  while (pathSpans.length > 0) {
    const depth = pathSpans.length - 1;
    const span = pathSpans[depth] as Span;
    const windowStart = pathStarts[depth] as bigint;
    const windowEnd = pathEnds[depth] as bigint;
    let last: Span | undefined;
    let lastStart = 0n;
    let lastEnd = 0n;
    const children = index.childrenOf(span);
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as Span;
      const start = times.startOf(child);
      const end = times.endOf(child);
      if (end < windowStart || start > windowEnd) continue; // outside the parent: ignored
      const clamped = end > windowEnd ? windowEnd : end;
      // Descending, any child ending by the cursor; returning from a child, only those ending before it began.
      if ((returning ? clamped < cursor : clamped <= cursor) && (last === undefined || clamped > lastEnd)) {
        last = child;
        lastStart = start < windowStart ? windowStart : start;
        lastEnd = clamped;
      }
    }
    if (last !== undefined) {
      if (lastEnd < cursor) sections.push({ span, start: lastEnd, end: cursor });
      pathSpans.push(last);
      pathStarts.push(lastStart);
      pathEnds.push(lastEnd);
      cursor = lastEnd;
      returning = false;
      continue;
    }
    if (windowStart < cursor || sections.length === 0) sections.push({ span, start: windowStart, end: cursor });
    pathSpans.pop();
    pathStarts.pop();
    pathEnds.pop();
    cursor = windowStart;
    returning = true;
  }
  return sections.reverse();
}
