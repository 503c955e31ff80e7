import type { AggregationOps } from '../query/AggregationOps.js';
import { sqlLiteral } from '../sql/escape.js';

/**
 * The {@link AggregationOps} of ClickHouse (18.x and modern alike).
 *
 * @example
 * ```ts
 * clickHouseAggregationOps.attributeValue('`k`', '`v`', "'http.method'"); // `v`[indexOf(`k`, 'http.method')]
 * ```
 */
export const clickHouseAggregationOps: AggregationOps = {
  // Index 0 (key absent) reads the element type's default: ''.
  attributeValue: (keys, values, key) => `${values}[indexOf(${keys}, ${key})]`,
  toFloat: (expr) => `toFloat64(${expr})`,
  toInt: (expr) => `toInt64(${expr})`,
  divide: (numerator, denominator) => `if(${denominator} = 0, 0, ${numerator} / ${denominator})`,
};

/**
 * The exact `p` quantile of `arg`, interpolated linearly between the two nearest ranks (rank
 * `p × (n - 1)`, as DuckDB's `quantile_cont`), `nan` over no rows. Modern servers have it as
 * `quantileExactInclusive`; 18.x has no interpolating exact quantile, so it sorts the group's values
 * (`arraySort(groupArray(…))`, computed once however often the expression repeats it) and interpolates.
 * Both hold every value of a group in memory, as any exact quantile must.
 *
 * @example
 * ```ts
 * exactQuantile(true, 0.99, '`duration_micros`', undefined); // quantileExactInclusive(0.99)(`duration_micros`)
 * ```
 */
export function exactQuantile(modern: boolean, p: number, arg: string, condition: string | undefined): string {
  const dialect = modern ? 'clickhouse' : 'clickhouse18';
  const level = sqlLiteral(p, dialect);
  if (modern) {
    return condition === undefined
      ? `quantileExactInclusive(${level})(${arg})`
      : `quantileExactInclusiveIf(${level})(${arg}, ${condition})`;
  }
  const values =
    condition === undefined ? `groupArray(toFloat64(${arg}))` : `groupArrayIf(toFloat64(${arg}), ${condition})`;
  const sorted = `arraySort(${values})`;
  const rank = `(${level} * (length(${sorted}) - 1))`;
  const at = (bound: 'floor' | 'ceil'): string => `arrayElement(${sorted}, toUInt64(${bound}(${rank})) + 1)`;
  return `if(empty(${sorted}), nan, ${at('floor')} + (${at('ceil')} - ${at('floor')}) * (${rank} - floor(${rank})))`;
}
