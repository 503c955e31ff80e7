import type { KafkaMessage } from '@ht/stream-core/kafka';

/**
 * What decoding one Kafka record gave: the records to pass on, and the parts of it that were readable
 * but broke the model's rules (rejected spans), which are reported like bad records.
 *
 * @example
 * ```ts
 * const decoded: DecodedRecord<Span> = { values: spans, rejected: ['span 3: no start time'] };
 * ```
 */
export interface DecodedRecord<T> {
  readonly values: readonly T[];
  readonly rejected: readonly string[];
}

/**
 * Turns Kafka records into the source's values. `decode` is synchronous and throws an `HtError`
 * (`INPUT_INVALID`) for a record that cannot be read; it never throws anything else. `prepare`, when
 * present, runs once per batch before its records are decoded, for what needs I/O (schema lookups):
 * it rejects only when the batch cannot be decoded now (a registry that does not answer), never for
 * one bad record.
 *
 * @example
 * ```ts
 * const decoder: KafkaRecordDecoder<string> = {
 *   name: 'utf8',
 *   decode: (m) => ({ values: m.value === null ? [] : [m.value.toString('utf8')], rejected: [] }),
 * };
 * ```
 */
export interface KafkaRecordDecoder<T> {
  /** The encoding name, for metrics and error reports. */
  readonly name: string;
  prepare?(messages: readonly KafkaMessage[]): Promise<void>;
  decode(message: KafkaMessage): DecodedRecord<T>;
}

/**
 * A record the source could not use (undecodable, or with rejected parts), with where it sits. The
 * source reports it through `onBadRecord` (a dead-letter hook) and its stats, and moves on: a bad
 * record never stalls its partition and is never dropped silently.
 *
 * @example
 * ```ts
 * const onBadRecord = (bad: BadKafkaRecord) =>
 *   console.warn(`${bad.topic}[${bad.partition}]@${bad.offset}: ${bad.reason}`);
 * ```
 */
export interface BadKafkaRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  /** `undecodable`: nothing of the record was passed on; `rejected`: some of its values were. */
  readonly kind: 'undecodable' | 'rejected';
  readonly reason: string;
  /** The record as read, e.g. for a dead-letter topic. */
  readonly message: KafkaMessage;
  readonly error?: unknown;
}
