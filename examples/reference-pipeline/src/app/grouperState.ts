import { resolve } from 'node:path';
import { FilePartitionSnapshotStore } from '@ht/stream-core';
import type { PartitionSnapshotStore } from '@ht/stream-core';
import { KafkaPartitionSnapshotStore } from '@ht/stream-core/kafka';
import type { Kafka } from 'kafkajs';
import type { GrouperStateConfig } from '../config/grouperStateConfig.js';
import type { GrouperStateOptions } from '../stages/index.js';
import { closeRedis, connectRedis } from './redisClient.js';

/** What {@link grouperStateOf} needs besides the config. */
export interface GrouperStateContext {
  /** The stage's Kafka client (the Kafka store writes through it). */
  readonly kafka: Kafka;
  /** `kafka.groupPrefix`: the Kafka store's topic defaults to `<groupPrefix>-grouper-state`. */
  readonly groupPrefix: string;
  /** `kafka.partitions`: the Kafka store topic's partitions unless `store.partitions` says. */
  readonly partitions: number;
  /** Where a relative `store.dir` resolves (the config file's folder; default the working directory). */
  readonly configDir?: string;
}

/** The grouper stage's `state` option for a `grouper.state` section, and what to close after the stage. */
export interface GrouperState {
  readonly state: GrouperStateOptions;
  /** Releases what the store holds (the Redis connection); call after the stage stopped. */
  readonly close: () => Promise<void>;
}

const nothingToClose = (): Promise<void> => Promise.resolve();

/**
 * Builds the grouper stage's `state` from `grouper.state` (docs/configuration.md): `memory`, or state
 * per `raw-spans` partition in the Kafka (default), Redis or file snapshot store.
 *
 * @example
 * ```ts
 * const { state, close } = await grouperStateOf(config.grouper.state, { kafka, groupPrefix: 'ht', partitions: 6 });
 * const stage = createGrouperStage({ ...options, state });
 * ```
 */
export async function grouperStateOf(config: GrouperStateConfig, ctx: GrouperStateContext): Promise<GrouperState> {
  if (config.kind === 'memory') return { state: { kind: 'memory' }, close: nothingToClose };
  let store: PartitionSnapshotStore;
  let close = nothingToClose;
  const s = config.store;
  switch (s.type) {
    case 'kafka':
      store = new KafkaPartitionSnapshotStore({
        kafka: ctx.kafka,
        topic: s.topic ?? `${ctx.groupPrefix}-grouper-state`,
        partitions: s.partitions ?? ctx.partitions,
        ...(s.chunkBytes === undefined ? {} : { chunkBytes: s.chunkBytes }),
      });
      break;
    case 'redis': {
      // A lost connection fails the commands that need it (a snapshot, a restore), which the job reports
      // naming the partition (ioredis reconnects meanwhile).
      const client = await connectRedis(s.url, 'grouper.state.store', { maxRetriesPerRequest: 3 });
      const { RedisPartitionSnapshotStore } = await import('@ht/stream-core/redis');
      store = new RedisPartitionSnapshotStore({
        client,
        prefix: s.prefix,
        ...(s.chunkBytes === undefined ? {} : { chunkBytes: s.chunkBytes }),
      });
      close = () => closeRedis(client);
      break;
    }
    case 'file':
      store = new FilePartitionSnapshotStore(resolve(ctx.configDir ?? '.', s.dir));
      break;
  }
  return {
    state: { kind: 'partitions', store, intervalMs: config.intervalMs, restoreTimeoutMs: config.restoreTimeoutMs },
    close,
  };
}
