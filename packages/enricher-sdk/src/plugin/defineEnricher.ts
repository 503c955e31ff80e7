import { HtError } from '@ht/stream-core/errors';
import { z } from 'zod';
import type { Span } from '../model/Span.js';
import type { Trace } from '../model/Trace.js';
import type { EnrichContext, EnricherInitContext } from './context.js';

/**
 * A zod schema for a plugin's config. `ctx.config` is typed as its output.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * const config = z.object({ header: z.string().default('x-user-id') }) satisfies ConfigSchema;
 * ```
 */
export type ConfigSchema = z.ZodType;

/**
 * The config schema of an enricher that declares none: an empty object, unknown keys refused.
 *
 * @example
 * ```ts
 * NO_CONFIG.parse({}); // {}
 * ```
 */
export const NO_CONFIG = z.strictObject({});
/**
 * The config type of an enricher that declares no schema.
 *
 * @example
 * ```ts
 * const config: NoConfig = {};
 * ```
 */
export type NoConfig = z.output<typeof NO_CONFIG>;

/**
 * A hook result: plain work, or a promise the host awaits (with a timeout).
 *
 * @example
 * ```ts
 * const hook = (): MaybePromise => undefined;
 * ```
 */
export type MaybePromise = void | Promise<void>;

/**
 * Fields every enricher spec has, whichever hook it implements.
 *
 * @example
 * ```ts
 * const base = { name: 'geo', version: '1.0.0', dependsOn: ['client-ip'] } satisfies Partial<EnricherSpecBase<typeof NO_CONFIG>>;
 * ```
 */
export interface EnricherSpecBase<S extends ConfigSchema> {
  /** Unique among loaded enrichers; used in `dependsOn`, config, metrics and recorded errors. */
  readonly name: string;
  /** The plugin's version (semver), reported in logs. */
  readonly version: string;
  readonly description?: string;
  /** Names of enrichers that must run before this one (their output is this one's input). */
  readonly dependsOn?: readonly string[];
  /** The config schema; `ctx.config` is its parsed output. Omitted: no config (`{}`). */
  readonly config?: S;
  /** Runs once before the first trace: open clients, load rules. A failure fails the stage's start. */
  init?(ctx: EnricherInitContext<z.output<S>>): MaybePromise;
  /** Runs once at shutdown. */
  close?(ctx: EnricherInitContext<z.output<S>>): MaybePromise;
}

/**
 * An enricher that looks at the whole trace at once (parents, children, counts).
 *
 * @example
 * ```ts
 * defineEnricher({ name: 'span-count', version: '1', enrichTrace(trace) { trace.enriched.setInt('ht.span_count', trace.spans.length); } });
 * ```
 */
export interface TraceEnricherSpec<S extends ConfigSchema> extends EnricherSpecBase<S> {
  enrichTrace(trace: Trace, ctx: EnrichContext<z.output<S>>): MaybePromise;
  readonly enrichSpan?: never;
}

/**
 * An enricher that looks at one span at a time; a failure on one span does not stop the others.
 *
 * @example
 * ```ts
 * defineEnricher({ name: 'slow', version: '1', enrichSpan(span) { span.enriched.set('ht.slow', durationMicros(span) > 1e6); } });
 * ```
 */
export interface SpanEnricherSpec<S extends ConfigSchema> extends EnricherSpecBase<S> {
  enrichSpan(span: Span, trace: Trace, ctx: EnrichContext<z.output<S>>): MaybePromise;
  readonly enrichTrace?: never;
}

/**
 * What {@link defineEnricher} accepts: exactly one of `enrichTrace` or `enrichSpan`.
 *
 * @example
 * ```ts
 * const spec: EnricherSpec<typeof NO_CONFIG> = { name: 'x', version: '1', enrichTrace: () => undefined };
 * ```
 */
export type EnricherSpec<S extends ConfigSchema> = TraceEnricherSpec<S> | SpanEnricherSpec<S>;

/**
 * A validated enricher, as {@link defineEnricher} returns it and the host runs it. `Config` is the
 * parsed config type, `ConfigInput` the config as written (what `runEnricher` accepts). Any
 * `EnricherDefinition<C, I>` is an `EnricherDefinition` (of `unknown` config).
 *
 * @example
 * ```ts
 * const builtins: EnricherDefinition[] = [serviceEntity, apiNaming];
 * ```
 */
