import { isTenantId } from '@ht/enricher-sdk';
import type { ViewDefinition } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';
import { eq } from './build.js';
import type { CompareFilter, Query } from './Query.js';

/**
 * The column every queried view keys its rows by tenant with.
 *
 * @example
 * ```ts
 * const scoped = TENANT_COLUMN in view.columns;
 * ```
 */
export const TENANT_COLUMN = 'tenant_id';

/**
 * Returns `tenantId` when it is a tenant id (`isTenantId` of `@ht/enricher-sdk`), else throws an
 * `INPUT_INVALID` `HtError` naming `what`: every read of a store is scoped to exactly one tenant, and
 * the type alone does not stop a caller in plain JavaScript or one passing `any`.
 *
 * @example
 * ```ts
 * requireTenant(range.tenantId, "rollup 'service_red_1m'");
 * ```
 */
export function requireTenant(tenantId: unknown, what: string): string {
  if (typeof tenantId === 'string' && isTenantId(tenantId)) return tenantId;
  const got = tenantId === undefined ? 'none' : JSON.stringify(tenantId);
  throw new HtError(
    'INPUT_INVALID',
    `${what}: every read is scoped to one tenant, and ${got} is not a tenant id (1-128 letters, digits, '.', '_', ':' or '-')`,
    { context: { what } },
  );
}

/**
 * Checks that a query names one tenant and that its view can be scoped by one (has a `tenant_id`
 * column); throws `INPUT_INVALID` otherwise.
 *
 * @example
 * ```ts
 * checkTenant(query, spanView);
 * ```
 */
export function checkTenant(query: Query, view: ViewDefinition): void {
  const what = `query on '${query.view}'`;
  requireTenant((query as { tenantId?: unknown }).tenantId, what);
  if (view.columns[TENANT_COLUMN] === undefined) {
    throw new HtError('INPUT_INVALID', `${what}: the view has no '${TENANT_COLUMN}' column to scope reads by`, {
      context: { view: query.view },
    });
  }
}

/**
 * The condition that scopes a query to its tenant: `tenant_id = query.tenantId`, compiled before every
 * other filter.
 *
 * @example
 * ```ts
 * const where = [tenantFilter(query), ...(query.where ?? [])];
 * ```
 */
export function tenantFilter(query: Query): CompareFilter {
  return eq(TENANT_COLUMN, query.tenantId);
}
