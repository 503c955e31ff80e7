/**
 * The counters of a Kafka source, by name.
 *
 * @example
 * ```ts
 * const counter: KafkaSourceCounter = 'bad_records';
 * ```
 */
export type KafkaSourceCounter =
  /** Kafka records read and handled (good and bad). */
  | 'records'
  /** Values passed to the engine (spans, for the span decoders). */
  | 'values'
  /** Records that could not be decoded at all: reported with their offset, position moved past them. */
  | 'bad_records'
  /** Values a decoder read but rejected (spans breaking the model's rules): reported with the offset. */
  | 'rejected_values'
  /** Offset commits the broker accepted (one request may carry several partitions). */
  | 'commits'
  /** Commit requests refused (e.g. during a rebalance); a later commit covers them. */
  | 'commit_failures'
  /** Assignments received (the first join and every rebalance). */
  | 'assignments'
  /** Partitions taken away from this member at a rebalance; their in-flight offsets are never committed here. */
  | 'partitions_revoked'
  /** Batches left unconsumed because their partition was paused or revoked meanwhile (fetched again later). */
  | 'batches_skipped'
  /** Partitions paused because the engine ran out of credits for them (backpressure). */
  | 'pauses'
  /** Records skipped after a per-partition restore: they were in the restored state already. */
  | 'records_restored_skipped';

const COUNTERS: readonly KafkaSourceCounter[] = [
  'records',
  'values',
  'bad_records',
  'rejected_values',
  'commits',
  'commit_failures',
  'assignments',
  'partitions_revoked',
  'batches_skipped',
  'pauses',
  'records_restored_skipped',
];

/**
 * What a Kafka source counts, readable as plain numbers and as Prometheus text
 * (`ht_kafka_source_<counter>_total{source="…"}`).
 *
 * @example
 * ```ts
 * const stats = new KafkaSourceStats('spans');
 * const source = new KafkaSource({ consumer, topics: ['spans'], decoder, stats });
 * stats.get('bad_records'); // 0
 * ```
 */
export class KafkaSourceStats {
  private readonly counts = new Map<KafkaSourceCounter, number>();

  constructor(readonly source: string) {}

  add(counter: KafkaSourceCounter, n = 1): void {
    this.counts.set(counter, (this.counts.get(counter) ?? 0) + n);
  }

  get(counter: KafkaSourceCounter): number {
    return this.counts.get(counter) ?? 0;
  }

  /** Every counter, zeros included. */
  snapshot(): Record<KafkaSourceCounter, number> {
    return Object.fromEntries(COUNTERS.map((c) => [c, this.get(c)])) as Record<KafkaSourceCounter, number>;
  }

  /** Prometheus text exposition (format 0.0.4). */
  toPrometheus(): string {
    const source = this.source.replace(/["\\\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
    const lines = COUNTERS.flatMap((c) => [
      `# TYPE ht_kafka_source_${c}_total counter`,
      `ht_kafka_source_${c}_total{source="${source}"} ${this.get(c)}`,
    ]);
    return `${lines.join('\n')}\n`;
  }
}
