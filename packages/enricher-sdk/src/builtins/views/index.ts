/**
 * The built-in views: typed tables materialized from enriched traces, named after Hypertrace's views.
 * Every one is keyed so that a replayed trace or a late fragment never counts twice (see docs/views.md).
 *
 * @packageDocumentation
 */
import type { ViewDefinition } from '../../plugin/defineView.js';
import { backendEntityView } from './backendEntityView.js';
import { logEventView } from './logEventView.js';
import { rawServiceView } from './rawServiceView.js';
import { rawTraceView } from './rawTraceView.js';
import { serviceCallView } from './serviceCallView.js';
import { spanEventView } from './spanEventView.js';

export { backendEntityView, logEventView, rawServiceView, rawTraceView, serviceCallView, spanEventView };

/**
 * The six built-in views, enabled by default. Pass them to `loadPlugins` as `builtins.views`; a
 * pipeline config disables one by name (`views: [{ name: log_event_view, enabled: false }]`).
 *
 * @example
 * ```ts
 * const plugins = await loadPlugins(config.plugins, { builtins: { enrichers: builtinEnrichers, views: builtinViews } });
 * await store.ensureTables(plugins.views);
 * ```
 */
export const builtinViews: readonly ViewDefinition[] = Object.freeze<ViewDefinition[]>([
  spanEventView,
  serviceCallView,
  rawTraceView,
  backendEntityView,
  rawServiceView,
  logEventView,
]);
