import { randomUUID } from 'node:crypto';
import type { Kafka, Producer } from 'kafkajs';
import { CompressionTypes } from 'kafkajs';
import type { PartitionSnapshot, PartitionSnapshotStore } from '../checkpoint/PartitionSnapshotStore.js';
import { decodePartitionSnapshot, encodePartitionSnapshot } from '../checkpoint/PartitionSnapshotStore.js';
import type { ChunkManifest } from '../checkpoint/snapshotChunks.js';
import { joinChunks, splitChunks } from '../checkpoint/snapshotChunks.js';
import { HtError } from '../errors/HtError.js';
import { ensureKafkaTopics } from './ensureKafkaTopics.js';

/**
 * Options of a {@link KafkaPartitionSnapshotStore}.
 *
 * @example
 * ```ts
 * const options: KafkaPartitionSnapshotStoreOptions = { kafka, topic: 'ht-grouper-state', partitions: 6 };
 * ```
 */
export interface KafkaPartitionSnapshotStoreOptions {
  readonly kafka: Kafka;
  /** The compacted state topic (created when missing, `cleanup.policy=compact`). */
  readonly topic: string;
  /**
   * Partitions of the state topic when this store creates it. Default 6. An input partition's
   * snapshot goes to state partition `N mod partitions` (`topic:N`), so a restore reads one partition.
   */
  readonly partitions?: number;
  /** Largest chunk (gzip-compressed per message). Default 900 000 bytes, under Kafka's 1 MiB default. */
  readonly chunkBytes?: number;
  /** How long a restore may read the state partition. Default 30 000 ms. */
  readonly readTimeoutMs?: number;
}

const SEP = '\u0000';

/**
 * Keeps each partition's latest snapshot in a compacted Kafka topic: nothing else to run next to the
 * stages. A snapshot is written as chunks of at most `chunkBytes` in one of two slots (by checkpoint id
 * parity), then a manifest naming the slot, so a crash mid-save leaves the previous snapshot whole;
 * chunks beyond the new count are tombstoned, and compaction keeps only the latest of each key. A
 * restore reads the state partition from its start to its end (docs/scaling.md).
 *
 * @example
 * ```ts
 * import { Kafka } from 'kafkajs';
 * const store = new KafkaPartitionSnapshotStore({ kafka: new Kafka({ brokers: ['127.0.0.1:9092'] }), topic: 'ht-grouper-state' });
 * const job = new Job({ name: 'ht-grouper', partitionState: { store } });
 * ```
 */
export class KafkaPartitionSnapshotStore implements PartitionSnapshotStore {
  readonly description: string;
  private producer: Producer | undefined;
  private ready: Promise<number> | undefined;
  /** Chunks known per (job, partition, slot): what to tombstone when a later snapshot is smaller. */
  private readonly known = new Map<string, number>();

  constructor(private readonly options: KafkaPartitionSnapshotStoreOptions) {
    this.description = `kafka:${options.topic}`;
  }

  async save(snapshot: PartitionSnapshot): Promise<void> {
    const statePartitions = await this.prepare();
    const producer = await this.connectedProducer();
    const base = `${snapshot.job}${SEP}${snapshot.partition}`;
    const slot = snapshot.id % 2;
    const bytes = Buffer.from(encodePartitionSnapshot(snapshot));
    const chunks = splitChunks(bytes, this.options.chunkBytes ?? 900_000);
    const manifest: ChunkManifest & { readonly slot: number } = {
      id: snapshot.id,
      chunks: chunks.length,
      bytes: bytes.length,
      slot,
    };
    const partition = statePartitionOf(snapshot.partition, statePartitions);
    const { topic } = this.options;
    try {
      for (const [i, chunk] of chunks.entries()) {
        await producer.send({
          topic,
          acks: -1,
          compression: CompressionTypes.GZIP,
          messages: [{ key: `${base}${SEP}c${SEP}${slot}${SEP}${i}`, value: withId(snapshot.id, chunk), partition }],
        });
      }
      const before = this.known.get(`${base}${SEP}${slot}`) ?? 0;
      const tombstones = [];
      for (let i = chunks.length; i < before; i++) {
        tombstones.push({ key: `${base}${SEP}c${SEP}${slot}${SEP}${i}`, value: null, partition });
      }
      await producer.send({
        topic,
        acks: -1,
        messages: [{ key: `${base}${SEP}m`, value: JSON.stringify(manifest), partition }, ...tombstones],
      });
      this.known.set(`${base}${SEP}${slot}`, chunks.length);
    } catch (cause) {
      throw new HtError(
        'DEPENDENCY_UNAVAILABLE',
        `Kafka: could not save the snapshot of partition ${snapshot.partition} to ${topic}`,
        { cause, retriable: true },
      );
    }
  }

