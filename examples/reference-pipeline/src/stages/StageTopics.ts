import type { KafkaTopicSpec } from '@ht/stream-core/kafka';

/**
 * The Kafka topics between the stages, by role.
 *
 * @example
 * ```ts
 * const topics: StageTopics = { rawSpans: 'raw-spans', structuredTraces: 'structured-traces', enrichedTraces: 'enriched-traces' };
 * ```
 */
export interface StageTopics {
  /** Receivers and the normalizer → the grouper: one `RawSpan` a record, keyed `tenant:traceId`. */
  readonly rawSpans: string;
  /** The grouper → the enricher: one `Trace` fragment a record. */
  readonly structuredTraces: string;
  /** The enricher → the views: one `EnrichedTrace` a record. */
  readonly enrichedTraces: string;
}

/**
 * The default topic names (Hypertrace's).
 *
 * @example
 * ```ts
 * STAGE_TOPICS.rawSpans; // 'raw-spans'
 * ```
 */
export const STAGE_TOPICS: StageTopics = Object.freeze({
  rawSpans: 'raw-spans',
  structuredTraces: 'structured-traces',
  enrichedTraces: 'enriched-traces',
});

/**
 * The largest record of the trace topics: 16 MiB (their `max.message.bytes`). A 10,000-span trace is
 * about 2 MB of Avro before compression (docs/distributed.md).
 */
export const TRACE_TOPIC_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/**
 * How the stages create their topics when missing.
 *
 * @example
 * ```ts
 * const options: StageTopicOptions = { partitions: 12, create: true };
 * ```
 */
export interface StageTopicOptions {
  /** Partitions of each topic (the most copies of a consuming stage that get work). Default 6. */
  readonly partitions?: number;
  /** Default -1, the broker's `default.replication.factor`. */
  readonly replicationFactor?: number;
  /** Create missing topics (default true); false: a missing topic stops the stage's start with an error. */
  readonly create?: boolean;
  /** How long records are kept. Default 1 day. */
  readonly retentionMs?: number;
}

/**
 * The specs a stage creates its topics with: `raw-spans` with the broker's record limit, the trace topics
 * with `max.message.bytes` = {@link TRACE_TOPIC_MAX_MESSAGE_BYTES} (producers compress them with gzip);
 * every topic `retention.ms` = `retentionMs`.
 *
 * @example
 * ```ts
 * import { ensureKafkaTopics } from '@ht/stream-core/kafka';
 * await ensureKafkaTopics(kafka, stageTopicSpecs(STAGE_TOPICS, { partitions: 12 }));
 * ```
 */
export function stageTopicSpecs(topics: StageTopics, options: StageTopicOptions = {}): KafkaTopicSpec[] {
  const partitions = options.partitions ?? 6;
  const base = {
    partitions,
    ...(options.replicationFactor === undefined ? {} : { replicationFactor: options.replicationFactor }),
  };
  const retention = { 'retention.ms': String(options.retentionMs ?? 86_400_000) };
  const traces = { ...retention, 'max.message.bytes': String(TRACE_TOPIC_MAX_MESSAGE_BYTES) };
  return [
    { ...base, topic: topics.rawSpans, configs: retention },
    { ...base, topic: topics.structuredTraces, configs: traces },
    { ...base, topic: topics.enrichedTraces, configs: traces },
  ];
}
