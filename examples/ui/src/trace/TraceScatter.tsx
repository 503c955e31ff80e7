import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { TraceSummaryRow } from '../api/queries.js';
import { useResolvedColor } from '../components/EntityTable.js';
import { formatClock, formatDuration } from '../format.js';
import { nearestPoint, scatterPoints } from './scatterPoints.js';
import type { ScatterAxis } from './scatterPoints.js';

/** How near (pixels) a click must land to a point to open its trace. */
const CLICK_RADIUS = 12;
const HEIGHT = 200;

const powersOfTen = (_u: uPlot, splits: number[]): (number | null)[] =>
  splits.map((v) => (Number.isInteger(Math.log10(v)) ? v : null));
/** A logarithmic axis's range with room for the points at its ends. */
const padLog = (_u: uPlot, min: number, max: number): uPlot.Range.MinMax => [Math.max(min / 1.25, 0.5), max * 1.25];
/** The same, widened to whole powers of ten (the duration axis labels those only). */
const padDecades = (_u: uPlot, min: number, max: number): uPlot.Range.MinMax => [
  10 ** Math.floor(Math.log10(Math.max(min / 1.25, 1))),
  10 ** Math.ceil(Math.log10(Math.max(max * 1.25, 10))),
];

/** 1, 2 and 5 times the powers of ten: the span-count axis's ticks (its counts span a few decades at most). */
const oneTwoFive = (_u: uPlot, splits: number[]): (number | null)[] =>
  splits.map((v) => {
    const lead = v / 10 ** Math.floor(Math.log10(v));
    return [1, 2, 5].some((n) => Math.abs(lead - n) < 1e-9) ? v : null;
  });

/**
 * The search results as a scatter plot (uPlot): start time (or span count, logarithmic) across, duration up
 * (logarithmic), failed traces in the error color; a click on a point opens its trace. By keyboard: Tab
 * reaches the plot, ← → (Home, End) step through the points from left to right, Enter opens the marked
 * one, Escape clears the mark.
 */
