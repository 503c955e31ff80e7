import type { OperatorOptions } from './Stream.js';

/**
 * Options of `stream.mapAsync`: the operator's name and error policy, plus how many records may be in
 * flight, whether results keep input order, and how long a record may take.
 *
 * @example
 * ```ts
 * const options: MapAsyncOptions = { name: 'enrich', maxInFlight: 64, ordered: false, timeoutMs: 5_000, onError: 'dead-letter' };
 * ```
 */
export interface MapAsyncOptions extends OperatorOptions {
  /**
   * Records whose function was called and whose result has not gone downstream yet, at most (Flink's
   * capacity): pending ones, and settled ones waiting behind an earlier record or watermark. When full,
   * further records wait (keeping their credits, so the sources pause). Default 100.
   */
  readonly maxInFlight?: number;
  /**
   * `true` (default): results leave in input order. `false`: as they settle, but never past a watermark
   * that preceded their record, and a watermark leaves only after every record before it.
   */
  readonly ordered?: boolean;
  /**
   * A record with no result after this many ms (of the job's clock) goes to the error policy, with an
   * `HtError` of code `TIMEOUT` as the cause; its late result is ignored. Default: no timeout.
   */
  readonly timeoutMs?: number;
}
