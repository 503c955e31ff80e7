import type { Logger } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';
import { AssignerProtocol } from 'kafkajs';
import type { Consumer, Kafka, PartitionAssigner } from 'kafkajs';

/** The protocol name every member of a lease group speaks (members of another protocol cannot join). */
const PROTOCOL = 'HtMaintenanceLease';

/** What a member tells the group: when it asked for the lease (the oldest asker holds it). */
interface LeaseClaim {
  readonly since: number;
}

function claimOf(userData: Buffer | null | undefined): LeaseClaim {
  try {
    const parsed = JSON.parse(userData?.toString() ?? '') as Partial<LeaseClaim>;
    return { since: typeof parsed.since === 'number' ? parsed.since : Number.MAX_SAFE_INTEGER };
  } catch {
    return { since: Number.MAX_SAFE_INTEGER };
  }
}

/**
 * The partition assigner of a lease group: every partition of the subscribed topics to the member that
 * asked first (the earliest `since`, then the smallest member id), nothing to the others. A member that
 * holds the lease keeps it through rebalances, whoever joins after it.
 */
function oldestMemberAssigner(since: number): PartitionAssigner {
  return ({ cluster }) => ({
    name: PROTOCOL,
    version: 0,
    assign({ members, topics }) {
      const ranked = members
        .map((m) => ({
          memberId: m.memberId,
          since: claimOf(AssignerProtocol.MemberMetadata.decode(m.memberMetadata)?.userData).since,
        }))
        .sort((a, b) => a.since - b.since || a.memberId.localeCompare(b.memberId));
      const holder = ranked[0]?.memberId;
      const everything: Record<string, number[]> = {};
      for (const topic of topics) {
        everything[topic] = cluster.findTopicPartitionMetadata(topic).map((p) => p.partitionId);
      }
      return Promise.resolve(
        ranked.map(({ memberId }) => ({
          memberId,
          memberAssignment: AssignerProtocol.MemberAssignment.encode({
            version: 0,
            assignment: memberId === holder ? everything : {},
            userData: Buffer.alloc(0),
          }),
        })),
      );
    },
    protocol({ topics }) {
      return {
        name: PROTOCOL,
        metadata: AssignerProtocol.MemberMetadata.encode({
          version: 0,
          topics,
          userData: Buffer.from(JSON.stringify({ since } satisfies LeaseClaim)),
        }),
      };
    },
  });
}

/**
 * Options of {@link KafkaMaintenanceLease}.
 *
 * @example
 * ```ts
 * const options: KafkaMaintenanceLeaseOptions = { kafka, groupId: 'ht-views-maintenance', topic: 'enriched-traces' };
 * ```
 */
export interface KafkaMaintenanceLeaseOptions {
  /** The user's kafkajs instance. */
  readonly kafka: Kafka;
  /** The lease's consumer group: one per store (default in the views stage: `<views group>-maintenance`). */
  readonly groupId: string;
  /** A topic the members subscribe to (they never read it: the holder pauses it, the others get nothing). */
  readonly topic: string;
  /** How long a holder that died (`kill -9`) keeps the lease. Default 30 000 ms. */
  readonly sessionTimeoutMs?: number;
  /** How long {@link KafkaMaintenanceLease.acquire} waits to join the group. Default 60 000 ms. */
  readonly joinTimeoutMs?: number;
  readonly logger?: Logger;
}

/**
 * The right to run a store's retention and rollups, held by one process at a time through Kafka: a
 * consumer group whose partitions all go to the member that asked first (a group of one, in effect).
 * The holder stays a member (heartbeats) while it runs; a second process asking while it does is refused.
 * When the holder stops, it leaves the group and the lease is free at once; when it dies, the broker
 * frees it after `sessionTimeoutMs`.
 *
 * @example
 * ```ts
 * const lease = new KafkaMaintenanceLease({ kafka, groupId: 'ht-views-maintenance', topic: 'enriched-traces' });
 * await lease.acquire(); // throws CONFIG_INVALID when another copy holds it
 * lease.onLost(() => console.error('stop retention and rollups here'));
 * // … run retention and rollups …
 * await lease.release();
 * ```
 */
export class KafkaMaintenanceLease {
  private consumer: Consumer | undefined;
  private held = false;
  private lostHandler: (() => void) | undefined;

  constructor(private readonly options: KafkaMaintenanceLeaseOptions) {}

  /** Whether this process holds the lease now. */
  isHeld(): boolean {
    return this.held;
  }

  /** `handler` runs once if the lease is taken away after it was acquired (the consumer crashed, a rebalance). */
  onLost(handler: () => void): void {
    this.lostHandler = handler;
  }

  /**
   * Joins the lease group and resolves once this process holds the lease. Rejects with `CONFIG_INVALID`
   * when another process holds it (then it has left the group again), with `DEPENDENCY_UNAVAILABLE` when it
   * could not join within `joinTimeoutMs`.
   */
  async acquire(): Promise<void> {
    const { kafka, groupId, topic } = this.options;
    const sessionTimeout = this.options.sessionTimeoutMs ?? 30_000;
    const consumer = kafka.consumer({
      groupId,
      sessionTimeout,
      // Heartbeats are how the holder learns of a rebalance: often, so a refused copy is answered quickly.
      heartbeatInterval: Math.max(200, Math.min(1_000, Math.floor(sessionTimeout / 10))),
      maxWaitTimeInMs: 1_000,
      partitionAssigners: [oldestMemberAssigner(Date.now())],
      maxBytesPerPartition: 1,
    });
    this.consumer = consumer;
    let settle!: (assigned: boolean) => void;
    const firstJoin = new Promise<boolean>((resolve) => (settle = resolve));
    consumer.on(consumer.events.GROUP_JOIN, (event) => {
      const assigned = Object.values(event.payload.memberAssignment).some((p) => p.length > 0);
      if (assigned) consumer.pause([{ topic }]);
      settle(assigned);
      if (this.held && !assigned) this.lose(`a rebalance of ${groupId} gave the lease to another member`);
    });
    consumer.on(consumer.events.CRASH, (event) => {
      if (this.held) this.lose(`the lease's consumer crashed (${event.payload.error.message})`);
    });
    const timeoutMs = this.options.joinTimeoutMs ?? 60_000;
    let timer: NodeJS.Timeout | undefined;
    try {
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: false });
      await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: () => Promise.resolve() });
      const assigned = await Promise.race([
        firstJoin,
        new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs))),
      ]);
      if (assigned === 'timeout') {
        throw new HtError(
          'DEPENDENCY_UNAVAILABLE',
          `the maintenance lease (consumer group ${groupId}) could not be joined within ${timeoutMs} ms`,
        );
      }
      if (!assigned) {
        throw new HtError(
          'CONFIG_INVALID',
          `another process runs the store's retention and rollups (it holds the maintenance lease, consumer group ${groupId}): ` +
            'run --maintenance (createViewsStage({ maintenance })) on one copy of the views stage only',
        );
      }
      this.held = true;
      this.options.logger?.info({ groupId }, 'maintenance lease acquired: this process runs retention and rollups');
    } catch (error) {
      await this.release();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Leaves the lease group (the next process asking gets the lease at once). Safe to call twice. */
  async release(): Promise<void> {
    this.held = false;
    const consumer = this.consumer;
    this.consumer = undefined;
    await consumer?.disconnect().catch(() => undefined);
  }

  private lose(reason: string): void {
    this.held = false;
    this.options.logger?.error({ groupId: this.options.groupId }, `maintenance lease lost: ${reason}`);
    const handler = this.lostHandler;
    this.lostHandler = undefined;
    handler?.();
  }
}
