import type { Logger, Metrics, ViewDefinition } from '@ht/enricher-sdk';
import { BUILTIN_PLUGINS_MODULE_URL, builtinEnrichers, builtinViews } from '@ht/enricher-sdk/builtins';
import { groupTraces, spanEndTime } from '@ht/enricher-sdk/grouper';
import type { GrouperOptions } from '@ht/enricher-sdk/grouper';
import { EnricherChain, loadPlugins, ViewMaterializer } from '@ht/enricher-sdk/host';
import type { BuiltinPlugins } from '@ht/enricher-sdk/host';
import type { EntityStore } from '@ht/enricher-sdk';
import { SpanChannel, startReceivers } from '@ht/sources';
import type { ReceiverLimits, ReceiverPorts, RunningReceivers, TenancyOptions } from '@ht/sources';
import { ViewSink } from '@ht/sinks';
import type { ViewSinkOptions, ViewStore } from '@ht/sinks';
import { Job } from '@ht/stream-core';
import type { WatermarkOptions } from '@ht/stream-core';
import { LOCAL_WATERMARK_DEFAULTS } from './localWatermarks.js';
import { pipelineRollups } from './pipelineRollups.js';
import { StoreMaintenance } from './StoreMaintenance.js';
import type { StoreMaintenanceOptions } from './StoreMaintenance.js';
import { ServiceTally } from './ServiceTally.js';

/**
 * What {@link startLocalPipeline} runs: receivers, the bounded channel, the grouper, the enricher chain, the
 * views' step and the sink, all in one process on one store.
 *
 * @example
 * ```ts
 * const options: LocalPipelineOptions = { store, plugins: {}, grouper: { gapMs: 3_000 }, logger, metrics };
 * ```
 */
export interface LocalPipelineOptions {
  /** Where the views' rows go (the caller opens it; {@link RunningLocalPipeline.stop} closes it). */
  readonly store: ViewStore;
  /** The `plugins` config (built-ins on by default; user plugins by module). */
  readonly plugins: unknown;
  /** The built-in enrichers and views the config names (default: all of `@ht/enricher-sdk/builtins`). */
  readonly builtins?: BuiltinPlugins;
  /** Resolves plugin modules named by relative paths (the config file's folder). */
  readonly pluginsBaseDir?: string;
  readonly receivers?: {
    readonly host?: string;
    readonly portOffset?: number;
    /** Per endpoint: a port, or `false` to leave it off. */
    readonly ports?: ReceiverPorts;
    readonly tenancy?: TenancyOptions;
    readonly limits?: Partial<ReceiverLimits>;
  };
  /** Spans held between accept and the store's acknowledgement (default the channel's, 100 000). */
  readonly channelCapacity?: number;
  /** How long a request may wait for room in a full channel before its 429 (default the channel's, 1 s). */
  readonly channelWaitForRoomMs?: number;
  /** Grouper settings (the demo uses a 3 s gap). */
  readonly grouper?: Omit<GrouperOptions, 'metrics' | 'name'>;
  /**
   * Event-time settings of the spans, over {@link LOCAL_WATERMARK_DEFAULTS} (1 s out of order, idle after
   * 1 s, then follow the clock).
   */
  readonly watermarks?: WatermarkOptions;
  /** Traces in flight through the enrichers, and through the views (default 64 each). */
  readonly maxInFlight?: number;
  readonly sink?: ViewSinkOptions;
  /**
   * Retention (off by default) and rollups: by default the built-in ones whose views are on
   * (`builtinRollupsFor`), kept rebuilt where the store rebuilds rollups (ClickHouse) and computed on
   * query elsewhere (DuckDB); `rollups: []` turns them off.
   */
  readonly maintenance?: Omit<StoreMaintenanceOptions, 'logger'>;
  readonly entities?: EntityStore;
  readonly logger: Logger;
  readonly metrics: Metrics;
}

/**
 * Totals of a running pipeline, for the progress line and tests.
 *
 * @example
 * ```ts
 * const { spansIn, tracesOut, rowsStored } = pipeline.counters();
 * ```
 */
export interface PipelineCounters {
  readonly spansIn: number;
  readonly tracesOut: number;
  readonly rowsStored: number;
  /** Distinct services of the traces given to the store (`service.name`; at most 10,000 are counted). */
  readonly services: number;
  /** Spans accepted and not yet acknowledged by the store (queued, open in the grouper, or being written). */
  readonly queue: number;
}

/**
 * A running one-process pipeline.
 *
 * @example
 * ```ts
 * const pipeline = await startLocalPipeline(options);
 * process.once('SIGINT', () => void pipeline.stop());
 * await pipeline.done;
 * ```
 */
export interface RunningLocalPipeline {
  readonly receivers: RunningReceivers;
  readonly job: Job;
  readonly channel: SpanChannel;
  readonly store: ViewStore;
  /** The views the store holds (built-in and plugins'), by name. */
  readonly views: readonly string[];
  /** The same views' definitions (what the query API serves: `@ht/graphql`'s `views`). */
  readonly viewDefinitions: readonly ViewDefinition[];
  counters(): PipelineCounters;
  /** Prometheus text of the job's operators, the receivers, the channel and the grouper. */
  metricsText(): string;
  /**
   * Stops taking spans (receivers answer 503 / UNAVAILABLE), drains what was accepted through every stage
   * into the store, then closes plugins and the store. Safe to call twice.
   */
  stop(): Promise<void>;
  /** Resolves when the pipeline stopped after a drain; rejects if the job failed. */
  readonly done: Promise<void>;
}

