import { rawSpanCodec } from '@ht/enricher-sdk';
import { KafkaSpanSink, startReceivers } from '@ht/sources';
import type { ReceiverLimits, ReceiverPorts, RunningReceivers, TenancyOptions } from '@ht/sources';
import type { Stage } from './Stage.js';
import type { StageKafkaOptions, StageProducerOptions } from './StageOptions.js';
import { prepareTopics, registeredEncoder, topicsOf } from './stageKafka.js';
import { stageProducer } from './stageProducer.js';

/**
 * Options of {@link createReceiverStage}: the receivers' settings (as in `ht run`) and the Kafka send
 * deadline.
 *
 * @example
 * ```ts
 * const options: ReceiverStageOptions = { kafka, schemaRegistryUrl, receivers: { portOffset: 1000 }, sendTimeoutMs: 5_000 };
 * ```
 */
export interface ReceiverStageOptions extends StageKafkaOptions, StageProducerOptions {
  readonly receivers?: {
    readonly host?: string;
    readonly portOffset?: number;
    /** Per endpoint: a port, or `false` to leave it off. */
    readonly ports?: ReceiverPorts;
    readonly tenancy?: TenancyOptions;
    readonly limits?: Partial<ReceiverLimits>;
  };
  /**
   * How long a request's spans may wait for Kafka's acknowledgement before the client gets 503 / UNAVAILABLE.
   * Default 5 000 ms (the OTel exporters give up after 10 s).
   */
  readonly sendTimeoutMs?: number;
  /** Spans being written at once before requests get 429. Default 100 000. */
  readonly maxPendingSpans?: number;
}

/**
 * A receiver {@link Stage} also tells where its receivers listen.
 *
 * @example
 * ```ts
 * const stage = createReceiverStage({ kafka, schemaRegistryUrl });
 * await stage.start();
 * stage.receivers()?.addresses.otlpHttp?.port;
 * ```
 */
export interface ReceiverStage extends Stage {
  /** The running receivers (after `start`). */
  receivers(): RunningReceivers | undefined;
}

/**
 * The receiver stage: every receiver of `@ht/sources` (OTLP, Zipkin, Jaeger, OpenCensus) writing the
 * spans it gets to `raw-spans` (Avro `RawSpan`, keyed `tenant:traceId`). A client is answered only once
 * Kafka acknowledged its spans (acks=all); when Kafka cannot take them within `sendTimeoutMs` it gets
 * 503 / UNAVAILABLE and retries. Nothing is held in memory between the answer and Kafka.
 *
 * @example
 * ```ts
 * import { Kafka } from 'kafkajs';
 *
 * const stage = createReceiverStage({
 *   kafka: new Kafka({ brokers: ['127.0.0.1:9092'] }),
 *   schemaRegistryUrl: 'http://127.0.0.1:8081/apis/ccompat/v7',
 * });
 * await stage.start(); // OTLP on 4317/4318, Zipkin on 9411, … (docs/contracts.md)
 * ```
 */
export function createReceiverStage(options: ReceiverStageOptions): ReceiverStage {
  const topics = topicsOf(options);
  let running: RunningReceivers | undefined;
  let sink: KafkaSpanSink | undefined;
  let closeProducer: (() => Promise<void>) | undefined;
  let stopping: Promise<void> | undefined;
  let settle!: () => void;
  const done = new Promise<void>((resolve) => (settle = resolve));
  return {
    name: 'receiver',
    async start() {
      if (running !== undefined) return;
      await prepareTopics(options);
      const encoder = await registeredEncoder(options, rawSpanCodec, topics.rawSpans);
      const producer = await stageProducer(options, 'none');
      closeProducer = () => producer.disconnect();
      sink = new KafkaSpanSink({
        producer,
        topic: topics.rawSpans,
        encoder,
        ...(options.sendTimeoutMs === undefined ? {} : { sendTimeoutMs: options.sendTimeoutMs }),
        ...(options.maxPendingSpans === undefined ? {} : { maxPendingSpans: options.maxPendingSpans }),
      });
      const r = options.receivers ?? {};
      try {
        running = await startReceivers({
          sink,
          ...(r.host === undefined ? {} : { host: r.host }),
          ...(r.portOffset === undefined ? {} : { portOffset: r.portOffset }),
          ...(r.ports === undefined ? {} : { ports: r.ports }),
          ...(r.tenancy === undefined ? {} : { tenancy: r.tenancy }),
          ...(r.limits === undefined ? {} : { limits: r.limits }),
          ...(options.logger === undefined ? {} : { logger: options.logger.child({ component: 'receivers' }) }),
        });
      } catch (error) {
        await producer.disconnect().catch(() => undefined);
        throw error;
      }
    },
    stop() {
      stopping ??= (async () => {
        const receivers = running;
        running = undefined;
        // Requests in flight are answered once Kafka acknowledged (or their deadline passed) before this resolves.
        await receivers?.close();
        // An unreachable Kafka would hold the disconnect for its request timeout: give it a few seconds.
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          closeProducer?.().catch(() => undefined),
          new Promise((resolve) => (timer = setTimeout(resolve, 3_000))),
        ]);
        clearTimeout(timer);
        settle();
      })();
      return stopping;
    },
    ready: () => running !== undefined,
    metrics: () => {
      const receiverMetrics = running?.metrics as { toPrometheus?: () => string } | undefined;
      return (receiverMetrics?.toPrometheus?.() ?? '') + (sink?.toPrometheus() ?? '');
    },
    receivers: () => running,
    done,
  };
}
