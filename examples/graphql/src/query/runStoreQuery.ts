import { eq, QueryLimitError } from '@ht/sinks';
import type { Query, QueryRow } from '@ht/sinks';
import { isHtError } from '@ht/stream-core';
import { GraphQLError } from 'graphql';
import { limitError } from '../limits/limitError.js';
import type { QueryContext } from './QueryContext.js';

/**
 * The one place a query is scoped to the request's tenant: `tenant_id = tenant` before every other filter.
 * Every store read of the query API goes through it (or through `traceRows` with the tenant).
 *
 * @example
 * ```ts
 * import { count } from '@ht/sinks';
 *
 * scopeToTenant({ view: 'span_event_view', select: [count('n')] }, 'acme').where; // [eq('tenant_id', 'acme')]
 * ```
 */
export function scopeToTenant(query: Query, tenantId: string): Query {
  return { ...query, where: [eq('tenant_id', tenantId), ...(query.where ?? [])] };
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
 * const rows = await store.query({ view: 'span_event_view', select: [column('trace_id')], limit: 10 }).catch((e: unknown) => {
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
 * timeout) and cancelled with the request.
 *
 * @example
 * ```ts
 * import { column } from '@ht/sinks';
 *
 * const rows = await runStoreQuery(context, { view: 'raw_service_view', select: [column('service_name')], groupBy: ['service_name'] });
 * ```
 */
export async function runStoreQuery(context: QueryContext, query: Query): Promise<QueryRow[]> {
  const { store, tenantId, limits, signal } = context;
  try {
    return await store.query(scopeToTenant(query, tenantId), {
      timeoutMs: limits.queryTimeoutMs,
      maxRows: limits.maxRows,
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    throw storeError(error, limits);
  }
}
