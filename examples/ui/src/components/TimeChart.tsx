import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { toMicros } from '../format.js';

/** One line of a chart: a label, a color (CSS) and a value per point. */
export interface ChartSeries {
  readonly label: string;
  readonly color: string;
  /** null: no value in that bucket (a gap). */
  readonly values: readonly (number | null)[];
}

/** Props of {@link TimeChart}. */
export interface TimeChartProps {
  /** Bucket starts, RFC 3339. */
  readonly times: readonly string[];
  readonly series: readonly ChartSeries[];
  readonly height?: number;
  /** A sparkline: no axes, no legend, no cursor. */
  readonly sparkline?: boolean;
  /** Formats the y values (axis and legend). */
  readonly format?: (value: number) => string;
  readonly title?: string;
}

/** A time-series chart (uPlot): a sparkline in tables, a chart with axes and legend on detail pages. */
export function TimeChart({ times, series, height = 180, sparkline = false, format, title }: TimeChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const xs = times.map((t) => toMicros(t) / 1_000_000);
    const data: uPlot.AlignedData = [xs, ...series.map((s) => [...s.values])];
    const axisColor = getComputedStyle(element).getPropertyValue('--muted').trim() || '#888';
    const gridColor = getComputedStyle(element).getPropertyValue('--grid').trim() || '#8883';
    const fmt = format ?? ((v: number) => String(v));
    const options: uPlot.Options = {
      width: Math.max(element.clientWidth, sparkline ? 80 : 200),
      height,
      ...(title && !sparkline ? { title } : {}),
      legend: { show: !sparkline },
      cursor: sparkline ? { show: false } : {},
      scales: { x: { time: true } },
      axes: sparkline
        ? [{ show: false }, { show: false }]
        : [
            { stroke: axisColor, grid: { stroke: gridColor } },
            { stroke: axisColor, grid: { stroke: gridColor }, size: 64, values: (_u, vals) => vals.map((v) => fmt(v)) },
          ],
      series: [
        {},
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          width: sparkline ? 1.25 : 1.5,
          fill: sparkline ? `${s.color}22` : undefined,
          points: { show: s.values.filter((v) => v !== null).length <= 2 },
          spanGaps: false,
          value: (_u: uPlot, v: number | null) => (v === null ? '–' : fmt(v)),
        })),
      ],
    };
    const plot = new uPlot(options, data, element);
    const observer = new ResizeObserver(() => plot.setSize({ width: Math.max(element.clientWidth, 80), height }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [times, series, height, sparkline, format, title]);
  return <div ref={box} className={sparkline ? 'sparkline' : 'chart'} aria-label={title ?? 'chart'} role="img" />;
}
