import type { RollupDefinition, ViewStore } from '@ht/sinks';
import type { QueryLimits } from '../limits/QueryLimits.js';
import type { QueryLoaders } from './QueryLoaders.js';
import type { ViewCatalog } from './ViewCatalog.js';

/**
 * What every resolver of one GraphQL request works with: the request's one tenant (every store query is
 * scoped to it), the store, the views, the limits, the request's abort signal and the request's batched
 * look-ups.
 *
 * @example
 * ```ts
 * import { count } from '@ht/sinks';
 *
 * const rows = await runStoreQuery(context, { view: 'raw_service_view', select: [count('calls')] });
 * ```
 */
export interface QueryContext {
  readonly tenantId: string;
  readonly store: ViewStore;
  readonly catalog: ViewCatalog;
  readonly limits: QueryLimits;
  readonly signal?: AbortSignal;
  readonly loaders: QueryLoaders;
  /** The rollups `explore` may answer from (see `GraphQLHandlerOptions.rollups`); none when absent. */
  readonly rollups?: readonly RollupDefinition[];
}