export function TraceScatter({
  rows,
  onOpen,
  axis = 'start',
}: {
  rows: readonly TraceSummaryRow[];
  onOpen: (traceId: string) => void;
  axis?: ScatterAxis;
}) {
  const outer = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const plotRef = useRef<uPlot | undefined>(undefined);
  const ok = useResolvedColor('var(--accent)');
  const bad = useResolvedColor('var(--bad)');
  const points = useMemo(() => scatterPoints(rows, axis), [rows, axis]);
  const [marked, setMarked] = useState<number | undefined>(undefined);
  const [ring, setRing] = useState<{ left: number; top: number } | undefined>(undefined);
  const open = useRef(onOpen);
  open.current = onOpen;
  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const axisColor = getComputedStyle(element).getPropertyValue('--muted').trim() || '#888';
    const gridColor = getComputedStyle(element).getPropertyValue('--grid').trim() || '#8883';
    const dots = (color: string): uPlot.Series => ({
      stroke: color,
      fill: color,
      paths: () => null,
      points: { show: true, size: 7, stroke: color, fill: `${color}99`, width: 1 },
      value: (_u: uPlot, v: number | null) => (v === null ? '–' : formatDuration(v)),
    });
    // On the time axis, an empty point either side leaves room for the points at the ends (2 % of the
    // range, 50 ms when every result started at once, where uPlot would otherwise span years).
    const first = points[0]?.x ?? 0;
    const last = points[points.length - 1]?.x ?? 0;
    const pad = Math.max((last - first) * 0.02, 0.05);
    const ends = axis === 'start' ? 1 : 0;
    const column = (value: (p: (typeof points)[number]) => number | null): (number | null)[] => [
      ...(ends ? [null] : []),
      ...points.map(value),
      ...(ends ? [null] : []),
    ];
    const data: uPlot.AlignedData = [
      [...(ends ? [first - pad] : []), ...points.map((p) => p.x), ...(ends ? [last + pad] : [])],
      column((p) => (p.isError ? null : p.durationMicros)),
      column((p) => (p.isError ? p.durationMicros : null)),
    ];
    const plot = new uPlot(
      {
        width: Math.max(element.clientWidth, 200),
        height: HEIGHT,
        legend: { show: true },
        scales: {
          x: axis === 'spans' ? { time: false, distr: 3, range: padLog } : { time: true },
          y: { distr: 3, range: padDecades },
        },
        cursor: { drag: { x: false, y: false } },
        axes: [
          axis === 'spans'
            ? {
                stroke: axisColor,
                grid: { stroke: gridColor, filter: oneTwoFive },
                ticks: { filter: oneTwoFive },
                filter: oneTwoFive,
                label: 'spans',
                labelSize: 18,
                values: (_u, values) => values.map((v) => (v == null ? '' : v.toLocaleString('en-US'))),
              }
            : { stroke: axisColor, grid: { stroke: gridColor } },
          {
            stroke: axisColor,
            // Powers of ten only: a log axis's ticks 2-9 between them crowd the labels and the grid.
            grid: { stroke: gridColor, filter: powersOfTen },
            ticks: { filter: powersOfTen },
            size: 64,
            filter: powersOfTen,
            values: (_u, values) => values.map((v) => (v == null ? '' : formatDuration(v))),
          },
        ],
        series: [
          axis === 'spans'
            ? { label: 'Spans', value: (_u: uPlot, v: number | null) => (v === null ? '–' : String(v)) }
            : {},
          { label: 'OK', ...dots(ok) },
          { label: 'Errors', ...dots(bad) },
        ],
      },
      data,
      element,
    );
    plotRef.current = plot;
    const onClick = (): void => {
      const { left, top } = plot.cursor;
      if (left === undefined || top === undefined || left < 0) return;
      const pixels = points.map((p) => ({ x: plot.valToPos(p.x, 'x'), y: plot.valToPos(p.durationMicros, 'y') }));
      const index = nearestPoint(pixels, left, top, CLICK_RADIUS);
      const point = index === undefined ? undefined : points[index];
      if (point) open.current(point.traceId);
    };
    plot.over.addEventListener('click', onClick);
    const observer = new ResizeObserver(() =>
      plot.setSize({ width: Math.max(element.clientWidth, 200), height: HEIGHT }),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.over.removeEventListener('click', onClick);
      plot.destroy();
      plotRef.current = undefined;
    };
  }, [points, ok, bad, axis]);
  // The keyboard's mark: a ring over the point, placed in the outer box's pixels.
  useEffect(() => {
    const plot = plotRef.current;
    const point = marked === undefined ? undefined : points[marked];
    if (!plot || !point || !outer.current) {
      setRing(undefined);
      return;
    }
    const over = plot.over.getBoundingClientRect();
    const base = outer.current.getBoundingClientRect();
    setRing({
      left: over.left - base.left + plot.valToPos(point.x, 'x'),
      top: over.top - base.top + plot.valToPos(point.durationMicros, 'y'),
    });
  }, [marked, points]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (points.length === 0) return;
    const last = points.length - 1;
    const at = marked ?? -1;
    const next: Record<string, number> = {
      ArrowRight: Math.min(at + 1, last),
      ArrowLeft: Math.max(at - 1, 0),
      Home: 0,
      End: last,
    };
    if (event.key in next) {
      event.preventDefault();
      setMarked(next[event.key]);
    } else if (event.key === 'Enter' && marked !== undefined) {
      const point = points[marked];
      if (point) onOpen(point.traceId);
    } else if (event.key === 'Escape') {
      setMarked(undefined);
    }
  };
  const point = marked === undefined ? undefined : points[marked];
  const row = point ? rows.find((r) => r.traceId === point.traceId) : undefined;
  return (
    <div
      ref={outer}
      className="scatter-box"
      tabIndex={0}
      role="group"
      aria-label={`Traces by ${axis === 'spans' ? 'span count' : 'start time'} and duration: a click on a point, or the arrow keys and Enter, open a trace`}
      aria-describedby="scatter-mark"
      data-testid="trace-scatter"
      onKeyDown={onKeyDown}
    >
      <div ref={box} className="chart scatter" />
      {ring ? (
        <div
          className={`scatter-ring ${point?.isError ? 'bad' : ''}`}
          data-testid="scatter-mark"
          style={{ left: ring.left, top: ring.top }}
        />
      ) : null}
      <p id="scatter-mark" className="muted scatter-caption" aria-live="polite">
        {row
          ? `${formatClock(row.startTime)} · ${row.rootService}: ${row.rootOperation} · ${formatDuration(row.durationMicros)} · ${row.spanCount} spans${row.errorCount > 0 ? ' · errors' : ''} (Enter opens it)`
          : `${points.length} traces: click a point, or use ← → and Enter.`}
      </p>
    </div>
  );
}
