import type { Span } from './Span.js';
import type { Trace } from './Trace.js';

/**
 * Parent/child navigation over a trace's spans, built once per trace and cached (a trace's span list
 * never changes). A span whose parent is not in the trace (a missing or late parent) is a root.
 *
 * @example
 * ```ts
 * const index = indexTrace(trace);
 * const parent = index.parentOf(span);
 * for (const child of index.childrenOf(span)) console.log(child.name);
 * ```
 */
export interface TraceIndex {
  /** Spans by span id (the first one wins when an id repeats). */
  readonly byId: ReadonlyMap<string, Span>;
  /** Spans without a parent in this trace, in span order. */
  readonly roots: readonly Span[];
  /** The parent span, if it is in the trace. */
  parentOf(span: Span): Span | undefined;
  /** The direct children, in span order. */
  childrenOf(span: Span): readonly Span[];
}

const cache = new WeakMap<Trace, TraceIndex>();
// The enrichers of a chain ask for the index of the same trace many times in a row (span-type once per
// span): the last one answers without the WeakMap. Holds at most one trace until the next is indexed.
let lastTrace: Trace | undefined;
let lastIndex: TraceIndex | undefined;
const NO_CHILDREN: readonly Span[] = Object.freeze([]);

/**
 * Returns the (cached) {@link TraceIndex} of `trace`.
 *
 * @example
 * ```ts
 * const roots = indexTrace(trace).roots;
 * ```
 */
export function indexTrace(trace: Trace): TraceIndex {
  if (trace === lastTrace) return lastIndex as TraceIndex;
  let index = cache.get(trace);
  if (index === undefined) {
    index = buildIndex(trace.spans);
    cache.set(trace, index);
  }
  lastTrace = trace;
  lastIndex = index;
  return index;
}

function buildIndex(spans: readonly Span[]): TraceIndex {
  const byId = new Map<string, Span>();
  for (const span of spans) if (!byId.has(span.spanId)) byId.set(span.spanId, span);
  const children = new Map<string, Span[]>();
  const roots: Span[] = [];
  for (const span of spans) {
    const parent = span.parentSpanId === '' ? undefined : byId.get(span.parentSpanId);
    if (parent === undefined || parent === span) {
      roots.push(span);
      continue;
    }
    const list = children.get(parent.spanId);
    if (list === undefined) children.set(parent.spanId, [span]);
    else list.push(span);
  }
  return {
    byId,
    roots,
    parentOf: (span) => (span.parentSpanId === '' ? undefined : byId.get(span.parentSpanId)),
    childrenOf: (span) => children.get(span.spanId) ?? NO_CHILDREN,
  };
}
