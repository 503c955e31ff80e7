import type { ViewDefinition } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';

/**
 * The storage-neutral layout of a view's table, derived from its definition (never hand-kept DDL):
 * the sort key stores order and deduplicate by, and whether the view supports trace-by-id.
 *
 * @example
 * ```ts
 * tableLayout(spanView).sortKey; // ['tenant_id', 'service_name', 'span_name', 'start_time', 'trace_id', 'span_id']
 * ```
 */
export interface TableLayout {
  readonly view: ViewDefinition;
  /**
   * The view's `sortBy` hint followed by its key columns not already in it. Deduplicating stores
   * (ReplacingMergeTree) collapse rows with the same sort key, so it must contain the whole key; the
   * hint columns must be reproduced by a replay (they are, for values derived from the row's identity).
   */
  readonly sortKey: readonly string[];
  /** The datetime column to partition by day and expire by; `''` when none. */
  readonly timeColumn: string;
  /** Trace-by-id is possible: the view has string `tenant_id` and `trace_id` columns and a time column. */
  readonly traceLookup: boolean;
}

const STRING_TYPES = new Set(['string', 'lowCardinalityString']);

/**
 * Derives the {@link TableLayout} of a view.
 *
 * @example
 * ```ts
 * import { defineView } from '@ht/enricher-sdk';
 * const layout = tableLayout(defineView({ ...spec, sortBy: ['tenant_id', 'service_name', 'start_time'] }));
 * ```
 */
export function tableLayout(view: ViewDefinition): TableLayout {
  // Definitions built by an older SDK may lack sortBy.
  const sortBy = (view.sortBy as readonly string[] | undefined) ?? [];
  for (const c of sortBy) {
    if (view.columns[c] === undefined) {
      throw new HtError('CONFIG_INVALID', `view '${view.name}': sortBy column '${c}' is not a column`);
    }
  }
  const sortKey = [...sortBy, ...view.key.filter((k) => !sortBy.includes(k))];
  const isString = (c: string): boolean => STRING_TYPES.has(view.columns[c]?.type ?? '');
  return {
    view,
    sortKey,
    timeColumn: view.timeColumn,
    traceLookup: view.timeColumn !== '' && isString('tenant_id') && isString('trace_id'),
  };
}

/**
 * The name of the trace_id -> (start, end) lookup table of a view.
 *
 * @example
 * ```ts
 * traceIndexName('span_event_view'); // 'span_event_view_trace_index'
 * ```
 */
export function traceIndexName(view: string): string {
  return `${view}_trace_index`;
}
