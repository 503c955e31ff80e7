import type { ViewDefinition } from '@ht/enricher-sdk';
import { compileWith } from '../query/compileQuery.js';
import type { CompiledQuery } from '../query/compileQuery.js';
import type { Query } from '../query/Query.js';
import { duckDbOps } from './queryOps.js';

/**
 * Compiles a {@link Query} for DuckDB: TIMESTAMP columns are read with `epoch_us` and compared with
 * `make_timestamp(µs)`; conditional aggregates use `FILTER (WHERE …)`.
 *
 * @example
 * ```ts
 * const { sql, outputs } = compileDuckDb(query, view, '"main"."span_event_view"');
 * ```
 */
export function compileDuckDb(query: Query, view: ViewDefinition, table: string): CompiledQuery {
  return compileWith(duckDbOps, query, view, table);
}
