/**
 * `@ht/enricher-sdk/host`: what a pipeline uses to run plugins: reading the `plugins` config, loading
 * plugin modules (`loadPlugins`), dependency ordering, running enrichers in order with isolation
 * (`EnricherChain`) and views with the same isolation (`ViewMaterializer`, giving `TraceRows` to sinks),
 * with the in-memory entity store and the metrics helper a host gives them. Plugin authors do not need
 * it: they write against the root, `@ht/enricher-sdk`.
 *
 * @example
 * ```ts
 * import { builtinEnrichers, builtinViews } from '@ht/enricher-sdk/builtins';
 * import { EnricherChain, loadPlugins } from '@ht/enricher-sdk/host';
 *
 * const plugins = await loadPlugins(config.plugins, { builtins: { enrichers: builtinEnrichers, views: builtinViews } });
 * const chain = new EnricherChain(plugins.enrichers, { logger, metrics });
 * const views = new ViewMaterializer(plugins.loadedViews, { logger, metrics });
 * await chain.start();
 * await views.start();
 * const rows = await views.materialize(await chain.enrich(trace));
 * ```
 *
 * @packageDocumentation
 */

// Loading plugins
export { Isolation, pluginsConfigSchema } from '../plugin/pluginsConfig.js';
export type { PluginsConfig, PluginsConfigInput } from '../plugin/pluginsConfig.js';
export { loadPlugins } from '../plugin/loadPlugins.js';
export type {
  BuiltinPlugins,
  LoadedEnricher,
  LoadedPlugins,
  LoadedView,
  LoadPluginsOptions,
  PluginSource,
} from '../plugin/loadPlugins.js';
export { resolvePluginModule } from '../plugin/resolveModule.js';
export { isEnricherDefinition, isViewDefinition } from '../plugin/pluginExports.js';
export { orderByDependencies } from '../plugin/order.js';
export type { Orderable } from '../plugin/order.js';
export { prepareEnricher } from '../plugin/prepareEnricher.js';
export type { PrepareEnricherOptions } from '../plugin/prepareEnricher.js';
export { prepareView } from '../plugin/prepareView.js';
export type { PrepareViewOptions } from '../plugin/prepareView.js';

// Running enrichers, isolated
export { EnricherChain } from '../isolation/EnricherChain.js';
export type { EnricherServices } from '../isolation/EnricherExecutor.js';
export { MAX_ERRORS_PER_ENRICHER_PER_TRACE } from '../isolation/FailureRecorder.js';

// Running views, isolated
export { ViewMaterializer } from '../isolation/ViewMaterializer.js';
export type { ViewServices } from '../isolation/ViewExecutor.js';
export type { TraceRows } from '../isolation/TraceRows.js';

// Services a host gives plugins
export { MemoryEntityStore } from '../entities/MemoryEntityStore.js';
export { labelledMetrics } from '../context/Metrics.js';
