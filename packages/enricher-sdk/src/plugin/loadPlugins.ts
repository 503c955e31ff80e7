import { HtError } from '@ht/stream-core/errors';
import { z } from 'zod';
import type { EnricherDefinition } from './defineEnricher.js';
import type { ViewDefinition } from './defineView.js';
import { orderByDependencies } from './order.js';
import { pluginModuleContents } from './pluginExports.js';
import { Isolation, pluginsConfigSchema } from './pluginsConfig.js';
import type { PluginsConfig } from './pluginsConfig.js';
import { resolvePluginModule } from './resolveModule.js';

/**
 * Where a worker thread can import a plugin definition from: a module URL and the plugin's name.
 *
 * @example
 * ```ts
 * const source: PluginSource = { moduleUrl: import.meta.resolve('@acme/ht-geo'), name: 'geo' };
 * ```
 */
export interface PluginSource {
  readonly moduleUrl: string;
  readonly name: string;
}

/**
 * An enricher ready to run: definition, validated config and how to run it.
 *
 * @example
 * ```ts
 * for (const e of plugins.enrichers) logger.info({ name: e.definition.name, isolation: e.isolation }, 'enricher');
 * ```
 */
export interface LoadedEnricher {
  readonly definition: EnricherDefinition;
  /** The config parsed by the enricher's schema. */
  readonly config: unknown;
  /** The config as written (a worker parses it again with the enricher's schema). */
  readonly rawConfig: unknown;
  readonly isolation: Isolation;
  readonly timeoutMs: number;
  /** Set for plugins loaded from a module: required to run in a worker. */
  readonly source: PluginSource | undefined;
}

/**
 * A view ready to run: its definition and how to run it (the views' {@link LoadedEnricher}).
 *
 * @example
 * ```ts
 * for (const v of plugins.loadedViews) logger.info({ name: v.definition.name, isolation: v.isolation }, 'view');
 * ```
 */
export interface LoadedView {
  readonly definition: ViewDefinition;
  readonly isolation: Isolation;
  readonly timeoutMs: number;
  /** Set for views loaded from a module: required to run in a worker. */
  readonly source: PluginSource | undefined;
}

/**
 * The result of {@link loadPlugins}: enrichers in run order, and views: `loadedViews` to run them
 * (`ViewMaterializer`), `views` (their definitions, in the same order) for stores to make tables from.
 *
 * @example
 * ```ts
 * const { enrichers, views, loadedViews } = await loadPlugins(config.plugins, { builtins });
 * ```
 */
export interface LoadedPlugins {
  readonly enrichers: readonly LoadedEnricher[];
  /** The definitions of {@link loadedViews}, in the same order. */
  readonly views: readonly ViewDefinition[];
  readonly loadedViews: readonly LoadedView[];
}

/**
 * The built-in plugins the host offers (enabled by default, configurable by name).
 *
 * @example
 * ```ts
 * const builtins: BuiltinPlugins = { enrichers: [spanType, apiStatus], views: [spanEventView], moduleUrl: import.meta.url };
 * ```
 */
export interface BuiltinPlugins {
  readonly enrichers: readonly EnricherDefinition[];
  readonly views: readonly ViewDefinition[];
  /** The module whose default export lists these plugins, so built-ins can run in a worker too. */
  readonly moduleUrl?: string;
}

/**
 * Options of {@link loadPlugins}.
 *
 * @example
 * ```ts
 * await loadPlugins(config.plugins, { baseDir: dirname(configPath), builtins });
 * ```
 */
export interface LoadPluginsOptions {
  /** Paths and package names in the config resolve from here (the config file's folder). Default: cwd. */
  readonly baseDir?: string;
  readonly builtins?: BuiltinPlugins;
}

interface Candidate {
  readonly definition: EnricherDefinition;
  readonly rawConfig: unknown;
  readonly isolation: Isolation | undefined;
  readonly timeoutMs: number | undefined;
  readonly source: PluginSource | undefined;
}

interface ViewCandidate {
  readonly definition: ViewDefinition;
  readonly isolation: Isolation | undefined;
  readonly timeoutMs: number | undefined;
  readonly source: PluginSource | undefined;
}

