import type { Position, Source, SourceContext } from '@ht/stream-core';
import type { KafkaBatch, KafkaBatchControl, KafkaConsumerPort, KafkaTopicPartition } from '@ht/stream-core/kafka';
import { partitionId } from '@ht/stream-core/kafka';
import type { BadKafkaRecord, KafkaRecordDecoder } from './KafkaRecordDecoder.js';
import { KafkaSourceStats } from './KafkaSourceStats.js';
import { OffsetCommitter } from './OffsetCommitter.js';
import { readBatch } from './readBatch.js';
import type { AssignedPartition } from './readBatch.js';

/**
 * Options of a {@link KafkaSource}.
 *
 * @example
 * ```ts
 * const options: KafkaSourceOptions<Span> = { consumer, topics: ['otlp_spans'], decoder: kafkaSpanDecoder('otlp_proto') };
 * ```
 */
export interface KafkaSourceOptions<T> {
  /** Default `kafka:<topics>`. */
  readonly name?: string;
  readonly consumer: KafkaConsumerPort;
  readonly topics: readonly string[];
  readonly decoder: KafkaRecordDecoder<T>;
  /** Values per emit, the unit of acknowledgement (and so of commits). Default 1000. */
  readonly maxValuesPerEmit?: number;
  /**
   * Told of every record that could not be used (a dead-letter hook). The partition moves on once it
   * resolves. Default: one warning line on stderr naming topic, partition, offset and reason.
   */
  readonly onBadRecord?: (bad: BadKafkaRecord) => void | Promise<void>;
  /** How long `stop` waits for emitted records to be acknowledged and committed. Default 10 000 ms. */
  readonly stopTimeoutMs?: number;
  readonly stats?: KafkaSourceStats;
  /**
   * What the topic's producer keyed each message by (`Source.messageKey`), such as `'tenant:traceId'`:
   * lets a job keep keyed state per partition (`partitionState`) over this source.
   */
  readonly messageKey?: string;
}

/**
 * A stream-core {@link Source} over a Kafka consumer group. Each partition is an engine partition
 * (`topic:partition`, so watermarks are per Kafka partition); positions are offsets; an acknowledged
 * offset `n` is committed as `n + 1` (never before the engine acknowledges it). Backpressure pauses and
 * resumes single partitions. At every (re)assignment the previous partitions are revoked in the engine
 * (their in-flight offsets are never committed by this member) and reading resumes at the committed
 * offsets, or after `ctx.startPositions` on a partition's first assignment after a checkpoint restore.
 *
 * @example
 * ```ts
 * import { kafkajsConsumer } from '@ht/stream-core/kafka';
 *
 * const consumer = kafkajsConsumer(kafka, { groupId: 'ht-normalizer' });
 * const source = new KafkaSource({ consumer, topics: ['otlp_spans'], decoder: kafkaSpanDecoder('otlp_proto') });
 * job.source(source, { timestamp: spanStartTime }).to(spanSink);
 * ```
 */
export class KafkaSource<T> implements Source<T> {
  readonly name: string;
  readonly messageKey: string | undefined;
  readonly stats: KafkaSourceStats;
  private ctx: SourceContext<T> | undefined;
  private assigned = new Map<string, AssignedPartition>();
  private readonly restored = new Set<string>();
  /** Restores of per-partition state under way: the partition's batches wait for them. */
  private readonly restoring = new Map<string, Promise<void>>();
  /** Per partition, the restored position: records up to it are in the restored state already. */
  private readonly skipThrough = new Map<string, bigint>();
  private readonly committer: OffsetCommitter;
  private stopped = false;
  /** The consumer left the group: nothing can be committed any more. */
  private left = false;
  private settled: (() => void) | undefined;

  constructor(private readonly options: KafkaSourceOptions<T>) {
    this.name = options.name ?? `kafka:${options.topics.join(',')}`;
    this.messageKey = options.messageKey;
    this.stats = options.stats ?? new KafkaSourceStats(this.name);
    this.committer = new OffsetCommitter((offsets) => options.consumer.commit(offsets), {
      committed: () => this.stats.add('commits'),
      failed: () => this.stats.add('commit_failures'),
    });
  }

  /** The last offset committed per `topic:partition` (the next record to read). */
  get committed(): ReadonlyMap<string, string> {
    return this.committer.committed;
  }

  async start(ctx: SourceContext<T>): Promise<void> {
    this.ctx = ctx;
    await this.options.consumer.start(this.options.topics, {
      onAssigned: (assignment) => this.onAssigned(assignment),
      onBatch: (batch, control) => this.onBatch(batch, control),
      onCrash: (error) => ctx.fail(error),
    });
  }

  pause(partition: string): void {
    const p = this.assigned.get(partition);
    if (p === undefined || p.paused) return;
    p.paused = true;
    this.stats.add('pauses');
    this.options.consumer.pause(p.tp);
  }

