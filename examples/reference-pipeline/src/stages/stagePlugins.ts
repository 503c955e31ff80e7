import type { EntityStore } from '@ht/enricher-sdk';
import { BUILTIN_PLUGINS_MODULE_URL, builtinEnrichers, builtinViews } from '@ht/enricher-sdk/builtins';
import { loadPlugins } from '@ht/enricher-sdk/host';
import type { BuiltinPlugins, LoadedPlugins } from '@ht/enricher-sdk/host';

/**
 * The plugins a stage runs, as in `ht run`: the `plugins` config, the built-ins it names, where relative
 * module paths resolve.
 *
 * @example
 * ```ts
 * const options: StagePluginOptions = { plugins: { builtins: 'all' }, pluginsBaseDir: '/etc/ht' };
 * ```
 */
export interface StagePluginOptions {
  /** The `plugins` config (default `{}`: every built-in). */
  readonly plugins?: unknown;
  /** Default: all of `@ht/enricher-sdk/builtins`. */
  readonly builtins?: BuiltinPlugins;
  readonly pluginsBaseDir?: string;
  readonly entities?: EntityStore;
}

/** Loads the plugins of a stage's options. */
export function loadStagePlugins(options: StagePluginOptions): Promise<LoadedPlugins> {
  return loadPlugins(options.plugins ?? {}, {
    builtins: options.builtins ?? {
      enrichers: builtinEnrichers,
      views: builtinViews,
      moduleUrl: BUILTIN_PLUGINS_MODULE_URL,
    },
    ...(options.pluginsBaseDir === undefined ? {} : { baseDir: options.pluginsBaseDir }),
  });
}
