import { z } from 'zod';
import { durationMs } from './duration.js';
import { countOf } from './port.js';

const STATE_KINDS = ['memory', 'partitions'] as const;
const STORE_TYPES = ['kafka', 'redis', 'file'] as const;

const memory = z.strictObject({ kind: z.literal('memory') });

const kafkaStore = z.strictObject({
  type: z.literal('kafka'),
  /** The compacted topic of the snapshots; default `<kafka.groupPrefix>-grouper-state`. */
  topic: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,249}$/, { message: 'must be a Kafka topic name; use letters, digits, . _ and -' })
    .optional(),
  /** Partitions of that topic (input partition N goes to N mod this); default `kafka.partitions`. */
  partitions: countOf(1).optional(),
  /** Largest message written, before gzip. Default 900 000 bytes. */
  chunkBytes: countOf(1_024).optional(),
});

const redisStore = z.strictObject({
  type: z.literal('redis'),
  url: z
    .string()
    .refine((url) => URL.canParse(url) && /^rediss?:$/.test(new URL(url).protocol), {
      message: 'must be a redis:// or rediss:// URL; write it like redis://127.0.0.1:6379',
    })
    .default('redis://127.0.0.1:6379'),
  /** Key prefix. Default `ht`. */
  prefix: z.string().min(1).default('ht'),
  /** Largest value written. Default 1 MiB. */
  chunkBytes: countOf(1_024).optional(),
});

const fileStore = z.strictObject({
  type: z.literal('file'),
  /** The folder of the snapshots, relative to the config file's folder: one shared by every copy. */
  dir: z.string().min(1, { message: 'must name a folder; write a path such as ./ht-data/grouper-state' }),
});

const snapshotStore = z.discriminatedUnion('type', [kafkaStore, redisStore, fileStore], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? `must be one of ${STORE_TYPES.join(', ')}; pick where the copies keep each partition's snapshots`
      : undefined,
});

const partitions = z.strictObject({
  kind: z.literal('partitions'),
  /** Where each partition's snapshots go; default the Kafka store (nothing else to run). */
  store: snapshotStore.prefault({ type: 'kafka' }),
  /** How often each partition's open traces are snapshotted. Default 10 s. */
  intervalMs: durationMs(1).default(10_000),
  /** How long restoring an assignment may take before its partitions replay instead. Default 30 s. */
  restoreTimeoutMs: durationMs(1).default(30_000),
});

/**
 * `grouper.state`, used by `ht stage grouper` (docs/scaling.md): where the grouper stage keeps its open
 * traces. `memory` (the default): in the process, for one copy (spans of traces open when it stops are
 * read again by the next owner). `partitions`: per `raw-spans` partition, snapshotted every `intervalMs`
 * with the partition's offset into `store`, restored by whichever copy the partition moves to, for N
 * copies sharing the consumer group. `store.type`: `kafka` (the default: a compacted topic), `redis` or
 * `file` (a folder every copy sees).
 *
 * @example
 * ```ts
 * grouperStateConfigSchema.parse({ kind: 'partitions', store: { type: 'redis' } }).kind; // 'partitions'
 * ```
 */
export const grouperStateConfigSchema = z.discriminatedUnion('kind', [memory, partitions], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? `must be one of ${STATE_KINDS.join(', ')}; memory for one copy, partitions for copies that share the work`
      : undefined,
});

/**
 * `grouper.state` after defaults.
 *
 * @example
 * ```ts
 * const config = await loadConfig('ht.yaml');
 * const state: GrouperStateConfig = config.grouper.state;
 * ```
 */
export type GrouperStateConfig = z.output<typeof grouperStateConfigSchema>;
