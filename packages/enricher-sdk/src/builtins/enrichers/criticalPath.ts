import type { Span } from '../../model/Span.js';
import type { TraceIndex } from '../../model/TraceIndex.js';
import { adjustedEndOf, adjustedStartOf } from './clockSkew.js';

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
 * adjustment. Sections are returned in time order.
 *
 * @example
 * ```ts
 * const path = criticalPath(index, root).map((s) => s.span.spanId);
 * ```
 */
export function criticalPath(index: TraceIndex, root: Span): CriticalSection[] {
  const windows = new Map<Span, Window>([[root, { start: adjustedStartOf(root), end: adjustedEndOf(root) }]]);
  const windowOf = (span: Span, parent: Window): Window | undefined => {
    let w = windows.get(span);
    if (w === undefined) {
      const start = adjustedStartOf(span);
      const end = adjustedEndOf(span);
      if (end < parent.start || start > parent.end) return undefined;
      w = { start: start < parent.start ? parent.start : start, end: end > parent.end ? parent.end : end };
      windows.set(span, w);
    }
    return w;
  };
  const sections: CriticalSection[] = [];
  const done = new Set<Span>();
  let current = root;
  let cursor = windows.get(root)?.end ?? root.endTimeUnixNano;
  for (;;) {
    const window = windows.get(current) ?? { start: cursor, end: cursor };
    let last: Span | undefined;
    let lastEnd = 0n;
    for (const child of index.childrenOf(current)) {
      if (done.has(child)) continue;
      const w = windowOf(child, window);
      if (w !== undefined && w.end <= cursor && (last === undefined || w.end > lastEnd)) {
        last = child;
        lastEnd = w.end;
      }
    }
    if (last !== undefined) {
      if (lastEnd < cursor) sections.push({ span: current, start: lastEnd, end: cursor });
      current = last;
      cursor = lastEnd;
      continue;
    }
    if (window.start < cursor || sections.length === 0)
      sections.push({ span: current, start: window.start, end: cursor });
    done.add(current);
    if (current === root) break;
    const parent = index.parentOf(current);
    if (parent === undefined) break;
    cursor = window.start;
    current = parent;
  }
  return sections.reverse();
}
