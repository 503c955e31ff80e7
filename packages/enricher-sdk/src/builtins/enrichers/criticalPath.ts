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

interface Window {
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
  // The spans from the root to the current one, with their clamped windows.
  const path: { span: Span; window: Window }[] = [
    { span: root, window: { start: times.startOf(root), end: times.endOf(root) } },
  ];
  let cursor = times.endOf(root);
  let returning = false;
  for (let top = path[path.length - 1]; top !== undefined; top = path[path.length - 1]) {
    const { span, window } = top;
    let last: Span | undefined;
    let lastWindow: Window | undefined;
    for (const child of index.childrenOf(span)) {
      const start = times.startOf(child);
      const end = times.endOf(child);
      if (end < window.start || start > window.end) continue; // outside the parent: ignored
      const clamped = end > window.end ? window.end : end;
      // Descending, any child ending by the cursor; returning from a child, only those ending before it began.
      if (
        (returning ? clamped < cursor : clamped <= cursor) &&
        (lastWindow === undefined || clamped > lastWindow.end)
      ) {
        last = child;
        lastWindow = { start: start < window.start ? window.start : start, end: clamped };
      }
    }
    if (last !== undefined && lastWindow !== undefined) {
      if (lastWindow.end < cursor) sections.push({ span, start: lastWindow.end, end: cursor });
      path.push({ span: last, window: lastWindow });
      cursor = lastWindow.end;
      returning = false;
      continue;
    }
    if (window.start < cursor || sections.length === 0) sections.push({ span, start: window.start, end: cursor });
    path.pop();
    cursor = window.start;
    returning = true;
  }
  return sections.reverse();
}
