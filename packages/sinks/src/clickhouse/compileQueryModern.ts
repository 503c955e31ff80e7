import type { ViewDefinition } from '@ht/enricher-sdk';
import { compileWith } from '../query/compileQuery.js';
import type { CompiledQuery } from '../query/compileQuery.js';
import type { Query } from '../query/Query.js';
import { clickHouseOps } from './queryOps.js';

const ops = clickHouseOps('clickhouse');

/**
 * Compiles a {@link Query} for modern ClickHouse (23+): DateTime64(6) columns are read with
 * `toUnixTimestamp64Micro` and compared with `fromUnixTimestamp64Micro`, so sorting-key and partition
 * pruning still apply; deduplicated reads use FINAL.
 *
 * @example
 * ```ts
 * const { sql, outputs } = compileClickHouseModern(query, view, '`ht`.`span_event_view`');
 * ```
 */
export function compileClickHouseModern(query: Query, view: ViewDefinition, table: string): CompiledQuery {
  return compileWith(ops, query, view, table);
}
