import { HtError } from '@ht/stream-core/errors';
import { z } from 'zod';
import type { EnricherDefinition } from './defineEnricher.js';
import type { LoadedEnricher, PluginSource } from './loadPlugins.js';
import { Isolation } from './pluginsConfig.js';

/**
 * Options of {@link prepareEnricher}.
 *
 * @example
 * ```ts
 * prepareEnricher(geo, { config: { database: './geo.mmdb' }, timeoutMs: 200 });
 * ```
 */
export interface PrepareEnricherOptions {
  /** The config as written; validated by the enricher's schema. Default `{}`. */
  readonly config?: unknown;
  readonly isolation?: Isolation;
  /** Default 1000 ms. */
  readonly timeoutMs?: number;
  /** Where a worker imports the enricher from; required for `isolation: 'worker'`. */
  readonly source?: PluginSource;
}

/**
 * Makes a {@link LoadedEnricher} from a definition in code, without a config file: validates the config
 * (`CONFIG_INVALID` with every issue) and applies defaults. For embedding and tests; a pipeline config
 * goes through {@link loadPlugins}.
 *
 * @example
 * ```ts
 * const chain = new EnricherChain([prepareEnricher(tier, { config: { premium: ['acme'] } })]);
 * ```
 */
export function prepareEnricher(definition: EnricherDefinition, options: PrepareEnricherOptions = {}): LoadedEnricher {
  const parsed = definition.configSchema.safeParse(options.config ?? {});
  if (!parsed.success) {
    throw new HtError(
      'CONFIG_INVALID',
      `config of enricher '${definition.name}' is invalid:\n${z.prettifyError(parsed.error)}`,
    );
  }
  const isolation = options.isolation ?? Isolation.IN_PROCESS;
  if (isolation === Isolation.WORKER && options.source === undefined) {
    throw new HtError('CONFIG_INVALID', `enricher '${definition.name}' needs a source module to run in a worker`);
  }
  return {
    definition,
    config: parsed.data,
    rawConfig: options.config,
    isolation,
    timeoutMs: options.timeoutMs ?? 1000,
    source: options.source,
  };
}
