import type { SpanRow } from '../api/queries.js';
import { layoutWaterfall } from './waterfall.js';

/** How a span of the comparison differs between the two traces. */
export type DiffStatus = 'same' | 'slower' | 'faster' | 'added' | 'missing';

/** One span of either trace, as the comparison lines it up. */
export interface DiffSide {
  readonly spanId: string;
  readonly durationMicros: number;
  /** Start, microseconds after its trace's start. */
  readonly offsetMicros: number;
  readonly isError: boolean;
}

/** One row of the comparison: the same place in both trees (or in one of them). */
export interface DiffRow {
  /** Where the span is: the services and operations from the root, each with its place among equal siblings. */
  readonly path: string;
  readonly depth: number;
  readonly service: string;
  readonly name: string;
  /** The span in trace A (the first), if it has one here. */
  readonly a?: DiffSide;
  /** The span in trace B (the second). */
  readonly b?: DiffSide;
  readonly status: DiffStatus;
  /** B's duration minus A's (0 when one side is missing). */
  readonly deltaMicros: number;
}

/** A comparison of two traces: the rows in tree order and how many of each status. */
export interface TraceDiff {
  readonly rows: readonly DiffRow[];
  readonly counts: Readonly<Record<DiffStatus, number>>;
  readonly durationA: number;
  readonly durationB: number;
}

/** When a span counts as slower or faster: both a share of A's duration and a floor in microseconds. */
export interface DiffThreshold {
  /** 0.1: 10 % of A's duration. */
  readonly ratio: number;
  readonly minMicros: number;
}

/** The default threshold: 10 % and at least 1 ms. */
export const DEFAULT_THRESHOLD: DiffThreshold = { ratio: 0.1, minMicros: 1_000 };

interface Placed {
  readonly path: string;
  readonly parentPath: string;
  readonly service: string;
  readonly name: string;
  readonly side: DiffSide;
}

/**
 * Each span's path: its parent's path, then `service: name` and its place among its siblings of the same
 * service and name, in start order (`#0`, `#1`, …): the third call to `GET /price` under one parent in A
 * lines up with the third in B.
 */
function placeSpans(spans: readonly SpanRow[]): { placed: Placed[]; durationMicros: number } {
  const model = layoutWaterfall(spans);
  const pathOf = new Map<string, string>();
  const seen = new Map<string, number>();
  const placed: Placed[] = [];
  for (const row of model.rows) {
    const span = row.span;
    const parentPath = (span.parentSpanId && pathOf.get(span.parentSpanId)) || '';
    const base = `${parentPath}/${span.serviceName}: ${span.name}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const path = `${base}#${n}`;
    pathOf.set(span.spanId, path);
    placed.push({
      path,
      parentPath,
      service: span.serviceName,
      name: span.name,
      side: {
        spanId: span.spanId,
        durationMicros: span.durationMicros,
        offsetMicros: row.offsetMicros,
        isError: row.isError,
      },
    });
  }
  return { placed, durationMicros: model.durationMicros };
}

function statusOf(a: DiffSide | undefined, b: DiffSide | undefined, threshold: DiffThreshold): DiffStatus {
  if (!a) return 'added';
  if (!b) return 'missing';
  const delta = b.durationMicros - a.durationMicros;
  if (Math.abs(delta) < Math.max(threshold.minMicros, a.durationMicros * threshold.ratio)) return 'same';
  return delta > 0 ? 'slower' : 'faster';
}

/**
 * Compares two traces by structure and durations: spans line up by their path (services and operations
 * from the root, repeated calls by their order), so a row has a span in A, in B or in both; a span only
 * in B is **added**, only in A **missing**, in both **slower** or **faster** when B's duration differs
 * from A's by the threshold's share of A's and its floor (10 % and 1 ms by default), else **same**. Rows
 * come in A's tree order, B's own spans after their siblings of A.
 *
 * @example
 * ```ts
 * const { rows, counts } = diffTraces(traceA.spans, traceB.spans);
 * counts.added; // spans only in B
 * ```
 */
export function diffTraces(
  spansA: readonly SpanRow[],
  spansB: readonly SpanRow[],
  threshold: DiffThreshold = DEFAULT_THRESHOLD,
): TraceDiff {
  const a = placeSpans(spansA);
  const b = placeSpans(spansB);
  const inB = new Map(b.placed.map((p) => [p.path, p]));
  const inA = new Set(a.placed.map((p) => p.path));
  // The tree of every path, children in A's order then B's: walked depth-first for the rows.
  const children = new Map<string, string[]>();
  const info = new Map<string, Placed>();
  for (const p of [...a.placed, ...b.placed]) {
    if (info.has(p.path)) continue;
    info.set(p.path, p);
    const list = children.get(p.parentPath);
    if (list) list.push(p.path);
    else children.set(p.parentPath, [p.path]);
  }
  const sideA = new Map(a.placed.map((p) => [p.path, p.side]));
  const counts: Record<DiffStatus, number> = { same: 0, slower: 0, faster: 0, added: 0, missing: 0 };
  const rows: DiffRow[] = [];
  const stack: { path: string; depth: number }[] = (children.get('') ?? [])
    .map((path) => ({ path, depth: 0 }))
    .reverse();
  while (stack.length > 0) {
    const { path, depth } = stack.pop() as { path: string; depth: number };
    const p = info.get(path) as Placed;
    const left = inA.has(path) ? sideA.get(path) : undefined;
    const right = inB.get(path)?.side;
    const status = statusOf(left, right, threshold);
    counts[status]++;
    rows.push({
      path,
      depth,
      service: p.service,
      name: p.name,
      ...(left ? { a: left } : {}),
      ...(right ? { b: right } : {}),
      status,
      deltaMicros: left && right ? right.durationMicros - left.durationMicros : 0,
    });
    const kids = children.get(path) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ path: kids[i] as string, depth: depth + 1 });
  }
  return { rows, counts, durationA: a.durationMicros, durationB: b.durationMicros };
}