/**
 * Loads the plugins a pipeline config asks for: imports plugin modules (npm package names or paths),
 * validates their exports and every enricher's config, applies enable/disable to built-ins, orders
 * enrichers by `dependsOn` (with `order` as the preference), and gives every enricher and view its
 * isolation and time limit (its entry's, else `defaults`). Every problem found is reported at once in
 * one `CONFIG_INVALID` error.
 *
 * @example
 * ```ts
 * const plugins = await loadPlugins(config.plugins, { baseDir: dirname(configPath), builtins });
 * const chain = new EnricherChain(plugins.enrichers, { logger, metrics, entities });
 * ```
 */
export async function loadPlugins(config: unknown, options: LoadPluginsOptions = {}): Promise<LoadedPlugins> {
  const parsed = pluginsConfigSchema.safeParse(config ?? {});
  if (!parsed.success) {
    throw new HtError('CONFIG_INVALID', `invalid plugins config:\n${z.prettifyError(parsed.error)}`);
  }
  const cfg = parsed.data;
  const baseDir = options.baseDir ?? process.cwd();
  const builtins = options.builtins ?? { enrichers: [], views: [] };
  const problems: string[] = [];

  const candidates: Candidate[] = [];
  const viewCandidates: ViewCandidate[] = [];
  const builtinEntries = new Map<string, PluginsConfig['enrichers'][number]>();
  const builtinViewEntries = new Map<string, PluginsConfig['views'][number]>();

  for (const entry of cfg.enrichers) {
    if (entry.module === undefined) {
      const name = entry.name ?? '';
      if (!builtins.enrichers.some((b) => b.name === name)) {
        problems.push(
          `unknown built-in enricher '${name}' (built-ins: ${names(builtins.enrichers)}); load a plugin with 'module'`,
        );
      }
      builtinEntries.set(name, entry);
      continue;
    }
    if (!entry.enabled) continue;
    const contents = await importPlugin(entry.module, baseDir, problems);
    if (contents === undefined) continue;
    const chosen =
      entry.name === undefined ? contents.enrichers : contents.enrichers.filter((e) => e.name === entry.name);
    if (chosen.length === 0) {
      problems.push(
        `module '${entry.module}' exports no enricher${entry.name === undefined ? '' : ` named '${entry.name}'`}`,
      );
    } else if (chosen.length > 1 && entry.config !== undefined) {
      problems.push(
        `module '${entry.module}' exports several enrichers (${names(chosen)}): add 'name' to say which the config is for`,
      );
    }
    for (const definition of chosen) {
      candidates.push({
        ...entryOptions(entry),
        definition,
        source: { moduleUrl: contents.url, name: definition.name },
      });
    }
  }

  for (const entry of cfg.views) {
    if (entry.module === undefined) {
      const name = entry.name ?? '';
      if (!builtins.views.some((b) => b.name === name)) {
        problems.push(
          `unknown built-in view '${name}' (built-ins: ${names(builtins.views)}); load a plugin with 'module'`,
        );
      }
      builtinViewEntries.set(name, entry);
      continue;
    }
    if (!entry.enabled) continue;
    const contents = await importPlugin(entry.module, baseDir, problems);
    if (contents === undefined) continue;
    const chosen = entry.name === undefined ? contents.views : contents.views.filter((v) => v.name === entry.name);
    if (chosen.length === 0)
      problems.push(
        `module '${entry.module}' exports no view${entry.name === undefined ? '' : ` named '${entry.name}'`}`,
      );
    for (const definition of chosen) {
      viewCandidates.push({
        ...viewEntryOptions(entry),
        definition,
        source: { moduleUrl: contents.url, name: definition.name },
      });
    }
  }

  const builtinCandidates: Candidate[] = [];
  for (const definition of builtins.enrichers) {
    const entry = builtinEntries.get(definition.name);
    if (entry ? !entry.enabled : cfg.builtins === 'none') continue;
    const source =
      builtins.moduleUrl === undefined ? undefined : { moduleUrl: builtins.moduleUrl, name: definition.name };
    builtinCandidates.push({ ...entryOptions(entry), definition, source });
  }
  const builtinViewCandidates: ViewCandidate[] = [];
  for (const definition of builtins.views) {
    const entry = builtinViewEntries.get(definition.name);
    if (entry ? !entry.enabled : cfg.builtins === 'none') continue;
    const source =
      builtins.moduleUrl === undefined ? undefined : { moduleUrl: builtins.moduleUrl, name: definition.name };
    builtinViewCandidates.push({ ...viewEntryOptions(entry), definition, source });
  }

  const all = [...builtinCandidates, ...candidates];
  const loaded = all.map((c) => toLoaded(c, cfg, problems));
  const loadedViews = [...builtinViewCandidates, ...viewCandidates].map((c) => toLoadedView(c, cfg, problems));
  const known = new Set([...builtins.enrichers.map((e) => e.name), ...all.map((c) => c.definition.name)]);
  for (const name of cfg.order)
    if (!known.has(name))
      problems.push(
        `order names '${name}', which no built-in or loaded enricher has (a typo, or its module is disabled)`,
      );
  if (problems.length > 0) {
    throw new HtError('CONFIG_INVALID', `cannot load plugins:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  const ordered = orderByDependencies(
    loaded.map((l) => ({ name: l.definition.name, dependsOn: l.definition.dependsOn, loaded: l })),
    cfg.order,
  ).map((o) => o.loaded);
  orderByDependencies(
    loadedViews.map((v) => ({ name: v.definition.name, dependsOn: [] })),
    [],
    'view',
  );
  return { enrichers: ordered, views: loadedViews.map((v) => v.definition), loadedViews };
}

function entryOptions(entry: PluginsConfig['enrichers'][number] | undefined) {
  return { rawConfig: entry?.config, isolation: entry?.isolation, timeoutMs: entry?.timeoutMs };
}

function viewEntryOptions(entry: PluginsConfig['views'][number] | undefined) {
  return { isolation: entry?.isolation, timeoutMs: entry?.timeoutMs };
}

function toLoadedView(c: ViewCandidate, cfg: PluginsConfig, problems: string[]): LoadedView {
  const isolation = c.isolation ?? cfg.defaults.isolation;
  if (isolation === Isolation.WORKER && c.source === undefined) {
    problems.push(`view '${c.definition.name}' cannot run in a worker: it was not loaded from a module`);
  }
  return {
    definition: c.definition,
    isolation,
    timeoutMs: c.timeoutMs ?? cfg.defaults.timeoutMs,
    source: c.source,
  };
}

function toLoaded(c: Candidate, cfg: PluginsConfig, problems: string[]): LoadedEnricher {
  const result = c.definition.configSchema.safeParse(c.rawConfig ?? {});
  if (!result.success) {
    problems.push(`config of enricher '${c.definition.name}' is invalid:\n${indent(z.prettifyError(result.error))}`);
  }
  const isolation = c.isolation ?? cfg.defaults.isolation;
  if (isolation === Isolation.WORKER && c.source === undefined) {
    problems.push(`enricher '${c.definition.name}' cannot run in a worker: it was not loaded from a module`);
  }
  return {
    definition: c.definition,
    config: result.success ? result.data : undefined,
    rawConfig: c.rawConfig,
    isolation,
    timeoutMs: c.timeoutMs ?? cfg.defaults.timeoutMs,
    source: c.source,
  };
}

async function importPlugin(specifier: string, baseDir: string, problems: string[]) {
  let url: string;
  try {
    url = resolvePluginModule(specifier, baseDir);
  } catch (e) {
    problems.push((e as Error).message);
    return undefined;
  }
  let mod: Record<string, unknown>;
  try {
    mod = (await import(url)) as Record<string, unknown>;
  } catch (e) {
    problems.push(`plugin module '${specifier}' failed to load: ${(e as Error).message}`);
    return undefined;
  }
  const contents = pluginModuleContents(mod, `plugin module '${specifier}'`);
  problems.push(...contents.problems);
  return { ...contents, url };
}

function names(list: readonly { readonly name: string }[]): string {
  return list.length === 0 ? 'none' : list.map((p) => p.name).join(', ');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
}
