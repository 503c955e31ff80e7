/**
 * The module whose default export lists every built-in enricher and view: pass it as `builtins.moduleUrl`
 * to `loadPlugins`, so a built-in can run with `isolation: worker` (the worker imports it from there).
 *
 * @example
 * ```ts
 * await loadPlugins(config.plugins, {
 *   builtins: { enrichers: builtinEnrichers, views: builtinViews, moduleUrl: BUILTIN_PLUGINS_MODULE_URL },
 * });
 * ```
 */
export const BUILTIN_PLUGINS_MODULE_URL = new URL('./module.js', import.meta.url).href;
