import type { SpanRow } from '../api/queries.js';
import { toMicros } from '../format.js';

/** One row of the waterfall: a span placed in the trace's tree and on its time axis. */
export interface WaterfallRow {
  readonly span: SpanRow;
  /** Depth in the tree (roots and orphans 0). */
  readonly depth: number;
  /** Start, microseconds after the trace's first span started. */
  readonly offsetMicros: number;
  readonly childCount: number;
  readonly onCriticalPath: boolean;
  readonly isError: boolean;
}

/** A trace laid out for the waterfall: rows in tree order (children by start time) and the trace's span. */
export interface WaterfallModel {
  readonly rows: readonly WaterfallRow[];
  readonly startMicros: number;
  readonly durationMicros: number;
  readonly services: readonly string[];
}

/**
 * Lays a trace's spans out as a waterfall: depth-first from the roots (spans without a parent in the trace,
 * orphans included), children by start time; each row's offset from the trace's start; the critical path
 * from `onCriticalPath` (the trace-stats enricher's `ht.span.critical_path`). Iterative, so a
 * 100,000-span chain does not overflow the stack.
 *
 * @example
 * ```ts
 * const { rows, durationMicros } = layoutWaterfall(trace.spans);
 * ```
 */
export function layoutWaterfall(spans: readonly SpanRow[]): WaterfallModel {
  const ids = new Set(spans.map((s) => s.spanId));
  const children = new Map<string, SpanRow[]>();
  const roots: SpanRow[] = [];
  const starts = new Map<SpanRow, number>();
  let startMicros = Number.POSITIVE_INFINITY;
  let endMicros = Number.NEGATIVE_INFINITY;
  for (const span of spans) {
    const start = toMicros(span.startTime);
    starts.set(span, start);
    startMicros = Math.min(startMicros, start);
    endMicros = Math.max(endMicros, start + span.durationMicros);
    const parent = span.parentSpanId;
    if (parent && parent !== span.spanId && ids.has(parent)) {
      const list = children.get(parent);
      if (list) list.push(span);
      else children.set(parent, [span]);
    } else roots.push(span);
  }
  const byStart = (a: SpanRow, b: SpanRow): number => (starts.get(a) ?? 0) - (starts.get(b) ?? 0);
  roots.sort(byStart);
  for (const list of children.values()) list.sort(byStart);

  const rows: WaterfallRow[] = [];
  const seen = new Set<string>();
  const stack: { span: SpanRow; depth: number }[] = roots.map((span) => ({ span, depth: 0 })).reverse();
  while (stack.length > 0) {
    const { span, depth } = stack.pop() as { span: SpanRow; depth: number };
    if (seen.has(span.spanId)) continue; // a cycle or a repeated id: show each span once
    seen.add(span.spanId);
    const kids = children.get(span.spanId) ?? [];
    rows.push({
      span,
      depth,
      offsetMicros: (starts.get(span) ?? startMicros) - startMicros,
      childCount: kids.length,
      onCriticalPath: span.onCriticalPath,
      isError: span.statusCode === 'ERROR' || span.errorCount > 0,
    });
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ span: kids[i] as SpanRow, depth: depth + 1 });
  }
  // Spans in a cycle never reached from a root still show, at depth 0.
  for (const span of spans) {
    if (seen.has(span.spanId)) continue;
    seen.add(span.spanId);
    rows.push({
      span,
      depth: 0,
      offsetMicros: (starts.get(span) ?? startMicros) - startMicros,
      childCount: 0,
      onCriticalPath: false,
      isError: span.statusCode === 'ERROR' || span.errorCount > 0,
    });
  }
  const services = [...new Set(spans.map((s) => s.serviceName))].sort();
  return {
    rows,
    startMicros: Number.isFinite(startMicros) ? startMicros : 0,
    durationMicros: Number.isFinite(endMicros) ? Math.max(endMicros - startMicros, 0) : 0,
    services,
  };
}

/**
 * The rows left visible when some spans are collapsed: a collapsed span's descendants are hidden.
 *
 * @example
 * ```ts
 * const visible = visibleRows(model.rows, new Set(['a1b2c3d4e5f60718']));
 * ```
 */
export function visibleRows(rows: readonly WaterfallRow[], collapsed: ReadonlySet<string>): WaterfallRow[] {
  if (collapsed.size === 0) return [...rows];
  const out: WaterfallRow[] = [];
  let hideBelow = -1;
  for (const row of rows) {
    if (hideBelow >= 0) {
      if (row.depth > hideBelow) continue;
      hideBelow = -1;
    }
    out.push(row);
    if (collapsed.has(row.span.spanId) && row.childCount > 0) hideBelow = row.depth;
  }
  return out;
}

/**
 * The indexes of the rows whose span name or service contains the text, case-insensitive, or whose id is
 * the text, and of those in `alsoMatching` (the spans whose attributes matched: `findInTrace` of the query
 * API, since the rows hold no attributes): find within the trace.
 *
 * @example
 * ```ts
 * const hits = findInTrace(model.rows, 'checkout', new Set(['a1b2c3d4e5f60718']));
 * ```
 */
export function findInTrace(
  rows: readonly WaterfallRow[],
  text: string,
  alsoMatching: ReadonlySet<string> = new Set(),
): number[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return [];
  const hits: number[] = [];
  rows.forEach((row, index) => {
    const s = row.span;
    if (
      s.name.toLowerCase().includes(needle) ||
      s.serviceName.toLowerCase().includes(needle) ||
      s.spanId === needle ||
      alsoMatching.has(s.spanId)
    ) {
      hits.push(index);
    }
  });
  return hits;
}
