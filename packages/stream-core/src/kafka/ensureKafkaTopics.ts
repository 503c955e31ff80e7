import type { Kafka } from 'kafkajs';
import { HtError } from '../errors/HtError.js';

/**
 * A topic a stage reads or writes, with what it is created with when missing.
 *
 * @example
 * ```ts
 * const topic: KafkaTopicSpec = { topic: 'raw-spans', partitions: 12, configs: { 'retention.ms': '86400000' } };
 * ```
 */
export interface KafkaTopicSpec {
  readonly topic: string;
  readonly partitions: number;
  /** Default -1: the broker's `default.replication.factor`. */
  readonly replicationFactor?: number;
  /** Topic configs (`max.message.bytes`, `retention.ms`, `compression.type`, …), as Kafka names them. */
  readonly configs?: Readonly<Record<string, string>>;
}

/**
 * Options of {@link ensureKafkaTopics}.
 *
 * @example
 * ```ts
 * const options: EnsureKafkaTopicsOptions = { create: false };
 * ```
 */
export interface EnsureKafkaTopicsOptions {
  /** Create missing topics (true, the default); false: a missing topic is an error naming what to create. */
  readonly create?: boolean;
  /** Admin request timeout. Default 10 000 ms. */
  readonly timeoutMs?: number;
}

/**
 * What {@link ensureKafkaTopics} found and did.
 *
 * @example
 * ```ts
 * const { created, existing } = await ensureKafkaTopics(kafka, [{ topic: 'orders', partitions: 6 }]);
 * ```
 */
export interface EnsuredKafkaTopics {
  readonly created: readonly string[];
  /** Topics that were there already, with their partition count (their configs are left as they are). */
  readonly existing: ReadonlyMap<string, number>;
}

const NOT_ALLOWED = new Set(['TOPIC_AUTHORIZATION_FAILED', 'CLUSTER_AUTHORIZATION_FAILED', 'POLICY_VIOLATION']);

/** How to create a topic by hand, for error messages. */
function describe(spec: KafkaTopicSpec): string {
  const configs = Object.entries(spec.configs ?? {}).map(([k, v]) => ` --config ${k}=${v}`);
  return `kafka-topics.sh --create --topic ${spec.topic} --partitions ${spec.partitions}${configs.join('')}`;
}

/**
 * Makes sure the topics exist: creates the missing ones through the admin client with their partitions
 * and configs (when allowed), leaves existing ones as they are. A broker that refuses (no ACL for it,
 * `create: false`, a creation policy) gives a `CONFIG_INVALID` `HtError` naming each topic and the
 * command that would create it; a broker that does not answer gives a retriable `DEPENDENCY_UNAVAILABLE`.
 *
 * @example
 * ```ts
 * import { Kafka } from 'kafkajs';
 *
 * await ensureKafkaTopics(new Kafka({ brokers: ['127.0.0.1:9092'] }), [
 *   { topic: 'raw-spans', partitions: 12 },
 *   { topic: 'structured-traces', partitions: 12, configs: { 'max.message.bytes': '16777216' } },
 * ]);
 * ```
 */
export async function ensureKafkaTopics(
  kafka: Kafka,
  specs: readonly KafkaTopicSpec[],
  options: EnsureKafkaTopicsOptions = {},
): Promise<EnsuredKafkaTopics> {
  const admin = kafka.admin();
  const timeout = options.timeoutMs ?? 10_000;
  try {
    try {
      await admin.connect();
    } catch (error) {
      throw new HtError('DEPENDENCY_UNAVAILABLE', `Kafka: cannot connect the admin client: ${messageOf(error)}`, {
        retriable: true,
        cause: error,
      });
    }
    let names: string[];
    try {
      names = await admin.listTopics();
    } catch (error) {
      throw new HtError('DEPENDENCY_UNAVAILABLE', `Kafka: cannot list topics: ${messageOf(error)}`, {
        retriable: true,
        cause: error,
      });
    }
    const present = new Set(names);
    const missing = specs.filter((s) => !present.has(s.topic));
    const existing = new Map<string, number>();
    const already = specs.filter((s) => present.has(s.topic)).map((s) => s.topic);
    if (already.length > 0) {
      const metadata = await admin.fetchTopicMetadata({ topics: already });
      for (const t of metadata.topics) existing.set(t.name, t.partitions.length);
    }
    if (missing.length === 0) return { created: [], existing };
    if (options.create === false) {
      throw new HtError(
        'CONFIG_INVALID',
        `Kafka: topics missing and creating them is off: ${missing.map((s) => `${s.topic} (create it: ${describe(s)})`).join('; ')}`,
      );
    }
    try {
      await admin.createTopics({
        waitForLeaders: true,
        timeout,
        topics: missing.map((s) => ({
          topic: s.topic,
          numPartitions: s.partitions,
          replicationFactor: s.replicationFactor ?? -1,
          configEntries: Object.entries(s.configs ?? {}).map(([name, value]) => ({ name, value })),
        })),
      });
    } catch (error) {
      const types = errorTypes(error);
      if (types.includes('TOPIC_ALREADY_EXISTS')) {
        // Another copy created it meanwhile: fine.
      } else if (types.some((t) => NOT_ALLOWED.has(t))) {
        throw new HtError(
          'CONFIG_INVALID',
          `Kafka: not allowed to create topics (${types.join(', ')}); create them yourself: ${missing.map(describe).join('; ')}`,
          { cause: error },
        );
      } else {
        throw new HtError(
          'DEPENDENCY_UNAVAILABLE',
          `Kafka: creating topics ${missing.map((s) => s.topic).join(', ')} failed: ${messageOf(error)}`,
          { retriable: true, cause: error },
        );
      }
    }
    return { created: missing.map((s) => s.topic), existing };
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** kafkajs error type names of an error (a createTopics error lists one per topic). */
function errorTypes(error: unknown): string[] {
  const e = error as { type?: unknown; errors?: unknown };
  const own = typeof e.type === 'string' ? [e.type] : [];
  const nested = Array.isArray(e.errors) ? e.errors.flatMap((x) => errorTypes(x)) : [];
  return [...own, ...nested];
}
