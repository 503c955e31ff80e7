import { HtError } from '@ht/stream-core/errors';
import type { ViewDefinition } from './defineView.js';
import type { LoadedView, PluginSource } from './loadPlugins.js';
import { Isolation } from './pluginsConfig.js';

/**
 * Options of {@link prepareView}.
 *
 * @example
 * ```ts
 * prepareView(slowSpanView, { isolation: 'worker', timeoutMs: 200, source });
 * ```
 */
export interface PrepareViewOptions {
  readonly isolation?: Isolation;
  /** Default 1000 ms. */
  readonly timeoutMs?: number;
  /** Where a worker imports the view from; required for `isolation: 'worker'`. */
  readonly source?: PluginSource;
}

/**
 * Makes a {@link LoadedView} from a definition in code, without a config file (the views'
 * `prepareEnricher`): applies defaults, and refuses a worker without a source (`CONFIG_INVALID`). For
 * embedding and tests; a pipeline config goes through {@link loadPlugins}.
 *
 * @example
 * ```ts
 * const materializer = new ViewMaterializer([prepareView(slowSpanView, { timeoutMs: 200 })]);
 * ```
 */
export function prepareView(definition: ViewDefinition, options: PrepareViewOptions = {}): LoadedView {
  const isolation = options.isolation ?? Isolation.IN_PROCESS;
  if (isolation === Isolation.WORKER && options.source === undefined) {
    throw new HtError('CONFIG_INVALID', `view '${definition.name}' needs a source module to run in a worker`);
  }
  return { definition, isolation, timeoutMs: options.timeoutMs ?? 1000, source: options.source };
}
