import { enricherProblems, NO_CONFIG } from './defineEnricher.js';
import type { EnricherDefinition } from './defineEnricher.js';
import { viewProblems } from './defineView.js';
import type { ViewDefinition } from './defineView.js';

/** A plugin module's exports, sorted into valid definitions and problems. */
export interface PluginModuleContents {
  readonly enrichers: EnricherDefinition[];
  readonly views: ViewDefinition[];
  readonly problems: string[];
}

/**
 * Whether `value` is an enricher definition (made by `defineEnricher`, from any copy of this package).
 *
 * @example
 * ```ts
 * if (isEnricherDefinition(mod.default)) register(mod.default);
 * ```
 */
export function isEnricherDefinition(value: unknown): value is EnricherDefinition {
  return (value as { kind?: unknown } | null)?.kind === 'ht.enricher' && enricherProblems(value).length === 0;
}

/**
 * Whether `value` is a view definition (made by `defineView`, from any copy of this package).
 *
 * @example
 * ```ts
 * if (isViewDefinition(mod.default)) register(mod.default);
 * ```
 */
export function isViewDefinition(value: unknown): value is ViewDefinition {
  return (value as { kind?: unknown } | null)?.kind === 'ht.view' && viewProblems(value).length === 0;
}

/**
 * Reads a plugin module: its default export is one definition or an array of them (enrichers and views
 * may be mixed). Anything else there is a problem, named with `label`.
 */
export function pluginModuleContents(mod: Record<string, unknown>, label: string): PluginModuleContents {
  const out: PluginModuleContents = { enrichers: [], views: [], problems: [] };
  const exported = mod['default'];
  if (exported === undefined) {
    out.problems.push(`${label} has no default export: export default defineEnricher(...) or defineView(...)`);
    return out;
  }
  const items: unknown[] = Array.isArray(exported) ? (exported as unknown[]) : [exported];
  items.forEach((item, i) => {
    const where = items.length > 1 ? `${label} (default export [${i}])` : label;
    const kind = (item as { kind?: unknown } | null)?.kind;
    if (kind === 'ht.enricher') {
      const problems = enricherProblems(item);
      if (problems.length > 0) out.problems.push(`${where}: invalid enricher: ${problems.join('; ')}`);
      else out.enrichers.push(normalizeEnricher(item as EnricherDefinition));
    } else if (kind === 'ht.view') {
      const problems = viewProblems(item);
      if (problems.length > 0) out.problems.push(`${where}: invalid view: ${problems.join('; ')}`);
      else out.views.push(item as ViewDefinition);
    } else {
      out.problems.push(`${where} is not an enricher or view: make it with defineEnricher(...) or defineView(...)`);
    }
  });
  return out;
}

/** Fills what a definition from another copy (or an older version) of this package may lack. */
function normalizeEnricher(def: EnricherDefinition): EnricherDefinition {
  return Object.freeze({
    ...def,
    description: def.description ?? '',
    dependsOn: def.dependsOn ?? [],
    configSchema: def.configSchema ?? NO_CONFIG,
  });
}
