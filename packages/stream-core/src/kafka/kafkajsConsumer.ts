import type { Consumer, EachBatchPayload, IHeaders, Kafka } from 'kafkajs';
import { HtError } from '../errors/HtError.js';
import type {
  KafkaCommit,
  KafkaConsumerHandlers,
  KafkaConsumerPort,
  KafkaMessage,
  KafkaTopicPartition,
} from './KafkaConsumerPort.js';
import { isTransientKafkaError } from './transientKafkaError.js';

/**
 * Options of {@link kafkajsConsumer}.
 *
 * @example
 * ```ts
 * const options: KafkajsConsumerOptions = { groupId: 'billing', sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500 };
 * ```
 */
export interface KafkajsConsumerOptions {
  readonly groupId: string;
  /** A member silent this long is dropped and its partitions move. Default 30 000 (the tests use 6 000). */
  readonly sessionTimeoutMs?: number;
  /** Default a third of the session timeout, at most 3 000. */
  readonly heartbeatIntervalMs?: number;
  /** Broker-side wait for data, and the sleep when every partition is paused. Default 250. */
  readonly maxWaitTimeMs?: number;
  /**
   * Bytes per partition per fetch. Default 1 MiB. A record batch larger than this still comes whole
   * (the broker returns the first batch of a partition whatever its size), but raise it to the topic's
   * `max.message.bytes` for topics of large records (traces) so a fetch is not cut short.
   */
  readonly maxBytesPerPartition?: number;
  /** Bytes per fetch over all partitions. Default kafkajs's 10 MiB, or more to fit `maxBytesPerPartition`. */
  readonly maxBytes?: number;
  /** A group without committed offsets starts at the earliest record (true, the default) or the latest. */
  readonly fromBeginning?: boolean;
  /**
   * Told each time the consumer stopped on a broker that is away (kafkajs gave up and did not restart it)
   * and is started again here, after `delayMs`.
   */
  readonly onRestart?: (error: unknown, attempt: number, delayMs: number) => void;
}

/**
 * A {@link KafkaConsumerPort} over a kafkajs consumer group: `eachBatch` with auto-commit and
 * auto-resolve off, the assignment reported from the `GROUP_JOIN` event, commits sent once through the
 * batch's own `commitOffsetsIfNecessary(offsets)` (kafkajs's `consumer.commitOffsets` retries, and a
 * retry after a rebalance would commit under the new generation a partition that may have moved).
 * When kafkajs stops the consumer on a broker that is away longer than its retries (a crash it does not
 * restart: "Failed to find group coordinator", connection errors), the consumer is connected and run
 * again here, with backoff (1 s doubling to 30 s) until it works or the port is stopped; it then rejoins
 * the group like after a rebalance. Other crashes go to `onCrash`.
 *
 * @example
 * ```ts
 * import { Kafka } from 'kafkajs';
 *
 * const port = kafkajsConsumer(new Kafka({ clientId: 'ht', brokers: ['127.0.0.1:9092'] }), { groupId: 'billing' });
 * ```
 */
