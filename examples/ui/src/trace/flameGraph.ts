import type { WaterfallRow } from './waterfall.js';

/** One span of the flame graph: where it sits (fractions of the trace's time) and its tree neighbours. */
export interface FlameFrame {
  readonly row: WaterfallRow;
  /** The frame of its parent span, if drawn. */
  readonly parent: number | undefined;
  readonly depth: number;
  /** Start and width as fractions (0-1) of the trace's duration. */
  readonly left: number;
  readonly width: number;
}

/** The flame graph of a trace: its frames in tree order, and the frames of each level by start. */
export interface FlameLayout {
  readonly frames: readonly FlameFrame[];
  /** Frame indexes per depth, by start then tree order. */
  readonly levels: readonly (readonly number[])[];
  /** Frame indexes of each frame's children, by start. */
  readonly children: readonly (readonly number[])[];
}

/** A direction of keyboard movement in the flame graph. */
export type FlameMove = 'parent' | 'child' | 'previous' | 'next';

/**
 * Lays a trace out as a flame graph (an icicle: the root on top, each span under its parent, as wide as
 * its share of the trace's time). Spans narrower than `minWidth` of the trace (under a pixel) are left
 * out, and so are the spans under them, which keeps a 100,000-span trace drawable.
 *
 * @example
 * ```ts
 * const layout = layoutFlame(layoutWaterfall(spans).rows, model.durationMicros);
 * layout.frames[0]?.width; // 1: the root spans the trace
 * ```
 */
export function layoutFlame(rows: readonly WaterfallRow[], durationMicros: number, minWidth = 0.0005): FlameLayout {
  const total = Math.max(durationMicros, 1);
  const frames: FlameFrame[] = [];
  // The frame drawn at each depth along the current path of the tree order (undefined: left out).
  const path: (number | undefined)[] = [];
  for (const row of rows) {
    const parentDrawn = row.depth === 0 || path[row.depth - 1] !== undefined;
    const width = row.span.durationMicros / total;
    path.length = row.depth + 1;
    if (!parentDrawn || width < minWidth) {
      path[row.depth] = undefined;
      continue;
    }
    frames.push({
      row,
      parent: row.depth === 0 ? undefined : path[row.depth - 1],
      depth: row.depth,
      left: Math.min(Math.max(row.offsetMicros / total, 0), 1),
      width: Math.min(width, 1),
    });
    path[row.depth] = frames.length - 1;
  }
  const levels: number[][] = [];
  const children: number[][] = frames.map(() => []);
  frames.forEach((frame, i) => {
    (levels[frame.depth] ??= []).push(i);
    if (frame.parent !== undefined) children[frame.parent]?.push(i);
  });
  const byStart = (a: number, b: number): number => (frames[a]?.left ?? 0) - (frames[b]?.left ?? 0) || a - b;
  for (const level of levels) level.sort(byStart);
  for (const list of children) list.sort(byStart);
  return { frames, levels, children };
}

/**
 * The frame the keyboard moves to from `from`: its parent, its first child, or the previous or next
 * frame of its level (by start); `from` itself when there is none.
 *
 * @example
 * ```ts
 * flameStep(layout, 0, 'child'); // the root's first child
 * ```
 */
export function flameStep(layout: FlameLayout, from: number, move: FlameMove): number {
  const frame = layout.frames[from];
  if (!frame) return from;
  if (move === 'parent') return frame.parent ?? from;
  if (move === 'child') return layout.children[from]?.[0] ?? from;
  const level = layout.levels[frame.depth] ?? [];
  const at = level.indexOf(from);
  const next = level[move === 'next' ? at + 1 : at - 1];
  return next ?? from;
}
