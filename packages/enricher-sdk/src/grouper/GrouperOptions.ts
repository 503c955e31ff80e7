import { HtError } from '@ht/stream-core/errors';
import type { Metrics } from '../context/Metrics.js';

/**
 * Settings of the trace grouper ({@link groupTraces}). Times are milliseconds: event time (the span
 * times the source's `timestamp` gives, see `spanEndTime`) unless said otherwise.
 *
 * @example
 * ```ts
 * const options: GrouperOptions = { gapMs: 3_000, maxSpansPerTrace: 5_000, maxOpenSpans: 200_000 };
 * ```
 */
export interface GrouperOptions {
  /** Operator name: unique in the job, it identifies the grouper's state in checkpoints. Default `grouper`. */
  readonly name?: string;
  /** A trace is emitted once event time passes its newest span by this much. Default 30 000 (Hypertrace's). */
  readonly gapMs?: number;
  /** A trace is emitted when it holds this many spans; later spans start the next fragment. Default 10 000. */
  readonly maxSpansPerTrace?: number;
  /** A trace is emitted once its spans cover this much event time; later spans start the next fragment. Default 300 000. */
  readonly maxTraceDurationMs?: number;
  /**
   * Memory cap: spans held in open traces, over all keys. Past it the oldest open traces are emitted
   * early (reason `memory-cap`), never dropped. At least `maxSpansPerTrace`. Default 500 000.
   */
  readonly maxOpenSpans?: number;
  /**
   * How long (event time) after a trace was emitted its fragment counter is kept, so that late spans
   * become follow-up fragments 1, 2, …; spans arriving later still go to the `lateSpans` stream.
   * Default 60 000.
   */
  readonly allowedLatenessMs?: number;
  /**
   * Processing-time fallback: an open trace that received no span for this long (wall clock) is emitted
   * (reason `idle`) even though event time did not pass its gap, e.g. when its partition went idle and
   * the watermark is held. Checked every quarter of it, so such a trace leaves between 1 and 1.25 times
   * this after its last span. `Infinity` turns it off. Default twice `gapMs`.
   */
  readonly idleTimeoutMs?: number;
  /** Where counters go (`ht_grouper_*_total`); the `stats` of {@link groupTraces} hold them too. */
  readonly metrics?: Metrics;
}

/**
 * {@link GrouperOptions} with every default applied.
 *
 * @example
 * ```ts
 * const { gapMs, maxOpenSpans } = resolveGrouperOptions({ gapMs: 3_000 });
 * ```
 */
export type ResolvedGrouperOptions = Required<Omit<GrouperOptions, 'metrics'>> & Pick<GrouperOptions, 'metrics'>;

/**
 * The grouper's defaults (`idleTimeoutMs` defaults to twice the gap and is not listed).
 *
 * @example
 * ```ts
 * console.log(`traces close after ${GROUPER_DEFAULTS.gapMs} ms of silence`);
 * ```
 */
export const GROUPER_DEFAULTS = Object.freeze({
  name: 'grouper',
  gapMs: 30_000,
  maxSpansPerTrace: 10_000,
  maxTraceDurationMs: 300_000,
  maxOpenSpans: 500_000,
  allowedLatenessMs: 60_000,
});

function check(ok: boolean, name: string, value: unknown, rule: string): void {
  if (!ok) throw new HtError('CONFIG_INVALID', `grouper option ${name} must be ${rule}, got ${String(value)}`);
}

const isPositive = (v: number): boolean => Number.isFinite(v) && v > 0;

/**
 * Applies the defaults and validates; throws `HtError('CONFIG_INVALID')` naming the option and the rule
 * it breaks.
 *
 * @example
 * ```ts
 * resolveGrouperOptions({ gapMs: 0 }); // throws: grouper option gapMs must be a positive number of ms, got 0
 * ```
 */
export function resolveGrouperOptions(options: GrouperOptions = {}): ResolvedGrouperOptions {
  const gapMs = options.gapMs ?? GROUPER_DEFAULTS.gapMs;
  const r: ResolvedGrouperOptions = {
    name: options.name ?? GROUPER_DEFAULTS.name,
    gapMs,
    maxSpansPerTrace: options.maxSpansPerTrace ?? GROUPER_DEFAULTS.maxSpansPerTrace,
    maxTraceDurationMs: options.maxTraceDurationMs ?? GROUPER_DEFAULTS.maxTraceDurationMs,
    maxOpenSpans: options.maxOpenSpans ?? GROUPER_DEFAULTS.maxOpenSpans,
    allowedLatenessMs: options.allowedLatenessMs ?? GROUPER_DEFAULTS.allowedLatenessMs,
    idleTimeoutMs: options.idleTimeoutMs ?? 2 * gapMs,
    metrics: options.metrics,
  };
  check(typeof r.name === 'string' && r.name !== '', 'name', r.name, 'a non-empty string');
  check(isPositive(r.gapMs), 'gapMs', r.gapMs, 'a positive number of ms');
  check(
    Number.isSafeInteger(r.maxSpansPerTrace) && r.maxSpansPerTrace >= 1,
    'maxSpansPerTrace',
    r.maxSpansPerTrace,
    'a positive integer',
  );
  check(isPositive(r.maxTraceDurationMs), 'maxTraceDurationMs', r.maxTraceDurationMs, 'a positive number of ms');
  check(
    Number.isSafeInteger(r.maxOpenSpans) && r.maxOpenSpans >= r.maxSpansPerTrace,
    'maxOpenSpans',
    r.maxOpenSpans,
    `an integer >= maxSpansPerTrace (${r.maxSpansPerTrace})`,
  );
  check(
    Number.isFinite(r.allowedLatenessMs) && r.allowedLatenessMs >= 0,
    'allowedLatenessMs',
    r.allowedLatenessMs,
    'a finite number of ms >= 0',
  );
  check(
    r.idleTimeoutMs === Infinity || isPositive(r.idleTimeoutMs),
    'idleTimeoutMs',
    r.idleTimeoutMs,
    'a positive number of ms or Infinity',
  );
  return r;
}