  async load(job: string, partition: string): Promise<PartitionSnapshot | undefined> {
    const statePartitions = await this.prepare();
    const base = `${job}${SEP}${partition}`;
    const latest = await this.readPartition(statePartitionOf(partition, statePartitions), `${base}${SEP}`, partition);
    const manifestBytes = latest.get(`${base}${SEP}m`);
    if (manifestBytes === undefined) return undefined;
    let manifest: ChunkManifest & { readonly slot: number };
    try {
      manifest = JSON.parse(manifestBytes.toString('utf8')) as ChunkManifest & { readonly slot: number };
    } catch (cause) {
      throw new HtError(
        'STATE_FAILED',
        `the snapshot manifest of partition ${partition} (job "${job}") in ${this.options.topic} is corrupt`,
        {
          cause,
        },
      );
    }
    const chunks = Array.from({ length: manifest.chunks }, (_, i) => {
      const value = latest.get(`${base}${SEP}c${SEP}${manifest.slot}${SEP}${i}`);
      return value === undefined || value.readUInt32BE(0) !== manifest.id % 2 ** 32 ? undefined : value.subarray(4);
    });
    this.known.set(`${base}${SEP}${manifest.slot}`, manifest.chunks);
    const bytes = joinChunks(chunks);
    if (bytes === undefined || bytes.length !== manifest.bytes) {
      throw new HtError(
        'STATE_FAILED',
        `snapshot ${manifest.id} of partition ${partition} (job "${job}") in ${this.options.topic} is incomplete: chunks are missing`,
      );
    }
    return decodePartitionSnapshot(bytes.toString('utf8'), job, partition);
  }

  /** Disconnects the producer. */
  async close(): Promise<void> {
    await this.producer?.disconnect();
    this.producer = undefined;
  }

  /** Creates the compacted topic when missing; resolves to its partition count. */
  private prepare(): Promise<number> {
    this.ready ??= ensureKafkaTopics(this.options.kafka, [
      {
        topic: this.options.topic,
        partitions: this.options.partitions ?? 6,
        configs: { 'cleanup.policy': 'compact', 'max.message.bytes': '1048588' },
      },
    ]).then(
      (ensured) => ensured.existing.get(this.options.topic) ?? this.options.partitions ?? 6,
      (e: unknown) => {
        this.ready = undefined;
        throw e;
      },
    );
    return this.ready;
  }

  private async connectedProducer(): Promise<Producer> {
    if (this.producer === undefined) {
      const producer = this.options.kafka.producer({ allowAutoTopicCreation: false });
      await producer.connect();
      this.producer = producer;
    }
    return this.producer;
  }

  /** The latest value of every key starting with `prefix` in one state partition (tombstones removed). */
  private async readPartition(statePartition: number, prefix: string, partition: string): Promise<Map<string, Buffer>> {
    const { kafka, topic } = this.options;
    const admin = kafka.admin();
    await admin.connect();
    let end: bigint;
    try {
      const offsets = await admin.fetchTopicOffsets(topic);
      const at = offsets.find((o) => o.partition === statePartition);
      end = BigInt(at?.high ?? '0');
      if (end === BigInt(at?.low ?? '0')) return new Map();
    } finally {
      await admin.disconnect();
    }
    const latest = new Map<string, Buffer>();
    const groupId = `ht-restore-${randomUUID()}`;
    const consumer = kafka.consumer({ groupId, maxBytesPerPartition: 4 * 1_048_576 });
    const timeoutMs = this.options.readTimeoutMs ?? 30_000;
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new HtError(
                'TIMEOUT',
                `reading the snapshot of partition ${partition} from ${topic} took over ${timeoutMs} ms`,
              ),
            ),
          timeoutMs,
        );
        consumer
          .run({
            autoCommit: false,
            eachBatch: async ({ batch }) => {
              if (batch.partition !== statePartition) {
                consumer.pause([{ topic, partitions: [batch.partition] }]);
                return;
              }
              for (const m of batch.messages) {
                const key = m.key?.toString('utf8');
                if (key === undefined || !key.startsWith(prefix)) continue;
                if (m.value === null) latest.delete(key);
                else latest.set(key, m.value);
              }
              if (BigInt(batch.lastOffset()) + 1n >= end) {
                clearTimeout(timer);
                resolve();
              }
              await Promise.resolve();
            },
          })
          .catch((e: unknown) => {
            clearTimeout(timer);
            reject(e instanceof Error ? e : new Error(String(e)));
          });
      });
    } finally {
      await consumer.disconnect().catch(() => undefined);
      const admin2 = kafka.admin();
      await admin2
        .connect()
        .then(() => admin2.deleteGroups([groupId]))
        .catch(() => undefined)
        .finally(() => admin2.disconnect());
    }
    return latest;
  }
}

/** The state partition of an input partition: `topic:N` → N mod count; other ids by a string hash. */
function statePartitionOf(partition: string, count: number): number {
  const n = Number(partition.slice(partition.lastIndexOf(':') + 1));
  if (Number.isInteger(n) && n >= 0) return n % count;
  let h = 0;
  for (let i = 0; i < partition.length; i++) h = (h * 31 + partition.charCodeAt(i)) >>> 0;
  return h % count;
}

/** A chunk value: its checkpoint id (4 bytes, so a chunk of another snapshot is told apart), then the bytes. */
function withId(id: number, chunk: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(id % 2 ** 32);
  return Buffer.concat([head, chunk]);
}
