import { z } from 'zod';

/**
 * Where an enricher or a view runs: on the stage's thread, or in its own worker thread.
 *
 * @example
 * ```ts
 * prepareEnricher(geo, { isolation: Isolation.WORKER, source });
 * ```
 */
export const Isolation = { IN_PROCESS: 'inProcess', WORKER: 'worker' } as const;
/** One of the {@link Isolation} values. */
export type Isolation = (typeof Isolation)[keyof typeof Isolation];

const isolation = z.enum([Isolation.IN_PROCESS, Isolation.WORKER]);
const timeoutMs = z.number().int().positive();
const hasTarget = (e: { name?: string | undefined; module?: string | undefined }) =>
  e.name !== undefined || e.module !== undefined;

const enricherEntry = z
  .strictObject({
    /** A built-in's name, or which enricher of a multi-enricher module this entry means. */
    name: z.string().min(1).optional(),
    /** An npm package name or a path (relative to the config file) of a plugin module. */
    module: z.string().min(1).optional(),
    enabled: z.boolean().default(true),
    /** The enricher's config, validated by its schema at load. */
    config: z.unknown().optional(),
    isolation: isolation.optional(),
    timeoutMs: timeoutMs.optional(),
  })
  .refine(hasTarget, 'an entry needs a name (built-in) or a module (plugin)');

const viewEntry = z
  .strictObject({
    /** A built-in's name, or which view of a multi-view module this entry means. */
    name: z.string().min(1).optional(),
    /** An npm package name or a path (relative to the config file) of a plugin module. */
    module: z.string().min(1).optional(),
    enabled: z.boolean().default(true),
    isolation: isolation.optional(),
    timeoutMs: timeoutMs.optional(),
  })
  .refine(hasTarget, 'an entry needs a name (built-in) or a module (plugin)');

/**
 * The `plugins` section of a pipeline config (YAML or JSON): which built-ins run, which plugin modules to
 * load, their config, order, isolation and time limit. `defaults` applies to enrichers and views alike.
 *
 * @example
 * ```yaml
 * builtins: all            # or none: only the entries below
 * order: [service-entity, my-geo]   # preferred order, within what dependsOn allows
 * defaults: { isolation: inProcess, timeoutMs: 1000 }
 * enrichers:
 *   - name: user-agent     # a built-in
 *     enabled: false
 *   - module: '@acme/ht-geo'   # an npm package
 *     config: { database: ./GeoLite2-City.mmdb }
 *     isolation: worker
 *   - module: ./plugins/tier.js  # a path
 * views:
 *   - module: ./views/slow-spans.js
 *     isolation: worker
 *     timeoutMs: 200
 * ```
 */
export const pluginsConfigSchema = z.strictObject({
  builtins: z.enum(['all', 'none']).default('all'),
  order: z.array(z.string()).default([]),
  defaults: z
    .strictObject({ isolation: isolation.default(Isolation.IN_PROCESS), timeoutMs: timeoutMs.default(1000) })
    .default({ isolation: Isolation.IN_PROCESS, timeoutMs: 1000 }),
  enrichers: z.array(enricherEntry).default([]),
  views: z.array(viewEntry).default([]),
});

/**
 * The plugins config as written (defaults optional).
 *
 * @example
 * ```ts
 * const plugins: PluginsConfigInput = { enrichers: [{ name: 'user-agent', enabled: false }] };
 * ```
 */
export type PluginsConfigInput = z.input<typeof pluginsConfigSchema>;
/**
 * The plugins config after validation and defaults.
 *
 * @example
 * ```ts
 * const plugins: PluginsConfig = pluginsConfigSchema.parse(rawConfig.plugins);
 * ```
 */
export type PluginsConfig = z.output<typeof pluginsConfigSchema>;
