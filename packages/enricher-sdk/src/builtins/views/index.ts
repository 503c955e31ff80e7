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
import { spanLinkView } from './spanLinkView.js';
import { spanResourceView } from './spanResourceView.js';

export {
  backendEntityView,
  logEventView,
  rawServiceView,
  rawTraceView,
  serviceCallView,
  spanEventView,
  spanLinkView,
  spanResourceView,
};

/**
 * The eight built-in views, enabled by default: Hypertrace's six, then `span_resource_view` and
 * `span_link_view` (the resources and links of spans, kept apart from `span_event_view` so its rows stay
 * narrow). Pass them to `loadPlugins` as `builtins.views`; a
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
  spanResourceView,
  spanLinkView,
]);
