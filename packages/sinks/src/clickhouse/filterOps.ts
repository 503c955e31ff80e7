import { NUMBER_PATTERN } from '../query/FilterOps.js';
import type { FilterOps } from '../query/FilterOps.js';
import { sqlLiteral } from '../sql/escape.js';

/**
 * The {@link FilterOps} of ClickHouse (18.x and modern): `LIKE` takes `\` as its escape character and
 * `_` matches one UTF-8 character; `lower` folds ASCII letters only; an absent attribute reads `''`
 * (`arr[0]` is the default value); `toFloat64OrZero` never throws, which matters because 18.x does
 * not short-circuit `AND`.
 *
 * @example
 * ```ts
 * const ops = clickHouseFilterOps('clickhouse18');
 * ```
 */
export function clickHouseFilterOps(dialect: 'clickhouse18' | 'clickhouse'): FilterOps {
  return {
    like: (expr, pattern) => `${expr} LIKE ${pattern}`,
    lowerAscii: (expr) => `lower(${expr})`,
    attributeValue: (keys, values, key) => `${values}[indexOf(${keys}, ${key})]`,
    isNumber: (expr) => `match(${expr}, ${sqlLiteral(NUMBER_PATTERN, dialect)})`,
    toNumber: (expr) => `toFloat64OrZero(${expr})`,
  };
}
