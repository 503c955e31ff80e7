import { enrichedTraceCodec, noopLogger, noopMetrics, traceCodec } from '@ht/enricher-sdk';
import { EnricherChain } from '@ht/enricher-sdk/host';
import { KafkaTraceSink } from '@ht/sinks';
import { Job } from '@ht/stream-core';
import { jobStage } from './jobStage.js';
import type { Stage } from './Stage.js';
import { inFlightBounds } from './StageOptions.js';
import type { StageConsumerOptions, StageKafkaOptions, StageProducerOptions } from './StageOptions.js';
import { registeredEncoder, topicsOf, traceSource } from './stageKafka.js';
import { loadStagePlugins } from './stagePlugins.js';
import type { StagePluginOptions } from './stagePlugins.js';
import { KAFKA_SINK_OPTIONS, stageProducer } from './stageProducer.js';

/**
 * Options of {@link createEnricherStage}.
 *
 * @example
 * ```ts
 * const options: EnricherStageOptions = { kafka, schemaRegistryUrl, plugins: { builtins: 'all' } };
 * ```
 */
export interface EnricherStageOptions
  extends StageKafkaOptions, StageConsumerOptions, StageProducerOptions, StagePluginOptions {
  /** Traces in the enricher chain at once. Default 64. */
  readonly maxInFlight?: number;
}

/**
 * The enricher stage: `structured-traces` (Avro `Trace`) → the enricher chain (built-ins and plugins,
 * as `ht run` loads them) → `enriched-traces` (Avro `EnrichedTrace`, gzip). Consumer group `ht-enricher`
 * by default; every copy shares it. Offsets are committed once the enriched traces are acknowledged.
 *
 * @example
 * ```ts
 * const stage = createEnricherStage({ kafka, schemaRegistryUrl, plugins: { enrichers: [{ module: '@acme/ht-geo' }] } });
 * await stage.start();
 * ```
 */
export function createEnricherStage(options: EnricherStageOptions): Stage {
  const topics = topicsOf(options);
  const groupId = options.groupId ?? 'ht-enricher';
  return jobStage(options, {
    name: 'enricher',
    groupId,
    inputTopics: [topics.structuredTraces],
    drain: 'flush',
    async build() {
      const plugins = await loadStagePlugins(options);
      const chain = new EnricherChain(plugins.enrichers, {
        logger: options.logger ?? noopLogger,
        metrics: options.metrics ?? noopMetrics,
        ...(options.entities ? { entities: options.entities } : {}),
      });
      await chain.start();
      try {
        const encoder = await registeredEncoder(options, enrichedTraceCodec, topics.enrichedTraces);
        const producer = await stageProducer(options, 'gzip');
        const job = new Job({ name: 'ht-enricher' });
        const source = traceSource(options, groupId, topics.structuredTraces, traceCodec);
        const sink = new KafkaTraceSink({ producer, topic: topics.enrichedTraces, encoder });
        job
          .source(source, { name: topics.structuredTraces, ...inFlightBounds(options) })
          .mapAsync((trace) => chain.enrich(trace), { name: 'enrichers', maxInFlight: options.maxInFlight ?? 64 })
          .to(sink, KAFKA_SINK_OPTIONS);
        return {
          job,
          metricsText: () => source.stats.toPrometheus() + sink.toPrometheus(),
          close: () => chain.close(),
        };
      } catch (error) {
        await chain.close();
        throw error;
      }
    },
  });
}
