import { rawSpanCodec } from '@ht/enricher-sdk';
import type { Span } from '@ht/enricher-sdk';
import { spanEndTime } from '@ht/enricher-sdk/grouper';
import {
  avroRegistryDecoder,
  httpSchemaRegistry,
  KafkaSource,
  KafkaSpanSink,
  kafkaSpanDecoder,
  topicValueSubject,
} from '@ht/sources';
import type { KafkaRecordDecoder, KafkaSpanEncoding, TenancyOptions } from '@ht/sources';
import { HtError, Job } from '@ht/stream-core';
import type { Sink } from '@ht/stream-core';
import { jobStage } from './jobStage.js';
import type { Stage } from './Stage.js';
import { inFlightBounds } from './StageOptions.js';
import type { StageConsumerOptions, StageKafkaOptions, StageProducerOptions } from './StageOptions.js';
import { registeredEncoder, stageConsumer, topicsOf } from './stageKafka.js';
import { KAFKA_SINK_OPTIONS, stageProducer } from './stageProducer.js';

/**
 * A topic the normalizer reads: its encoding (one of the OTel Collector kafka exporter's six, or `avro`
 * for `RawSpan` records in the Confluent wire format) and how a record's tenant is found (its headers,
 * as the receivers do).
 *
 * @example
 * ```ts
 * const input: NormalizerInput = { topic: 'otlp_spans', encoding: 'otlp_proto', tenancy: { defaultTenant: 'acme' } };
 * ```
 */
export interface NormalizerInput {
  readonly topic: string;
  readonly encoding: KafkaSpanEncoding | 'avro';
  readonly tenancy?: TenancyOptions;
}

/**
 * Options of {@link createNormalizerStage}.
 *
 * @example
 * ```ts
 * const options: NormalizerStageOptions = { kafka, schemaRegistryUrl, inputs: [{ topic: 'otlp_spans', encoding: 'otlp_proto' }] };
 * ```
 */
export interface NormalizerStageOptions extends StageKafkaOptions, StageConsumerOptions, StageProducerOptions {
  readonly inputs: readonly NormalizerInput[];
}

/**
 * The normalizer stage: topics written by other tools (the OTel Collector's or Jaeger's kafka exporter
 * in any of its encodings, or Avro) → canonical spans → `raw-spans`, so the rest of the pipeline sees one
 * format. Each input topic is read by its own consumer group (`<groupId>.<topic>`, default
 * `ht-normalizer.<topic>`); offsets are committed once the spans are on `raw-spans`.
 *
 * @example
 * ```ts
 * const stage = createNormalizerStage({ kafka, schemaRegistryUrl, inputs: [{ topic: 'jaeger_spans', encoding: 'jaeger_proto' }] });
 * await stage.start();
 * ```
 */
export function createNormalizerStage(options: NormalizerStageOptions): Stage {
  const topics = topicsOf(options);
  const groupId = options.groupId ?? 'ht-normalizer';
  if (options.inputs.length === 0) {
    throw new HtError('CONFIG_INVALID', 'the normalizer stage needs at least one input topic');
  }
  if (options.consumer !== undefined && options.inputs.length > 1) {
    throw new HtError('CONFIG_INVALID', 'the normalizer stage takes a consumer of your own only with one input topic');
  }
  return jobStage(options, {
    name: 'normalizer',
    groupId: `${groupId}.${options.inputs[0]?.topic ?? ''}`,
    inputTopics: options.inputs.slice(0, 1).map((i) => i.topic),
    drain: 'flush',
    async build() {
      const encoder = await registeredEncoder(options, rawSpanCodec, topics.rawSpans);
      const producer = await stageProducer(options, 'none');
      const spanSink = new KafkaSpanSink({ producer, topic: topics.rawSpans, encoder, sendTimeoutMs: 30_000 });
      const job = new Job({ name: 'ht-normalizer' });
      const sources = options.inputs.map(
        (input) =>
          new KafkaSource<Span>({
            name: input.topic,
            consumer: stageConsumer(options, `${groupId}.${input.topic}`),
            topics: [input.topic],
            decoder: decoderOf(input, options.schemaRegistryUrl),
          }),
      );
      const streams = sources.map((s) =>
        job.source(s, { name: s.name, timestamp: spanEndTime, ...inFlightBounds(options) }),
      );
      const [first, ...rest] = streams;
      if (first === undefined) throw new HtError('CONFIG_INVALID', 'no input topic');
      (rest.length > 0 ? first.union(...rest) : first).to(
        rawSpansSink(spanSink, async () => producer.disconnect()),
        KAFKA_SINK_OPTIONS,
      );
      return {
        job,
        metricsText: () => sources.map((s) => s.stats.toPrometheus()).join('') + spanSink.toPrometheus(),
        close: async () => {},
      };
    },
  });
}

function decoderOf(input: NormalizerInput, registryUrl: string): KafkaRecordDecoder<Span> {
  if (input.encoding === 'avro') {
    return avroRegistryDecoder({
      registry: httpSchemaRegistry({ url: registryUrl }),
      codec: rawSpanCodec,
      subject: topicValueSubject,
    });
  }
  return kafkaSpanDecoder(input.encoding, input.tenancy ?? {});
}

/** The engine's sink of spans over the receivers' Kafka span sink: one `accept` per tenant of a batch. */
function rawSpansSink(spanSink: KafkaSpanSink, close: () => Promise<void>): Sink<Span> {
  return {
    name: spanSink.name,
    async write(spans) {
      const byTenant = new Map<string, Span[]>();
      for (const span of spans) {
        const list = byTenant.get(span.tenantId) ?? [];
        list.push(span);
        byTenant.set(span.tenantId, list);
      }
      for (const [tenantId, list] of byTenant) {
        const result = await spanSink.accept(list, { tenantId, receiver: 'normalizer', format: 'kafka' });
        if (result.status === 'full') {
          throw new HtError('RESOURCE_EXHAUSTED', `raw-spans: ${result.reason ?? 'too many spans in flight'}`, {
            retriable: true,
          });
        }
      }
    },
    close,
  };
}
