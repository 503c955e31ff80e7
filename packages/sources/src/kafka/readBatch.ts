import type { SourceContext } from '@ht/stream-core';
import { HtError } from '@ht/stream-core';
import type { KafkaBatch, KafkaBatchControl, KafkaMessage, KafkaTopicPartition } from '@ht/stream-core/kafka';
import type { BadKafkaRecord, KafkaRecordDecoder } from './KafkaRecordDecoder.js';
import type { KafkaSourceStats } from './KafkaSourceStats.js';

/**
 * A partition assigned to this member in the current generation, with its flow state.
 *
 * @example
 * ```ts
 * const p: AssignedPartition = { id: 'spans:0', tp: { topic: 'spans', partition: 0 }, paused: false, lastEmitted: undefined, lastAcked: undefined };
 * ```
 */
export interface AssignedPartition {
  readonly id: string;
  readonly tp: KafkaTopicPartition;
  paused: boolean;
  /** The last offset emitted to the engine (its position). */
  lastEmitted: string | undefined;
  /** The last position the engine acknowledged. */
  lastAcked: string | undefined;
}

/**
 * What {@link readBatch} works with.
 *
 * @example
 * ```ts
 * await readBatch(batch, partition, { ctx, decoder, stats, maxValuesPerEmit: 1000, onBadRecord, control, current: () => true });
 * ```
 */
export interface BatchReading<T> {
  readonly ctx: SourceContext<T>;
  readonly decoder: KafkaRecordDecoder<T>;
  readonly stats: KafkaSourceStats;
  readonly maxValuesPerEmit: number;
  readonly onBadRecord: (bad: BadKafkaRecord) => void | Promise<void>;
  readonly control: KafkaBatchControl;
  /** False once the partition was revoked (or the source stopped): nothing more may be emitted for it. */
  readonly current: (p: AssignedPartition) => boolean;
}

/**
 * Decodes one batch and emits it in chunks of at most `maxValuesPerEmit` values, each with the offset of
 * its last record as position and the bytes of its records (values and keys) for the engine's byte bound. Bad records are reported (awaited) before the chunk that covers them is
 * emitted, so a commit never passes a record whose report is not done; a chunk of bad records only is
 * emitted empty, which moves the position along. After each chunk the consumer's fetch position moves to
 * it; reading stops early when the engine paused the partition or it was revoked, and the rest of the
 * batch is fetched again later.
 *
 * @example
 * ```ts
 * await readBatch(batch, assigned.get('spans:0'), reading);
 * ```
 */
export async function readBatch<T>(batch: KafkaBatch, p: AssignedPartition, r: BatchReading<T>): Promise<void> {
  if (r.decoder.prepare !== undefined) {
    try {
      await r.decoder.prepare(batch.messages);
    } catch (error) {
      // The whole batch cannot be decoded now (a registry that does not answer): the client retries it.
      throw error instanceof HtError
        ? error
        : new HtError('DEPENDENCY_UNAVAILABLE', `Kafka source: ${r.decoder.name} cannot decode now`, {
            cause: error,
            retriable: true,
          });
    }
  }
  let values: T[] = [];
  let bad: BadKafkaRecord[] = [];
  let last: KafkaMessage | undefined;
  /** Bytes of the records of the chunk (values and keys): what the engine's byte credits count. */
  let bytes = 0;
  const flush = async (): Promise<boolean> => {
    if (last === undefined) return true;
    if (bad.length > 0) {
      const reports = bad;
      bad = [];
      for (const b of reports) await r.onBadRecord(b);
    }
    if (!r.current(p) || !r.control.isActive()) return false;
    r.ctx.emit(p.id, values, last.offset, bytes);
    r.stats.add('values', values.length);
    p.lastEmitted = last.offset;
    r.control.consumed(last.offset);
    values = [];
    bytes = 0;
    last = undefined;
    return !p.paused;
  };
  for (const message of batch.messages) {
    r.stats.add('records');
    bytes += (message.value?.length ?? 0) + (message.key?.length ?? 0);
    try {
      const decoded = r.decoder.decode(message);
      for (const v of decoded.values) values.push(v);
      if (decoded.rejected.length > 0) {
        r.stats.add('rejected_values', decoded.rejected.length);
        bad.push(report(message, 'rejected', decoded.rejected.join('; ')));
      }
    } catch (error) {
      r.stats.add('bad_records');
      bad.push(report(message, 'undecodable', error instanceof Error ? error.message : String(error), error));
    }
    last = message;
    if (values.length >= r.maxValuesPerEmit && !(await flush())) return;
  }
  await flush();
}

function report(message: KafkaMessage, kind: BadKafkaRecord['kind'], reason: string, error?: unknown): BadKafkaRecord {
  const base = { topic: message.topic, partition: message.partition, offset: message.offset, kind, reason, message };
  return error === undefined ? base : { ...base, error };
}
