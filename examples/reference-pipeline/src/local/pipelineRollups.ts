import type { ViewDefinition } from '@ht/enricher-sdk';
import { builtinRollupsFor } from '@ht/sinks';
import type { RollupDefinition, StoreCapabilities } from '@ht/sinks';

/**
 * The rollups of a pipeline: `ensure` goes to `store.ensureRollups` (so `queryRollup` answers on every
 * store), `rebuild` to the {@link StoreMaintenance} rebuilder (only where the store rebuilds rollups:
 * ClickHouse; DuckDB computes them on query).
 *
 * @example
 * ```ts
 * import { builtinRollups } from '@ht/sinks';
 *
 * const rollups: PipelineRollups = { ensure: builtinRollups, rebuild: [] };
 * ```
 */
export interface PipelineRollups {
  readonly ensure: readonly RollupDefinition[];
  readonly rebuild: readonly RollupDefinition[];
}

/**
 * The rollups `ht` keeps for a store and its views: the ones configured, else the built-in rollups whose
 * views are on (`builtinRollupsFor` of `@ht/sinks`: service, API, backend RED and the service-call
 * edges); rebuilt only on a store whose `capabilities.rollups` is `'rebuilt'`.
 *
 * @example
 * ```ts
 * const { ensure, rebuild } = pipelineRollups(store.capabilities, views, options.maintenance?.rollups);
 * await store.ensureRollups(ensure);
 * ```
 */
export function pipelineRollups(
  capabilities: Pick<StoreCapabilities, 'rollups'>,
  views: readonly ViewDefinition[],
  configured: readonly RollupDefinition[] | undefined,
): PipelineRollups {
  const ensure = configured ?? builtinRollupsFor(views);
  return { ensure, rebuild: capabilities.rollups === 'rebuilt' ? ensure : [] };
}
