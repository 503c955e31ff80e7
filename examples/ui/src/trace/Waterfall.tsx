import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { formatDuration } from '../format.js';
import { serviceColor } from './serviceColor.js';
import type { WaterfallRow } from './waterfall.js';

const ROW_HEIGHT = 26;

/** Props of {@link Waterfall}. */
export interface WaterfallProps {
  readonly rows: readonly WaterfallRow[];
  readonly durationMicros: number;
  readonly selected: string | undefined;
  readonly collapsed: ReadonlySet<string>;
  readonly highlighted: ReadonlySet<string>;
  /** A row to scroll into view (find next/previous). */
  readonly scrollTo: number | undefined;
  onSelect(spanId: string): void;
  onToggle(spanId: string): void;
}

/** The trace's spans as a virtualized waterfall: only the rows in view are in the page. */
export function Waterfall({
  rows,
  durationMicros,
  selected,
  collapsed,
  highlighted,
  scrollTo,
  onSelect,
  onToggle,
}: WaterfallProps) {
  const parent = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
  });
  useEffect(() => {
    if (scrollTo !== undefined) virtualizer.scrollToIndex(scrollTo, { align: 'center' });
  }, [scrollTo, virtualizer]);
  const total = Math.max(durationMicros, 1);
  return (
    <div className="waterfall" ref={parent} data-testid="waterfall" role="tree" aria-label="Spans">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index] as WaterfallRow;
          const s = row.span;
          const left = (row.offsetMicros / total) * 100;
          const width = Math.max((s.durationMicros / total) * 100, 0.2);
          const classes = [
            'wf-row',
            s.spanId === selected ? 'selected' : '',
            highlighted.has(s.spanId) ? 'found' : '',
            row.isError ? 'error' : '',
          ].join(' ');
          return (
            <div
              key={s.spanId}
              className={classes}
              role="treeitem"
              aria-level={row.depth + 1}
              aria-selected={s.spanId === selected}
              aria-expanded={row.childCount > 0 ? !collapsed.has(s.spanId) : undefined}
              tabIndex={0}
              data-span-id={s.spanId}
              data-index={item.index}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              onClick={() => onSelect(s.spanId)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') onSelect(s.spanId);
                if (e.key === 'Escape') onSelect('');
                if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                  e.preventDefault();
                  const next = e.currentTarget.parentElement?.querySelector<HTMLElement>(
                    `[data-index="${item.index + (e.key === 'ArrowDown' ? 1 : -1)}"]`,
                  );
                  next?.focus();
                }
                if (e.key === ' ' && row.childCount > 0) {
                  e.preventDefault();
                  onToggle(s.spanId);
                }
              }}
            >
              <div className="wf-label" style={{ paddingLeft: 6 + row.depth * 12 }}>
                {row.childCount > 0 ? (
                  <button
                    type="button"
                    className="wf-toggle"
                    tabIndex={-1}
                    aria-label={collapsed.has(s.spanId) ? 'Expand' : 'Collapse'}
                    onClick={(e) => {
                      e.stopPropagation();
                      onToggle(s.spanId);
                    }}
                  >
                    {collapsed.has(s.spanId) ? '▸' : '▾'}
                  </button>
                ) : (
                  <span className="wf-toggle" />
                )}
                <span className="wf-service" style={{ borderColor: serviceColor(s.serviceName) }}>
                  {s.serviceName}
                </span>
                <span className="wf-name">{s.name}</span>
                {row.isError ? <span className="badge bad">error</span> : null}
              </div>
              <div className="wf-track">
                <div
                  className={`wf-bar ${row.onCriticalPath ? 'critical' : ''}`}
                  title={`${s.name}: ${formatDuration(s.durationMicros)}${row.onCriticalPath ? ' (critical path)' : ''}`}
                  style={{ left: `${left}%`, width: `${width}%`, background: serviceColor(s.serviceName) }}
                />
                <span
                  className={left + width > 85 ? 'wf-duration inside' : 'wf-duration'}
                  style={
                    left + width > 85
                      ? { right: `calc(${Math.max(100 - left - width, 0)}% + 4px)` }
                      : { left: `${left + width}%` }
                  }
                >
                  {formatDuration(s.durationMicros)}
                </span>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