  resume(partition: string): void {
    const p = this.assigned.get(partition);
    if (p === undefined || !p.paused) return;
    p.paused = false;
    if (!this.stopped) this.options.consumer.resume(p.tp);
  }

  ack(partition: string, position: Position): void {
    const p = this.assigned.get(partition);
    if (p === undefined || this.left) return;
    p.lastAcked = String(position);
    this.committer.request(p.tp, (BigInt(position) + 1n).toString());
    this.checkSettled();
  }

  /**
   * Stops reading, waits (up to `stopTimeoutMs`) until what was emitted is acknowledged, commits it and
   * leaves the group. What is acknowledged later is read again by the next owner of its partition.
   */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const p of this.assigned.values()) this.options.consumer.pause(p.tp);
    const timeoutMs = this.options.stopTimeoutMs ?? 10_000;
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      this.settled = resolve;
      timer = setTimeout(resolve, timeoutMs);
      this.checkSettled();
    });
    clearTimeout(timer);
    this.settled = undefined;
    await this.committer.flush();
    this.left = true;
    await this.options.consumer.stop();
  }

  private onAssigned(assignment: readonly KafkaTopicPartition[]): void {
    const ctx = this.ctx;
    if (ctx === undefined) return;
    this.stats.add('assignments');
    // kafkajs rejoins eagerly: after every join each partition is read again from its committed offset,
    // so whatever is in flight from before belongs to no one here any more.
    const next = new Set(assignment.map(partitionId));
    for (const [id, p] of this.assigned) {
      ctx.revoke(id);
      this.committer.drop(p.tp);
      if (!next.has(id)) this.stats.add('partitions_revoked');
    }
    this.assigned = new Map();
    for (const tp of assignment) {
      const id = partitionId(tp);
      this.assigned.set(id, { id, tp, paused: false, lastEmitted: undefined, lastAcked: undefined });
      // Credits start full for a new assignment; the client may still hold an old pause.
      this.options.consumer.resume(tp);
      const from = ctx.startPositions.get(id);
      if (from !== undefined && !this.restored.has(id)) {
        this.restored.add(id);
        this.options.consumer.seek(tp, (BigInt(from) + 1n).toString());
      }
    }
    ctx.assign([...next]);
    // Per-partition state: a partition's records wait for its restore, then start after the restored position.
    for (const p of this.assigned.values()) {
      const restoring = ctx.whenRestored(p.id);
      if (restoring === undefined) continue;
      this.restoring.set(
        p.id,
        restoring.then(() => {
          const from = ctx.startPositions.get(p.id);
          if (from !== undefined) this.skipThrough.set(p.id, BigInt(from));
          this.restoring.delete(p.id);
        }),
      );
    }
    this.checkSettled();
  }

  private async onBatch(whole: KafkaBatch, control: KafkaBatchControl): Promise<void> {
    const id = partitionId(whole);
    const restoring = this.restoring.get(id);
    if (restoring !== undefined) await restoring;
    const batch = this.afterRestoredPosition(whole, control);
    if (batch.messages.length === 0) return;
    const ctx = this.ctx;
    const p = this.assigned.get(id);
    if (ctx === undefined || p === undefined || this.stopped || p.paused) {
      this.stats.add('batches_skipped');
      return;
    }
    await readBatch(batch, p, {
      ctx,
      decoder: this.options.decoder,
      stats: this.stats,
      maxValuesPerEmit: this.options.maxValuesPerEmit ?? 1000,
      onBadRecord: this.options.onBadRecord ?? warnBadRecord,
      control,
      current: (q) => !this.stopped && this.assigned.get(q.id) === q,
    });
  }

  /** Drops the records at or before the partition's restored position (marking them consumed). */
  private afterRestoredPosition(batch: KafkaBatch, control: KafkaBatchControl): KafkaBatch {
    const skip = this.skipThrough.get(partitionId(batch));
    if (skip === undefined) return batch;
    const first = batch.messages.findIndex((m) => BigInt(m.offset) > skip);
    if (first === 0) {
      this.skipThrough.delete(partitionId(batch));
      return batch;
    }
    const covered = first === -1 ? batch.messages : batch.messages.slice(0, first);
    const last = covered.at(-1);
    if (last !== undefined) control.consumed(last.offset);
    this.stats.add('records_restored_skipped', covered.length);
    return { ...batch, messages: first === -1 ? [] : batch.messages.slice(first) };
  }

  private checkSettled(): void {
    if (this.settled === undefined) return;
    for (const p of this.assigned.values()) if (p.lastEmitted !== p.lastAcked) return;
    this.settled();
  }
}

function warnBadRecord(bad: BadKafkaRecord): void {
  process.stderr.write(
    `[ht kafka source] ${bad.kind} record at ${bad.topic}[${bad.partition}]@${bad.offset}: ${bad.reason}\n`,
  );
}
