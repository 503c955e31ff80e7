import type { ViewDefinition } from '@ht/enricher-sdk';
import { compileWith } from '../query/compileQuery.js';
import type { CompiledQuery } from '../query/compileQuery.js';
import type { Query } from '../query/Query.js';
import { clickHouseOps } from './queryOps.js';

const ops = clickHouseOps('clickhouse18');

/**
 * Compiles a {@link Query} for ClickHouse 18.x (Debian's 18.16): no query parameters, CTEs, window
 * functions or toStartOfInterval (time buckets are integer division of UInt64 µs); booleans are 1/0;
 * deduplicated reads use FINAL.
 *
 * @example
 * ```ts
 * const { sql, outputs } = compileClickHouse18(query, view, '`ht`.`span_event_view`');
 * ```
 */
export function compileClickHouse18(query: Query, view: ViewDefinition, table: string): CompiledQuery {
  return compileWith(ops, query, view, table);
}
