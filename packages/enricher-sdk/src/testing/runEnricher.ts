import type { TimeSource } from '../context/TimeSource.js';
import { MemoryEntityStore } from '../entities/MemoryEntityStore.js';
import type { EntityStore } from '../entities/EntityStore.js';
import { EnricherChain } from '../isolation/EnricherChain.js';
import type { EnrichmentError, Trace } from '../model/Trace.js';
import type { EnricherDefinition } from '../plugin/defineEnricher.js';
import { orderByDependencies } from '../plugin/order.js';
import { prepareEnricher } from '../plugin/prepareEnricher.js';
import { ManualClock } from './ManualClock.js';
import { MemoryLogger } from './MemoryLogger.js';
import type { LogEntry } from './MemoryLogger.js';
import { MemoryMetrics } from './MemoryMetrics.js';

/**
 * Options of {@link runEnricher}.
 *
 * @example
 * ```ts
 * await runEnricher(apiNaming, trace, undefined, { with: [serviceEntity], timeoutMs: 100 });
 * ```
 */
export interface RunEnricherOptions {
  /** Per-call timeout, ms. Default 1000. */
  readonly timeoutMs?: number;
  /** Default: a fresh {@link MemoryEntityStore}. */
  readonly entities?: EntityStore;
  /** Default: a {@link ManualClock} at 2024-01-01T00:00:00Z. */
  readonly clock?: TimeSource;
  /** Enrichers to run as well (e.g. what this one `dependsOn`), ordered by their dependencies. */
  readonly with?: readonly EnricherDefinition[];
}

/**
 * What {@link runEnricher} returns: the enriched traces and everything the enricher reported.
 *
 * @example
 * ```ts
 * const { trace, errors, logs, metrics } = await runEnricher(geo, fixture);
 * ```
 */
export interface EnricherRun {
  /** The traces given, enriched in place. */
  readonly traces: readonly Trace[];
  /** The first trace, for single-trace tests. */
  readonly trace: Trace;
  /** Every trace's enrichment errors, in order. */
  readonly errors: readonly EnrichmentError[];
  readonly logs: readonly LogEntry[];
  readonly metrics: MemoryMetrics;
  readonly entities: EntityStore;
}

/**
 * Runs an enricher on fixture traces the way the enricher stage does (config validated, `init`, the
 * failure guard with its timeout, `close`), with in-memory logger, metrics and entity store to assert on.
 * `config` is typed as the enricher's config input.
 *
 * @example
 * ```ts
 * const { trace, errors } = await runEnricher(tenantTier, traceBuilder({ tenantId: 'acme' }).span('a', 'GET /').build(),
 *   { premium: ['acme'] });
 * expect(errors).toEqual([]);
 * expect(trace.spans[0]?.enriched.string('ht.tenant.tier')).toBe('premium');
 * ```
 */
export async function runEnricher<Config, ConfigInput>(
  enricher: EnricherDefinition<Config, ConfigInput>,
  traces: Trace | readonly Trace[],
  config?: ConfigInput,
  options: RunEnricherOptions = {},
): Promise<EnricherRun> {
  const list: readonly Trace[] = Array.isArray(traces) ? (traces as readonly Trace[]) : [traces as Trace];
  const logger = new MemoryLogger();
  const metrics = new MemoryMetrics();
  const entities = options.entities ?? new MemoryEntityStore();
  const timeoutMs = options.timeoutMs ?? 1000;
  const others = (options.with ?? []).map((d) => prepareEnricher(d, { timeoutMs }));
  const self = prepareEnricher(enricher, { config, timeoutMs });
  const ordered = orderByDependencies(
    [...others, self].map((l) => ({ name: l.definition.name, dependsOn: depsAmong(l.definition, others), loaded: l })),
  ).map((o) => o.loaded);
  const chain = new EnricherChain(ordered, { logger, metrics, entities, clock: options.clock ?? new ManualClock() });
  await chain.start();
  try {
    for (const trace of list) await chain.enrich(trace);
  } finally {
    await chain.close();
  }
  const first = list[0];
  if (first === undefined) throw new RangeError('runEnricher needs at least one trace');
  return {
    traces: list,
    trace: first,
    errors: list.flatMap((t) => t.enrichmentErrors),
    logs: logger.entries,
    metrics,
    entities,
  };
}

/** Dependencies are enforced only among the enrichers given: a unit test need not load every one. */
function depsAmong(definition: EnricherDefinition, others: readonly { definition: EnricherDefinition }[]): string[] {
  const names = new Set(others.map((o) => o.definition.name));
  return definition.dependsOn.filter((d) => names.has(d));
}
