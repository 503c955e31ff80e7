import { enrichedTraceCodec, noopLogger, noopMetrics } from '@ht/enricher-sdk';
import { ViewMaterializer } from '@ht/enricher-sdk/host';
import { ViewSink } from '@ht/sinks';
import type { ViewSinkOptions, ViewStore, ViewWriter } from '@ht/sinks';
import { Job } from '@ht/stream-core';
import { StoreMaintenance } from '../local/StoreMaintenance.js';
import type { StoreMaintenanceOptions } from '../local/StoreMaintenance.js';
import { jobStage } from './jobStage.js';
import type { JobStageParts } from './jobStage.js';
import { KafkaMaintenanceLease } from './KafkaMaintenanceLease.js';
import type { Stage } from './Stage.js';
import { inFlightBounds } from './StageOptions.js';
import type { StageConsumerOptions, StageKafkaOptions } from './StageOptions.js';
import { topicsOf, traceSource } from './stageKafka.js';
import { loadStagePlugins } from './stagePlugins.js';
import type { StagePluginOptions } from './stagePlugins.js';

/**
 * Options of {@link createViewsStage}: where rows go (a store, or a writer such as the Kafka view
 * writer for view topics) and the sink's batching.
 *
 * @example
 * ```ts
 * import { createClickHouseStore } from '@ht/sinks';
 * const options: ViewsStageOptions = { kafka, schemaRegistryUrl, store: await createClickHouseStore({ url: 'http://127.0.0.1:8123' }) };
 * ```
 */
export interface ViewsStageOptions extends StageKafkaOptions, StageConsumerOptions, StagePluginOptions {
  /** The store the views' tables are created in and written to (closed when the stage stops). */
  readonly store?: ViewStore;
  /** Instead of a store: any writer, e.g. `createKafkaViewWriter(…)` for view topics (closed when the stage stops). */
  readonly writer?: ViewWriter;
  readonly sink?: ViewSinkOptions;
  /** Traces in the views' step at once. Default 64. */
  readonly maxInFlight?: number;
  /**
   * Retention and rollups of the store, in exactly one copy of the views stage (docs/distributed.md):
   * the copy takes the maintenance lease at start (`KafkaMaintenanceLease`, consumer group
   * `<groupId>-maintenance`) and `start` rejects with `CONFIG_INVALID` while another copy holds it.
   * Default off.
   */
  readonly maintenance?: Omit<StoreMaintenanceOptions, 'logger'>;
}

/**
 * The views stage: `enriched-traces` (Avro `EnrichedTrace`) → the views (built-ins and plugins) → a
 * `ViewSink` into a store (ClickHouse for several copies: DuckDB is one process) or view topics.
 * Consumer group `ht-views` by default. Offsets are committed once the rows are durable.
 *
 * @example
 * ```ts
 * import { createClickHouseStore } from '@ht/sinks';
 *
 * const stage = createViewsStage({ kafka, schemaRegistryUrl, store: await createClickHouseStore({ url: 'http://127.0.0.1:8123' }) });
 * await stage.start();
 * ```
 */
export function createViewsStage(options: ViewsStageOptions): Stage {
  const topics = topicsOf(options);
  const groupId = options.groupId ?? 'ht-views';
  const writer: ViewWriter | undefined = options.store ?? options.writer;
  return jobStage(options, {
    name: 'views',
    groupId,
    inputTopics: [topics.enrichedTraces],
    drain: 'flush',
    async build() {
      if (writer === undefined) throw new Error('createViewsStage: give a store or a writer');
      const logger = options.logger ?? noopLogger;
      const lease =
        options.store && options.maintenance
          ? new KafkaMaintenanceLease({
              kafka: options.kafka,
              groupId: `${groupId}-maintenance`,
              topic: topics.enrichedTraces,
              ...(options.sessionTimeoutMs === undefined ? {} : { sessionTimeoutMs: options.sessionTimeoutMs }),
              logger,
            })
          : undefined;
      await lease?.acquire();
      try {
        return await buildJob(writer, lease);
      } catch (error) {
        await lease?.release();
        throw error;
      }
    },
  });

  /** The views' job over `writer`, and the store's maintenance when this copy holds `lease`. */
  async function buildJob(writer: ViewWriter, lease: KafkaMaintenanceLease | undefined): Promise<JobStageParts> {
    const logger = options.logger ?? noopLogger;
    const plugins = await loadStagePlugins(options);
    if (options.store) await options.store.ensureTables(plugins.views);
    const views = new ViewMaterializer(plugins.loadedViews, { logger, metrics: options.metrics ?? noopMetrics });
    await views.start();
    const maintenance =
      options.store && options.maintenance
        ? new StoreMaintenance(options.store, plugins.views, { ...options.maintenance, logger })
        : undefined;
    const job = new Job({ name: 'ht-views' });
    const source = traceSource(options, groupId, topics.enrichedTraces, enrichedTraceCodec);
    const sink = new ViewSink(writer, views.views, { name: 'store', ...options.sink });
    job
      .source(source, { name: topics.enrichedTraces, ...inFlightBounds(options) })
      .mapAsync((trace) => views.materialize(trace), { name: 'views', maxInFlight: options.maxInFlight ?? 64 })
      .to(sink);
    maintenance?.start();
    lease?.onLost(() => void maintenance?.stop());
    return {
      job,
      metricsText: () => source.stats.toPrometheus(),
      close: async () => {
        await maintenance?.stop();
        await lease?.release();
        await views.close();
        await (writer as { close?: () => Promise<void> }).close?.();
      },
    };
  }
}
