import type {
  KafkaCommit,
  KafkaConsumerHandlers,
  KafkaConsumerPort,
  KafkaMessage,
  KafkaTopicPartition,
} from '@ht/stream-core/kafka';
import { partitionId } from '@ht/stream-core/kafka';

/** Topics held in memory, with one group's committed offsets: what a broker keeps for the fake consumers. */
export class FakeKafkaCluster {
  readonly topics = new Map<string, KafkaMessage[][]>();
  /** `topic:partition` -> the next offset to read, as committed. */
  readonly committed = new Map<string, string>();
  /** Every commit request accepted, in order. */
  readonly commitLog: KafkaCommit[][] = [];

  createTopic(topic: string, partitions: number): void {
    this.topics.set(
      topic,
      Array.from({ length: partitions }, () => []),
    );
  }

  produce(topic: string, partition: number, value: Buffer | null, headers: Record<string, string> = {}): string {
    const log = this.topics.get(topic)?.[partition];
    if (log === undefined) throw new Error(`no partition ${topic}:${partition}`);
    const offset = String(log.length);
    log.push({ topic, partition, offset, key: null, value, headers });
    return offset;
  }

  partitions(topics: readonly string[]): KafkaTopicPartition[] {
    return topics.flatMap((topic) => (this.topics.get(topic) ?? []).map((_, partition) => ({ topic, partition })));
  }
}

/**
 * A consumer-group member over a {@link FakeKafkaCluster}: delivers batches of up to `batchSize` records
 * per partition from its fetch position (the committed offset after each assignment, as kafkajs does),
 * honours pause/resume/seek, and lets a test rebalance it and fail its commits.
 */
export class FakeKafkaConsumer implements KafkaConsumerPort {
  handlers: KafkaConsumerHandlers | undefined;
  assignment: KafkaTopicPartition[] = [];
  readonly paused = new Set<string>();
  readonly position = new Map<string, number>();
  readonly seeks: [string, string][] = [];
  readonly batchErrors: unknown[] = [];
  running = false;
  stopped = false;
  pauses = 0;
  /** Commits to refuse (each rejects one request). */
  failCommits = 0;
  /** Hold every commit until `releaseCommits` (to observe coalescing). */
  holdCommits = false;
  private held: (() => void)[] = [];
  private generation = 0;
  private loop: Promise<void> | undefined;

  constructor(
    readonly cluster: FakeKafkaCluster,
    private readonly options: { batchSize?: number; autoAssign?: boolean } = {},
  ) {}

  async start(topics: readonly string[], handlers: KafkaConsumerHandlers): Promise<void> {
    this.handlers = handlers;
    this.running = true;
    if (this.options.autoAssign ?? true) this.rebalance(this.cluster.partitions(topics));
    this.loop = this.run();
  }

  /** A new generation with this assignment: fetch positions restart at the committed offsets. */
  rebalance(assignment: readonly KafkaTopicPartition[]): void {
    this.generation++;
    this.assignment = [...assignment];
    this.position.clear();
    for (const tp of assignment)
      this.position.set(partitionId(tp), Number(this.cluster.committed.get(partitionId(tp)) ?? 0));
    this.handlers?.onAssigned(assignment);
  }

  pause(tp: KafkaTopicPartition): void {
    this.pauses++;
    this.paused.add(partitionId(tp));
  }

  resume(tp: KafkaTopicPartition): void {
    this.paused.delete(partitionId(tp));
  }

  seek(tp: KafkaTopicPartition, offset: string): void {
    this.seeks.push([partitionId(tp), offset]);
    this.position.set(partitionId(tp), Number(offset));
  }

  async commit(offsets: readonly KafkaCommit[]): Promise<void> {
    const generation = this.generation;
    if (this.holdCommits) await new Promise<void>((resolve) => this.held.push(resolve));
    if (this.failCommits > 0) {
      this.failCommits--;
      throw new Error('REBALANCE_IN_PROGRESS (fake)');
    }
    // Like the broker: a commit of an older generation is refused.
    if (generation !== this.generation) throw new Error('ILLEGAL_GENERATION (fake)');
    this.cluster.commitLog.push([...offsets]);
    for (const o of offsets) this.cluster.committed.set(partitionId(o), o.offset);
  }

  releaseCommits(): void {
    this.holdCommits = false;
    for (const release of this.held.splice(0)) release();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopped = true;
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let delivered = false;
      for (const tp of this.assignment) {
        const id = partitionId(tp);
        const log = this.cluster.topics.get(tp.topic)?.[tp.partition] ?? [];
        const from = this.position.get(id) ?? 0;
        if (this.paused.has(id) || from >= log.length || !this.running) continue;
        const messages = log.slice(from, from + (this.options.batchSize ?? 100));
        const generation = this.generation;
        delivered = true;
        try {
          await this.handlers?.onBatch(
            { ...tp, messages },
            {
              consumed: (offset) => {
                if (generation === this.generation) this.position.set(id, Number(offset) + 1);
              },
              isActive: () => this.running && generation === this.generation,
            },
          );
        } catch (error) {
          // Like kafkajs: a failed batch is fetched again from the same position.
          this.batchErrors.push(error);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, delivered ? 0 : 2));
    }
  }
}
