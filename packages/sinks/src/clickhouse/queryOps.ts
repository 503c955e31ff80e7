import type { ColumnType } from '@ht/enricher-sdk';
import { escapeIdentifier, sqlLiteral } from '../sql/escape.js';
import type { DialectOps } from '../query/compileQuery.js';
import type { AggregateFn, ScalarValue } from '../query/Query.js';
import { clickHouseAggregationOps, exactQuantile } from './aggregationOps.js';
import { clickHouseFilterOps } from './filterOps.js';

const CH_FN: Record<Exclude<AggregateFn, 'count' | 'quantile' | 'approxQuantile'>, string> = {
  sum: 'sum',
  min: 'min',
  max: 'max',
  avg: 'avg',
  uniq: 'uniqExact',
  approxUniq: 'uniq',
};

/**
 * The {@link DialectOps} of ClickHouse: 18.x stores datetimes as UInt64 µs, modern servers as DateTime64(6).
 *
 * @example
 * ```ts
 * const ops = clickHouseOps('clickhouse18');
 * ```
 */
export function clickHouseOps(dialect: 'clickhouse18' | 'clickhouse'): DialectOps {
  const modern = dialect === 'clickhouse';
  const lit = (v: ScalarValue): string => sqlLiteral(v, dialect);
  return {
    dialect,
    // 18.x stores datetimes as UInt64 unix µs; modern servers as DateTime64(6).
    read: (column, type) => {
      const id = escapeIdentifier(column, dialect);
      return modern && type === 'datetime' ? `toUnixTimestamp64Micro(${id})` : id;
    },
    value: (value, type: ColumnType) =>
      modern && type === 'datetime' ? `fromUnixTimestamp64Micro(toInt64(${lit(value)}))` : lit(value),
    element: (value) => lit(value),
    aggregate: (fn, arg, p, condition) => {
      const suffix = condition === undefined ? '' : 'If';
      const args = (a: string | undefined): string =>
        [a, condition].filter((x): x is string => x !== undefined).join(', ');
      if (fn === 'count') return `count${suffix}(${args(undefined)})`;
      if (fn === 'quantile') return exactQuantile(modern, p ?? 0.5, arg!, condition);
      if (fn === 'approxQuantile') return `quantileTDigest${suffix}(${lit(p ?? 0.5)})(${args(arg)})`;
      return `${CH_FN[fn]}${suffix}(${args(arg)})`;
    },
    intDiv: (expr, divisor) => `intDiv(${expr}, ${divisor})`,
    has: (array, element) => `has(${array}, ${element})`,
    attribute: (keys, values, key, value) =>
      `(has(${keys}, ${key}) AND ${values}[indexOf(${keys}, ${key})] = ${value})`,
    // ReplacingMergeTree collapses replays at merge time; FINAL collapses what is not merged yet.
    from: (table, dedup) => (dedup ? `${table} FINAL` : table),
    aggregation: clickHouseAggregationOps,
    filter: clickHouseFilterOps(dialect),
  };
}
