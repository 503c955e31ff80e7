import { useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { formatDuration } from '../format.js';
import { flameStep, layoutFlame } from './flameGraph.js';
import type { FlameMove } from './flameGraph.js';
import { serviceColor } from './serviceColor.js';
import type { WaterfallRow } from './waterfall.js';

const LEVEL_HEIGHT = 22;

const MOVES: Readonly<Record<string, FlameMove>> = {
  ArrowUp: 'parent',
  ArrowDown: 'child',
  ArrowLeft: 'previous',
  ArrowRight: 'next',
};

/** Props of {@link FlameGraph}. */
export interface FlameGraphProps {
  /** Every span of the trace, in tree order (the waterfall's model). */
  readonly rows: readonly WaterfallRow[];
  readonly durationMicros: number;
  /** The span selected here and in the waterfall (the URL's `span`). */
  readonly selected: string | undefined;
  /** Spans matching the find box. */
  readonly highlighted: ReadonlySet<string>;
  onSelect(spanId: string): void;
}

/**
 * The trace as a flame graph: the root on top, each span under its parent as wide as its share of the
 * trace, colored per service (errors outlined in red, the critical path underlined). It shares the
 * selected span and the find matches with the waterfall. By keyboard: Tab reaches it, the arrow keys move
 * to the parent (↑), first child (↓) and neighbours (← →), Enter opens a span's panel, Escape closes it.
 */
export function FlameGraph({ rows, durationMicros, selected, highlighted, onSelect }: FlameGraphProps) {
  const layout = useMemo(() => layoutFlame(rows, durationMicros), [rows, durationMicros]);
  const selectedFrame = useMemo(() => {
    const i = layout.frames.findIndex((f) => f.row.span.spanId === selected);
    return i >= 0 ? i : undefined;
  }, [layout, selected]);
  const [focused, setFocused] = useState<number | undefined>(undefined);
  const box = useRef<HTMLDivElement>(null);
  const current = focused ?? selectedFrame ?? 0;
  const focusFrame = (index: number): void => {
    setFocused(index);
    box.current?.querySelector<HTMLElement>(`[data-frame="${index}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number): void => {
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      focusFrame(flameStep(layout, index, move));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(layout.frames[index]?.row.span.spanId ?? '');
    } else if (event.key === 'Escape') {
      onSelect('');
    }
  };
  const hidden = rows.length - layout.frames.length;
  return (
    <div className="flame-wrap">
      <div
        className="flame"
        ref={box}
        role="tree"
        aria-label="Flame graph of the spans"
        data-testid="flame-graph"
        style={{ height: layout.levels.length * LEVEL_HEIGHT }}
      >
        {layout.frames.map((frame, i) => {
          const s = frame.row.span;
          const classes = [
            'fl-frame',
            s.spanId === selected ? 'selected' : '',
            frame.row.isError ? 'error' : '',
            frame.row.onCriticalPath ? 'critical' : '',
            highlighted.has(s.spanId) ? 'hit' : '',
          ];
          return (
            <div
              key={s.spanId}
              data-frame={i}
              role="treeitem"
              aria-level={frame.depth + 1}
              aria-selected={s.spanId === selected}
              tabIndex={i === current ? 0 : -1}
              className={classes.filter(Boolean).join(' ')}
              title={`${s.serviceName}: ${s.name} (${formatDuration(s.durationMicros)})`}
              style={{
                left: `${frame.left * 100}%`,
                width: `${frame.width * 100}%`,
                top: frame.depth * LEVEL_HEIGHT,
                background: serviceColor(s.serviceName),
              }}
              onClick={() => {
                setFocused(i);
                onSelect(s.spanId);
              }}
              onKeyDown={(e) => onKeyDown(e, i)}
            >
              <span className="fl-label">
                {s.serviceName}: {s.name}
              </span>
            </div>
          );
        })}
      </div>
      {hidden > 0 ? (
        <p className="muted">
          {hidden} span{hidden === 1 ? '' : 's'} too short to draw at this width (under 0.05% of the trace) are in the
          waterfall.
        </p>
      ) : null}
    </div>
  );
}
