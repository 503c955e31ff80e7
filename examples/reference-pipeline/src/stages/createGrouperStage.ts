import { rawSpanCodec, traceCodec } from '@ht/enricher-sdk';
import { groupTraces, spanEndTime, TRACE_MESSAGE_KEY } from '@ht/enricher-sdk/grouper';
import type { GrouperOptions } from '@ht/enricher-sdk/grouper';
import { KafkaTraceSink } from '@ht/sinks';
import { avroRegistryDecoder, httpSchemaRegistry, KafkaSource, topicValueSubject } from '@ht/sources';
import { Job } from '@ht/stream-core';
import type { JobOptions, PartitionSnapshotStore, SnapshotStore, WatermarkOptions } from '@ht/stream-core';
import { LOCAL_WATERMARK_DEFAULTS } from '../local/localWatermarks.js';
import { jobStage } from './jobStage.js';
import type { Stage } from './Stage.js';
import { inFlightBounds } from './StageOptions.js';
import type { StageConsumerOptions, StageKafkaOptions, StageProducerOptions } from './StageOptions.js';
import { registeredEncoder, stageConsumer, topicsOf } from './stageKafka.js';
import { KAFKA_SINK_OPTIONS, stageProducer } from './stageProducer.js';

/**
 * Where the grouper stage keeps its open traces. `memory` (the default): in the process; spans of
 * traces still open when the stage stops or dies are not committed, so the next owner of their partition
 * reads them again (at-least-once, fragments may be numbered differently). `checkpoints`: the job's
 * checkpoints in `store` every `intervalMs`, for ONE copy of the stage (the snapshot is the whole job's).
 * `partitions`: open traces per `raw-spans` partition, snapshotted into `store` every `intervalMs` with
 * the partition's offset, restored by whichever copy the partition moves to (before its spans flow) and
 * dropped by the one it left: for N copies sharing the consumer group (docs/scaling.md).
 *
 * @example
 * ```ts
 * import { FilePartitionSnapshotStore } from '@ht/stream-core';
 * const state: GrouperStateOptions = { kind: 'partitions', store: new FilePartitionSnapshotStore('/var/lib/ht'), intervalMs: 10_000 };
 * ```
 */
export type GrouperStateOptions =
  | { readonly kind: 'memory' }
  | { readonly kind: 'checkpoints'; readonly store: SnapshotStore; readonly intervalMs?: number }
  | {
      readonly kind: 'partitions';
      readonly store: PartitionSnapshotStore;
      readonly intervalMs?: number;
      /** How long restoring an assignment may take before its partitions replay instead. Default 30 000. */
      readonly restoreTimeoutMs?: number;
    };

/** The job options that keep the grouper's state as `state` says. */
function stateOptions(state: GrouperStateOptions): Pick<JobOptions, 'checkpoints' | 'partitionState'> {
  switch (state.kind) {
    case 'memory':
      return {};
    case 'checkpoints':
      return { checkpoints: { store: state.store, intervalMs: state.intervalMs ?? 10_000 } };
    case 'partitions':
      return {
        partitionState: {
          store: state.store,
          intervalMs: state.intervalMs ?? 10_000,
          ...(state.restoreTimeoutMs === undefined ? {} : { restoreTimeoutMs: state.restoreTimeoutMs }),
        },
      };
  }
}

/**
 * Options of {@link createGrouperStage}.
 *
 * @example
 * ```ts
 * const options: GrouperStageOptions = { kafka, schemaRegistryUrl, grouper: { gapMs: 3_000 } };
 * ```
 */
export interface GrouperStageOptions extends StageKafkaOptions, StageConsumerOptions, StageProducerOptions {
  /** The grouper's settings (docs/grouper.md). */
  readonly grouper?: Omit<GrouperOptions, 'metrics' | 'name'>;
  /** Event time per Kafka partition, over `LOCAL_WATERMARK_DEFAULTS`. */
  readonly watermarks?: WatermarkOptions;
  /** Default `{ kind: 'memory' }`. */
  readonly state?: GrouperStateOptions;
}

/**
 * The grouper stage: `raw-spans` (Avro `RawSpan`) → the trace grouper → `structured-traces` (Avro
 * `Trace`, gzip), as a stream-core job over a Kafka consumer group (`ht-grouper` by default). Offsets of
 * `raw-spans` are committed only once every span up to them is in a trace Kafka acknowledged. Stopping
 * leaves open traces unwritten: their spans are read again by the next copy.
 *
 * @example
 * ```ts
 * import { Kafka } from 'kafkajs';
 *
 * const stage = createGrouperStage({
 *   kafka: new Kafka({ brokers: ['127.0.0.1:9092'] }),
 *   schemaRegistryUrl: 'http://127.0.0.1:8081/apis/ccompat/v7',
 *   grouper: { gapMs: 5_000 },
 * });
 * await stage.start();
 * ```
 */
export function createGrouperStage(options: GrouperStageOptions): Stage {
  const topics = topicsOf(options);
  const groupId = options.groupId ?? 'ht-grouper';
  const state = options.state ?? { kind: 'memory' };
  return jobStage(options, {
    name: 'grouper',
    groupId,
    inputTopics: [topics.rawSpans],
    drain: 'discard',
    async build() {
      const encoder = await registeredEncoder(options, traceCodec, topics.structuredTraces);
      const producer = await stageProducer(options, 'gzip');
      const job = new Job({ name: 'ht-grouper', ...stateOptions(state) });
      const source = new KafkaSource({
        name: topics.rawSpans,
        consumer: stageConsumer(options, groupId),
        topics: [topics.rawSpans],
        decoder: avroRegistryDecoder({
          registry: httpSchemaRegistry({ url: options.schemaRegistryUrl }),
          codec: rawSpanCodec,
          subject: topicValueSubject,
        }),
        // Open traces hold their spans' offsets: a stop does not wait for them (they are read again).
        stopTimeoutMs: 2_000,
        // raw-spans is keyed tenant:traceId, the grouper's key: state per partition is sound.
        messageKey: TRACE_MESSAGE_KEY,
      });
      const spans = job.source(source, {
        name: topics.rawSpans,
        timestamp: spanEndTime,
        ...inFlightBounds(options),
        watermarks: { ...LOCAL_WATERMARK_DEFAULTS, ...options.watermarks },
      });
      const grouped = groupTraces(spans, {
        ...options.grouper,
        name: 'grouper',
        ...(options.metrics ? { metrics: options.metrics } : {}),
      });
      const sink = new KafkaTraceSink({ producer, topic: topics.structuredTraces, encoder });
      grouped.traces.to(sink, KAFKA_SINK_OPTIONS);
      return {
        job,
        metricsText: () =>
          source.stats.toPrometheus() +
          grouped.stats.toPrometheus({ job: job.name }) +
          sink.toPrometheus() +
          (job.partitionStateStats?.toPrometheus() ?? ''),
        close: async () => {},
      };
    },
  });
}