export interface EnricherDefinition<Config = unknown, ConfigInput = unknown> {
  /** Marks the object as an enricher, also across copies of this package. */
  readonly kind: 'ht.enricher';
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly dependsOn: readonly string[];
  readonly configSchema: z.ZodType<Config, ConfigInput>;
  init?(ctx: EnricherInitContext<Config>): MaybePromise;
  close?(ctx: EnricherInitContext<Config>): MaybePromise;
  enrichTrace?(trace: Trace, ctx: EnrichContext<Config>): MaybePromise;
  enrichSpan?(span: Span, trace: Trace, ctx: EnrichContext<Config>): MaybePromise;
}

const NAME = /^[A-Za-z0-9@][\w@./-]*$/;

/**
 * Defines an enricher. Enrichers read client data and write enriched attributes (`ht.` keys), entities,
 * call edges; the host orders them by `dependsOn`, validates their config against `config` at load,
 * and isolates their failures (recorded on the trace, counted, never losing it).
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * export default defineEnricher({
 *   name: 'tenant-tier',
 *   version: '1.0.0',
 *   dependsOn: ['service-entity'],
 *   config: z.object({ premium: z.array(z.string()).default([]) }),
 *   enrichSpan(span, trace, ctx) {
 *     span.enriched.set('ht.tenant.tier', ctx.config.premium.includes(trace.tenantId) ? 'premium' : 'standard');
 *   },
 * });
 * ```
 */
export function defineEnricher<S extends ConfigSchema = typeof NO_CONFIG>(
  spec: EnricherSpec<S>,
): EnricherDefinition<z.output<S>, z.input<S>> {
  const problems = enricherProblems(spec);
  if (problems.length > 0) {
    throw new HtError('CONFIG_INVALID', `invalid enricher '${String(spec.name)}': ${problems.join('; ')}`);
  }
  const definition: EnricherDefinition<z.output<S>, z.input<S>> = {
    kind: 'ht.enricher',
    name: spec.name,
    version: spec.version,
    description: spec.description ?? '',
    dependsOn: [...(spec.dependsOn ?? [])],
    configSchema: (spec.config ?? NO_CONFIG) as z.ZodType<z.output<S>, z.input<S>>,
  };
  return Object.freeze(Object.assign(definition, hooks(spec)));
}

/** The hooks of a spec, bound to it so `this` inside them is the spec object. */
function hooks<S extends ConfigSchema>(spec: EnricherSpec<S>): Partial<EnricherDefinition<z.output<S>, z.input<S>>> {
  const out: Partial<EnricherDefinition<z.output<S>, z.input<S>>> = {};
  if (spec.init) out.init = spec.init.bind(spec);
  if (spec.close) out.close = spec.close.bind(spec);
  if (spec.enrichTrace) out.enrichTrace = spec.enrichTrace.bind(spec);
  if (spec.enrichSpan) out.enrichSpan = spec.enrichSpan.bind(spec);
  return out;
}

/**
 * The problems of an enricher spec or definition (empty when valid). The loader also runs it on what a
 * plugin module exports, which may not come from this copy of `defineEnricher`.
 */
export function enricherProblems(spec: unknown): string[] {
  if (typeof spec !== 'object' || spec === null) return ['not an object'];
  const s = spec as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof s['name'] !== 'string' || !NAME.test(s['name'])) {
    problems.push('name must be a non-empty string of letters, digits and @ . _ / -');
  }
  if (typeof s['version'] !== 'string' || s['version'] === '') problems.push('version must be a non-empty string');
  const dependsOn = s['dependsOn'];
  if (dependsOn !== undefined && (!Array.isArray(dependsOn) || !dependsOn.every((d) => typeof d === 'string'))) {
    problems.push('dependsOn must be an array of enricher names');
  } else if (Array.isArray(dependsOn) && (dependsOn as unknown[]).includes(s['name'])) {
    problems.push('it depends on itself');
  }
  const schema = s['config'] ?? s['configSchema'];
  if (schema !== undefined && typeof (schema as { safeParse?: unknown }).safeParse !== 'function') {
    problems.push('config must be a zod schema');
  }
  const hasTrace = typeof s['enrichTrace'] === 'function';
  const hasSpan = typeof s['enrichSpan'] === 'function';
  if (hasTrace === hasSpan)
    problems.push('it must have exactly one of enrichTrace(trace, ctx) or enrichSpan(span, trace, ctx)');
  for (const hook of ['init', 'close']) {
    if (s[hook] !== undefined && typeof s[hook] !== 'function') problems.push(`${hook} must be a function`);
  }
  return problems;
}
