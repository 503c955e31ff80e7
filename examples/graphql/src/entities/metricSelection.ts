import type { ViewDefinition } from '@ht/enricher-sdk';
import { avg, count, max, min, quantile, sum, uniq } from '@ht/sinks';
import type { AggregateSelection, Filter } from '@ht/sinks';
import { GraphQLError } from 'graphql';

/**
 * The aggregations of the schema's `Aggregation` enum.
 *
 * @example
 * ```ts
 * const a: AggregationName = 'PERCENTILE';
 * ```
 */
export type AggregationName = 'COUNT' | 'SUM' | 'AVG' | 'MIN' | 'MAX' | 'PERCENTILE' | 'DISTINCT_COUNT' | 'AVG_RATE';

const NUMERIC = new Set([
  'int8',
  'int16',
  'int32',
  'int64',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'float32',
  'float64',
]);

/** Metric keys that name a measure rather than a column. */
const ALIASES: Readonly<Record<string, string>> = { duration: 'duration_micros' };

/**
 * The store aggregation computing `aggregation` of metric `key` over an entity's calls: `calls` counts them,
 * `errors` counts those in error (`errorFilters`); `duration` is `duration_micros`; any other key is a
 * numeric column of the view. `AVG_RATE` aggregates the sum (the count for calls and errors), divided by the
 * range afterwards. `p` is 0-100.
 *
 * @example
 * ```ts
 * metricSelection(rawServiceView, [eq('is_error', true)], 'duration', 'PERCENTILE', 99, 'p99');
 * ```
 */
export function metricSelection(
  view: ViewDefinition,
  errorFilters: readonly Filter[],
  key: string,
  aggregation: AggregationName,
  p: number | null | undefined,
  as: string,
): AggregateSelection {
  if (key === 'calls') return count(as);
  if (key === 'errors') return count(as, errorFilters);
  const column = ALIASES[key] ?? key;
  const spec = Object.hasOwn(view.columns, column) ? view.columns[column] : undefined;
  if (!spec || !NUMERIC.has(spec.type)) {
    const numeric = Object.entries(view.columns)
      .filter(([, c]) => NUMERIC.has(c.type))
      .map(([name]) => name);
    throw new GraphQLError(
      `'${key.slice(0, 80)}' is not a metric of ${view.name}: use calls, errors, duration or one of ${numeric.join(', ')}`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  switch (aggregation) {
    case 'COUNT':
      return count(as);
    case 'SUM':
    case 'AVG_RATE':
      return sum(column, as);
    case 'AVG':
      return avg(column, as);
    case 'MIN':
      return min(column, as);
    case 'MAX':
      return max(column, as);
    case 'DISTINCT_COUNT':
      return uniq(column, as);
    case 'PERCENTILE':
      if (p == null || !(p >= 0 && p <= 100)) {
        throw new GraphQLError(`PERCENTILE needs p in 0-100, got ${String(p)}`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      return quantile(column, p / 100, as);
  }
}

/**
 * Units of `per` in a range: how many seconds (or minutes) `micros` is, to turn a sum into a rate.
 *
 * @example
 * ```ts
 * ratePerUnit(120_000_000, 'MINUTE'); // 2
 * ```
 */
export function ratePerUnit(micros: number, per: 'SECOND' | 'MINUTE'): number {
  return micros / (per === 'MINUTE' ? 60_000_000 : 1_000_000);
}
