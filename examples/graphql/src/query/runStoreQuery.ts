import { QueryLimitError, queryPreferringRollups } from '@ht/sinks';
import type { Query, QueryRow } from '@ht/sinks';
import { isHtError } from '@ht/stream-core';
import { GraphQLError } from 'graphql';
import { limitError } from '../limits/limitError.js';
import type { QueryContext } from './QueryContext.js';

/** A query of the model before it is scoped to a tenant: {@link scopeToTenant} adds its `tenantId`. */
export type UnscopedQuery = Omit<Query, 'tenantId'>;

/**
 * The one place a query is scoped to the request's tenant: it sets the query's `tenantId` (the store
 * compiles `tenant_id = tenant` around every other filter, so no filter reaches another tenant's rows).
 * Every store read of the query API goes through it (or through `traceRows` with the tenant).
 *
 * @example
 * ```ts
 * import { count } from '@ht/sinks';
 *
 * scopeToTenant({ view: 'span_event_view', select: [count('n')] }, 'acme').tenantId; // 'acme'
 * ```
 */
export function scopeToTenant(query: UnscopedQuery, tenantId: string): Query {
  return { ...query, tenantId };
}

/**
 * Turns a store failure into the GraphQL error a client sees: a limit (`maxRows`, the timeout) as
 * `LIMIT_EXCEEDED` naming the limit, a query the store refused (`INPUT_INVALID`) as `BAD_USER_INPUT` with the
 * store's message; anything else as it is (the server masks unexpected errors).
 *
 * @example
 * ```ts
 * import { column } from '@ht/sinks';
 *
 * const rows = await store.query({ view: 'span_event_view', tenantId: 'acme', select: [column('trace_id')], limit: 10 }).catch((e: unknown) => {
 *   throw storeError(e, limits);
 * });
 * ```
 */
export function storeError(error: unknown, limits: { maxRows: number; queryTimeoutMs: number }): unknown {
  if (error instanceof QueryLimitError) {
    if (error.limit === 'maxRows') {
      return limitError('maxRows', `the query would return more than the max rows limit (maxRows ${limits.maxRows})`);
    }
    if (error.limit === 'timeoutMs') {
      return limitError(
        'queryTimeoutMs',
        `the query ran longer than the query timeout (queryTimeoutMs ${limits.queryTimeoutMs})`,
      );
    }
    return new GraphQLError(`the query was cancelled: ${error.message}`, { extensions: { code: 'CANCELLED' } });
  }
  if (isHtError(error, 'INPUT_INVALID')) {
    return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return error;
}

/**
 * Runs one query-model query for a request: scoped to its tenant, bounded by its limits (max rows, query
 * timeout) and cancelled with the request. Answered from one of `context.rollups` when a rollup answers it
 * exactly (`queryPreferringRollups`: the service list, the map's edges and entity metrics over long ranges
 * read per-minute rollups instead of every row), else from the view.
 *
 * @example
 * ```ts
 * import { column } from '@ht/sinks';
 *
 * const rows = await runStoreQuery(context, { view: 'raw_service_view', select: [column('service_name')], groupBy: ['service_name'] });
 * ```
 */
export async function runStoreQuery(context: QueryContext, query: UnscopedQuery): Promise<QueryRow[]> {
  const { store, tenantId, limits, signal } = context;
  try {
    const answer = await queryPreferringRollups(store, scopeToTenant(query, tenantId), context.rollups ?? [], {
      timeoutMs: limits.queryTimeoutMs,
      maxRows: limits.maxRows,
      ...(signal ? { signal } : {}),
    });
    return answer.rows;
  } catch (error) {
    throw storeError(error, limits);
  }
}
