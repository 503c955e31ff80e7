import { z } from 'zod';
import { serviceName } from '../../model/Resource.js';
import type { Span } from '../../model/Span.js';
import type { Trace } from '../../model/Trace.js';
import { indexTrace } from '../../model/TraceIndex.js';
import type { TraceIndex } from '../../model/TraceIndex.js';
import { defineEnricher } from '../../plugin/defineEnricher.js';
import { SpanAttr, TraceAttr } from '../../catalogue/attributeKeys.js';
import { BUILTIN_VERSION, BuiltinEnricher } from './names.js';

const config = z.strictObject({
  /** A computed shift larger than this is not applied (as Jaeger's max-clock-skew-adjustment); ms. */
  maxAdjustmentMs: z.number().int().positive().default(300_000),
});

/**
 * Built-in `clock-skew`: Jaeger's clock-skew adjuster. Spans are grouped by clock (service name plus
 * `host.name` when present); where a child runs on another clock than its parent and does not fit in
 * the parent's (adjusted) window, the child's clock is shifted so the child sits in the middle of the
 * parent, the parent's spare time split evenly between request and response latency. A child longer
 * than its parent is not shifted (the latency cannot be estimated). The shift carries down to the
 * child's descendants on the same clock. Original timestamps are never changed: shifted spans get
 * `ht.span.adjusted_start_unix_nano`, `ht.span.adjusted_end_unix_nano` and `ht.span.clock_skew_nanos`;
 * the trace gets `ht.trace.skew_adjusted_span_count`. Config: `maxAdjustmentMs` (default 5 min).
 *
 * @example
 * ```ts
 * const run = await runEnricher(clockSkew, traceWithSkew);
 * adjustedStartOf(run.trace.spans[1]!); // inside its parent's window
 * ```
 */
export const clockSkew = defineEnricher({
  name: BuiltinEnricher.CLOCK_SKEW,
  version: BUILTIN_VERSION,
  description: "clock-skew adjustment as Jaeger's adjuster does; originals kept",
  config,
  enrichTrace(trace, ctx) {
    const maxNanos = BigInt(ctx.config.maxAdjustmentMs) * 1_000_000n;
    let adjusted = 0;
    for (const [span, delta] of skews(trace, maxNanos)) {
      span.enriched.set(SpanAttr.ADJUSTED_START, span.startTimeUnixNano + delta);
      span.enriched.set(SpanAttr.ADJUSTED_END, span.endTimeUnixNano + delta);
      span.enriched.set(SpanAttr.CLOCK_SKEW, delta);
      adjusted++;
    }
    trace.enriched.set(TraceAttr.SKEW_ADJUSTED_SPAN_COUNT, BigInt(adjusted));
  },
});

/**
 * A span's start after clock-skew adjustment: the adjusted time when `clock-skew` shifted it, else the
 * original.
 *
 * @example
 * ```ts
 * const start = adjustedStartOf(span);
 * ```
 */
export function adjustedStartOf(span: Span): bigint {
  return span.enriched.bigint(SpanAttr.ADJUSTED_START) ?? span.startTimeUnixNano;
}

/**
 * A span's end after clock-skew adjustment (see {@link adjustedStartOf}).
 *
 * @example
 * ```ts
 * const durationNanos = adjustedEndOf(span) - adjustedStartOf(span);
 * ```
 */
export function adjustedEndOf(span: Span): bigint {
  return span.enriched.bigint(SpanAttr.ADJUSTED_END) ?? span.endTimeUnixNano;
}

function clockOf(span: Span): string {
  const host = span.resource.attr.string('host.name');
  return host === undefined ? serviceName(span.resource) : `${serviceName(span.resource)}\u0000${host}`;
}

/**
 * The non-zero shifts, walking each root's tree top-down (iteratively: traces can be deep). With unique
 * span ids the walk is a tree: its stack is parallel arrays of span, parent, inherited shift and the
 * parent's adjusted start, no object or map per span. Repeated ids (broken instrumentation) take
 * {@link skewsWithRepeatedIds}, which keeps the adjusted starts in a map.
 */
function skews(trace: Trace, maxNanos: bigint): Map<Span, bigint> {
  const index = indexTrace(trace);
  if (index.byId.size !== trace.spans.length) return skewsWithRepeatedIds(index, maxNanos);
  const result = new Map<Span, bigint>();
  const spans: Span[] = [];
  const parents: (Span | undefined)[] = [];
  const deltas: bigint[] = [];
  const parentStarts: bigint[] = [];
  for (const root of index.roots) {
    spans.push(root);
    parents.push(undefined);
    deltas.push(0n);
    parentStarts.push(0n);
  }
  while (spans.length > 0) {
    const span = spans.pop() as Span;
    const parent = parents.pop();
    let delta = deltas.pop() as bigint;
    const parentStart = parentStarts.pop() as bigint;
    if (parent === undefined) delta = 0n;
    else if (differentClocks(span, parent)) delta = skewOf(span, parent, parentStart, maxNanos);
    const start = span.startTimeUnixNano + delta;
    if (delta !== 0n) result.set(span, delta);
    const children = index.childrenOf(span);
    for (let i = 0; i < children.length; i++) {
      spans.push(children[i] as Span);
      parents.push(span);
      deltas.push(delta);
      parentStarts.push(start);
    }
  }
  return result;
}

/** {@link skews} when span ids repeat: a span may be listed under two parents; each is walked once. */
function skewsWithRepeatedIds(index: TraceIndex, maxNanos: bigint): Map<Span, bigint> {
  const result = new Map<Span, bigint>();
  const start = new Map<Span, bigint>(); // adjusted start of visited spans
  const stack: { span: Span; parent: Span | undefined; delta: bigint }[] = index.roots.map((span) => ({
    span,
    parent: undefined,
    delta: 0n,
  }));
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { span, parent, delta: inherited } = item;
    let delta = inherited;
    if (parent === undefined) delta = 0n;
    else if (differentClocks(span, parent)) delta = skewOf(span, parent, start.get(parent) ?? 0n, maxNanos);
    start.set(span, span.startTimeUnixNano + delta);
    if (delta !== 0n) result.set(span, delta);
    for (const child of index.childrenOf(span)) if (!start.has(child)) stack.push({ span: child, parent: span, delta });
  }
  return result;
}

/** The clock is the resource's (service and host): spans of one resource object share it. */
function differentClocks(a: Span, b: Span): boolean {
  return a.resource !== b.resource && clockOf(a) !== clockOf(b);
}

function skewOf(child: Span, parent: Span, parentStart: bigint, maxNanos: bigint): bigint {
  const parentDuration = parent.endTimeUnixNano - parent.startTimeUnixNano;
  const childDuration = child.endTimeUnixNano - child.startTimeUnixNano;
  if (childDuration > parentDuration) return 0n;
  const parentEnd = parentStart + parentDuration;
  if (child.startTimeUnixNano >= parentStart && child.endTimeUnixNano <= parentEnd) return 0n;
  const latency = (parentDuration - childDuration) / 2n;
  const delta = parentStart + latency - child.startTimeUnixNano;
  return delta > maxNanos || -delta > maxNanos ? 0n : delta;
}