export function kafkajsConsumer(kafka: Kafka, options: KafkajsConsumerOptions): KafkaConsumerPort {
  const sessionTimeout = options.sessionTimeoutMs ?? 30_000;
  const consumer: Consumer = kafka.consumer({
    groupId: options.groupId,
    sessionTimeout,
    rebalanceTimeout: Math.max(sessionTimeout, 10_000),
    heartbeatInterval: options.heartbeatIntervalMs ?? Math.min(3_000, Math.floor(sessionTimeout / 3)),
    maxWaitTimeInMs: options.maxWaitTimeMs ?? 250,
    maxBytesPerPartition: options.maxBytesPerPartition ?? 1_048_576,
    maxBytes: options.maxBytes ?? Math.max(10_485_760, 2 * (options.maxBytesPerPartition ?? 0)),
    allowAutoTopicCreation: false,
  });
  let commitInGeneration: EachBatchPayload['commitOffsetsIfNecessary'] | undefined;
  let removeListeners: (() => void)[] = [];
  let stopped = false;
  let restartTimer: NodeJS.Timeout | undefined;
  return {
    async start(topics, handlers: KafkaConsumerHandlers) {
      /** Connects and runs the consumer again after a crash kafkajs did not restart (the broker was away). */
      const restart = (error: unknown, attempt: number): void => {
        const delayMs = Math.min(1_000 * 2 ** attempt, 30_000);
        options.onRestart?.(error, attempt, delayMs);
        restartTimer = setTimeout(() => {
          if (stopped) return;
          consumer
            .connect()
            .then(() => consumer.run(runConfig))
            .catch((e: unknown) => {
              if (stopped) return;
              if (isTransientKafkaError(e)) restart(e, attempt + 1);
              else handlers.onCrash(e);
            });
        }, delayMs);
      };
      removeListeners = [
        consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
          const assignment: KafkaTopicPartition[] = [];
          for (const [topic, partitions] of Object.entries(payload.memberAssignment))
            for (const partition of partitions) assignment.push({ topic, partition });
          handlers.onAssigned(assignment);
        }),
        consumer.on(consumer.events.CRASH, ({ payload }) => {
          if (payload.restart || stopped) return;
          if (isTransientKafkaError(payload.error)) restart(payload.error, 0);
          else handlers.onCrash(payload.error);
        }),
      ];
      await consumer.connect();
      await consumer.subscribe({ topics: [...topics], fromBeginning: options.fromBeginning ?? true });
      const runConfig: Parameters<Consumer['run']>[0] = {
        autoCommit: false,
        eachBatchAutoResolve: false,
        eachBatch: async (payload) => {
          commitInGeneration = (offsets) => payload.commitOffsetsIfNecessary(offsets);
          const { batch } = payload;
          const messages: KafkaMessage[] = batch.messages.map((m) => ({
            topic: batch.topic,
            partition: batch.partition,
            offset: m.offset,
            key: m.key,
            value: m.value,
            headers: lastValues(m.headers),
          }));
          await handlers.onBatch(
            { topic: batch.topic, partition: batch.partition, messages },
            {
              consumed: (offset) => payload.resolveOffset(offset),
              isActive: () => payload.isRunning() && !payload.isStale(),
            },
          );
        },
      };
      await consumer.run(runConfig);
    },
    pause: (tp) => consumer.pause([{ topic: tp.topic, partitions: [tp.partition] }]),
    resume: (tp) => consumer.resume([{ topic: tp.topic, partitions: [tp.partition] }]),
    seek: (tp, offset) => consumer.seek({ topic: tp.topic, partition: tp.partition, offset }),
    async commit(offsets: readonly KafkaCommit[]) {
      if (commitInGeneration === undefined) {
        throw new HtError('LIFECYCLE', 'Kafka: nothing was consumed yet, so there is nothing to commit');
      }
      const byTopic = new Map<string, { partition: number; offset: string }[]>();
      for (const o of offsets) {
        const list = byTopic.get(o.topic) ?? [];
        list.push({ partition: o.partition, offset: o.offset });
        byTopic.set(o.topic, list);
      }
      await commitInGeneration({ topics: [...byTopic].map(([topic, partitions]) => ({ topic, partitions })) });
    },
    async stop() {
      stopped = true;
      clearTimeout(restartTimer);
      for (const remove of removeListeners) remove();
      removeListeners = [];
      await consumer.disconnect();
    },
  };
}

function lastValues(headers: IHeaders | undefined): Record<string, Buffer | string | undefined> {
  const out: Record<string, Buffer | string | undefined> = {};
  if (headers === undefined) return out;
  for (const [key, value] of Object.entries(headers)) out[key] = Array.isArray(value) ? value.at(-1) : value;
  return out;
}