/**
 * Starts the whole pipeline in one process as one stream-core job: receivers → {@link SpanChannel} (bounded;
 * full → 429 / RESOURCE_EXHAUSTED) → grouper → enricher chain (async step) → views (their own isolated
 * step) → {@link ViewSink} → the store. Spans are acknowledged, and their room in the channel freed, only
 * once their rows are durable.
 *
 * @example
 * ```ts
 * import { createDuckDbStore } from '@ht/sinks';
 *
 * const store = await createDuckDbStore({ path: './demo-data/ht.duckdb' });
 * const pipeline = await startLocalPipeline({ store, plugins: {}, grouper: { gapMs: 3_000 }, logger, metrics });
 * ```
 */
export async function startLocalPipeline(options: LocalPipelineOptions): Promise<RunningLocalPipeline> {
  const { store, logger, metrics } = options;
  const plugins = await loadPlugins(options.plugins, {
    builtins: options.builtins ?? {
      enrichers: builtinEnrichers,
      views: builtinViews,
      moduleUrl: BUILTIN_PLUGINS_MODULE_URL,
    },
    ...(options.pluginsBaseDir === undefined ? {} : { baseDir: options.pluginsBaseDir }),
  });
  await store.ensureTables(plugins.views);
  const rollups = pipelineRollups(store.capabilities, plugins.views, options.maintenance?.rollups);
  await store.ensureRollups(rollups.ensure);

  const chain = new EnricherChain(plugins.enrichers, {
    logger,
    metrics,
    ...(options.entities ? { entities: options.entities } : {}),
  });
  const views = new ViewMaterializer(plugins.loadedViews, { logger, metrics });
  await chain.start();
  try {
    await views.start();
  } catch (error) {
    await chain.close();
    throw error;
  }

  // The channel's and the grouper's counters and gauges go to /metrics through their own toPrometheus().
  const channel = new SpanChannel({
    name: 'receivers',
    ...(options.channelCapacity === undefined ? {} : { capacity: options.channelCapacity }),
    ...(options.channelWaitForRoomMs === undefined ? {} : { waitForRoomMs: options.channelWaitForRoomMs }),
  });
  const job = new Job({ name: 'ht-local' });
  const spans = job.source(channel, {
    name: 'receivers',
    timestamp: spanEndTime,
    watermarks: { ...LOCAL_WATERMARK_DEFAULTS, ...options.watermarks },
  });
  const grouped = groupTraces(spans, { ...options.grouper, name: 'grouper' });
  const inFlight = options.maxInFlight ?? 64;
  // A user view's misfit row costs that row (counted, logged at most once a minute per view), not the job.
  const invalidRows = metrics.counter(
    'ht_view_rows_invalid_total',
    "Rows left out: they did not fit their view's columns.",
  );
  const lastLogged = new Map<string, number>();
  const sink = new ViewSink(store, views.views, {
    name: 'store',
    invalidRows: 'drop',
    onInvalidRow: (error) => {
      const at = error.context?.['view'];
      const view = typeof at === 'string' ? at : '';
      invalidRows.inc(1, { view });
      const now = Date.now();
      if (now - (lastLogged.get(view) ?? -Infinity) < 60_000) return;
      lastLogged.set(view, now);
      logger.warn({ view, err: error }, `a row of ${view} was left out: ${error.message} (fix the view)`);
    },
    ...options.sink,
  });
  const services = new ServiceTally();
  grouped.traces
    .mapAsync((trace) => chain.enrich(trace), { name: 'enrichers', maxInFlight: inFlight })
    .mapAsync(
      async (trace) => {
        const rows = await views.materialize(trace);
        services.note(trace);
        return rows;
      },
      { name: 'views', maxInFlight: inFlight },
    )
    .to(sink);

  const maintenance = new StoreMaintenance(store, plugins.views, {
    ...options.maintenance,
    rollups: rollups.rebuild,
    logger,
  });
  let receivers: RunningReceivers;
  try {
    await job.start();
    const r = options.receivers ?? {};
    receivers = await startReceivers({
      sink: channel,
      ...(r.host === undefined ? {} : { host: r.host }),
      ...(r.portOffset === undefined ? {} : { portOffset: r.portOffset }),
      ...(r.ports === undefined ? {} : { ports: r.ports }),
      ...(r.tenancy === undefined ? {} : { tenancy: r.tenancy }),
      ...(r.limits === undefined ? {} : { limits: r.limits }),
      logger: logger.child({ component: 'receivers' }),
    });
  } catch (error) {
    channel.close();
    await job.stop({ drain: 'discard' }).catch(() => undefined);
    await Promise.allSettled([chain.close(), views.close()]);
    throw error;
  }
  maintenance.start();

  const finished = job.done.finally(async () => {
    await maintenance.stop();
    await Promise.allSettled([chain.close(), views.close()]);
    await store.close();
  });
  // A failure surfaces through `done`; keep an unobserved rejection from crashing the process first.
  finished.catch(() => undefined);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      channel.close();
      await receivers.close();
      await finished;
    })();
    return stopping;
  };

  const receiverMetrics = receivers.metrics as { toPrometheus?: () => string };
  return {
    receivers,
    job,
    channel,
    store,
    views: views.views.map((v) => v.name),
    viewDefinitions: views.views,
    counters: () => {
      const c = channel.snapshot();
      const emitted = grouped.stats.snapshot().tracesEmitted;
      let tracesOut = 0;
      for (const n of Object.values(emitted)) tracesOut += n;
      return {
        spansIn: c.accepted,
        tracesOut,
        rowsStored: sink.stats.rowsWritten,
        services: services.count,
        queue: c.held,
      };
    },
    metricsText: () =>
      job.metrics.toPrometheus() +
      (receiverMetrics.toPrometheus?.() ?? '') +
      channel.toPrometheus() +
      grouped.stats.toPrometheus({ job: job.name }),
    stop,
    done: finished,
  };
}
