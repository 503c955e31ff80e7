import { resolveGrouperOptions } from '@ht/enricher-sdk/grouper';
import type { GrouperOptions } from '@ht/enricher-sdk/grouper';
import type { ViewSinkOptions } from '@ht/sinks';
import type { WatermarkOptions } from '@ht/stream-core';
import { LOCAL_WATERMARK_DEFAULTS } from './localWatermarks.js';

/** The `ViewSink`'s default `maxDelayMs`: the longest a row waits in the sink's buffer. */
const SINK_MAX_DELAY_DEFAULT_MS = 1_000;

/**
 * The grouper's processing-time fallback is checked every quarter of `idleTimeoutMs`, so a trace leaves
 * it between 1 and 1.25 times `idleTimeoutMs` after its last span arrived.
 */
const GROUPER_IDLE_SWEEP_FACTOR = 1.25;

/**
 * What the latency of the one-process pipeline depends on: the settings {@link startLocalPipeline} takes
 * (`grouper`, `watermarks`, `sink`, the same objects, or the `grouper` and `sink` sections of an `ht`
 * config) and two things outside them: the client's exporter delay and the store's write time.
 *
 * @example
 * ```ts
 * const options: LatencyBudgetOptions = { exporterDelayMs: 600, grouper: { gapMs: 3_000 }, writeMs: 500 };
 * ```
 */
export interface LatencyBudgetOptions {
  /**
   * The longest a client holds a finished span before the receiver has it: its batch processor's flush
   * interval (OTel `BatchSpanProcessor` `scheduledDelayMillis`: 5 s by default, 500 ms in `ht demo`'s
   * traffic) plus one request.
   */
  readonly exporterDelayMs: number;
  /** The grouper's settings (`gapMs` default 30 s; `idleTimeoutMs` default twice `gapMs`). */
  readonly grouper?: Pick<GrouperOptions, 'gapMs' | 'idleTimeoutMs'>;
  /** The source's event-time settings, over {@link LOCAL_WATERMARK_DEFAULTS}. */
  readonly watermarks?: WatermarkOptions;
  /** The sink's settings (`maxDelayMs` default 1 s). */
  readonly sink?: Pick<ViewSinkOptions, 'maxDelayMs'>;
  /**
   * The time from the sink cutting a batch until the store made it durable: waiting for a write slot
   * behind the other views' batches, then the write itself (the enrichers' and views' few milliseconds
   * are counted here too). Measure it for your store and load.
   */
  readonly writeMs: number;
}

/**
 * The latency budget of the one-process pipeline, term by term (docs/guarantees.md, "Receipt to
 * queryable"): the longest time from a client finishing the newest span of a trace until the trace's rows
 * are queryable in the store. All in milliseconds; `Infinity` when nothing bounds a term.
 *
 * `totalMs = exporterDelayMs + groupingMs + sinkDelayMs + writeMs`, where
 * `groupingMs = min(outOfOrdernessMs + gapMs + watermarkIdleMs, grouperFallbackMs)`.
 *
 * @example
 * ```ts
 * const { totalMs, groupingMs } = latencyBudget({ exporterDelayMs: 600, grouper: { gapMs: 3_000 }, writeMs: 500 });
 * ```
 */
export interface LatencyBudget {
  /** The client's flush interval plus one request. */
  readonly exporterDelayMs: number;
  /** How far behind the newest span the watermark stays (`watermarks.outOfOrdernessMs`). */
  readonly outOfOrdernessMs: number;
  /** Event time past a trace's newest span before it is complete (`grouper.gapMs`). */
  readonly gapMs: number;
  /**
   * How late the watermark can be beyond that: when spans stop, the partition goes idle after
   * `watermarks.idleTimeoutMs` and the watermark then follows the clock in steps of that length; `Infinity`
   * unless `whenAllIdle` is `follow-clock` (the watermark then waits for the next span).
   */
  readonly watermarkIdleMs: number;
  /** `outOfOrdernessMs + gapMs + watermarkIdleMs`: when event time closes the trace at the latest. */
  readonly eventTimeMs: number;
  /** The grouper's processing-time fallback: 1.25 × `grouper.idleTimeoutMs` (`Infinity` when off). */
  readonly grouperFallbackMs: number;
  /** `min(eventTimeMs, grouperFallbackMs)`: when the grouper emits the trace at the latest. */
  readonly groupingMs: number;
  /** The longest a row waits in the sink's buffer (`sink.maxDelayMs`). */
  readonly sinkDelayMs: number;
  /** The store's write time, as given. */
  readonly writeMs: number;
  /** The whole budget. */
  readonly totalMs: number;
}

/**
 * Computes the {@link LatencyBudget} of the one-process pipeline from its settings: the longest time from a
 * client finishing the newest span of a trace until the trace's rows are queryable in the store.
 *
 * - The client sends the span within `exporterDelayMs`.
 * - The grouper emits the trace once the watermark passes its newest span by `gapMs`. While spans keep
 *   arriving the watermark trails the newest span end by `outOfOrdernessMs` plus the client's delay; when
 *   they stop, the source's partition goes idle after `idleTimeoutMs` and the watermark follows the clock,
 *   moved every `idleTimeoutMs`. Either way the watermark trails the span's end by at most
 *   `exporterDelayMs + outOfOrdernessMs + watermarkIdleMs`. The grouper's processing-time fallback
 *   (1 to 1.25 × its `idleTimeoutMs` after the last span arrived) bounds it too: the earlier one counts.
 * - The sink writes a row's batch at most `maxDelayMs` after the row came, and the store takes `writeMs`.
 *
 * @example
 * ```ts
 * const config = demoConfig({ dataDir: './demo-data' });
 * const budget = latencyBudget({ exporterDelayMs: 600, grouper: config.grouper, sink: config.sink, writeMs: 500 });
 * budget.totalMs; // 600 + min(1000 + 3000 + 1000, 7500) + 1000 + 500 = 7100
 * ```
 */
export function latencyBudget(options: LatencyBudgetOptions): LatencyBudget {
  const grouper = resolveGrouperOptions(options.grouper ?? {});
  const watermarks = { ...LOCAL_WATERMARK_DEFAULTS, ...options.watermarks };
  const outOfOrdernessMs = watermarks.outOfOrdernessMs ?? 0;
  const watermarkIdleMs = watermarks.whenAllIdle === 'follow-clock' ? (watermarks.idleTimeoutMs ?? Infinity) : Infinity;
  const eventTimeMs = outOfOrdernessMs + grouper.gapMs + watermarkIdleMs;
  const grouperFallbackMs = GROUPER_IDLE_SWEEP_FACTOR * grouper.idleTimeoutMs;
  const groupingMs = Math.min(eventTimeMs, grouperFallbackMs);
  const sinkDelayMs = options.sink?.maxDelayMs ?? SINK_MAX_DELAY_DEFAULT_MS;
  return {
    exporterDelayMs: options.exporterDelayMs,
    outOfOrdernessMs,
    gapMs: grouper.gapMs,
    watermarkIdleMs,
    eventTimeMs,
    grouperFallbackMs,
    groupingMs,
    sinkDelayMs,
    writeMs: options.writeMs,
    totalMs: options.exporterDelayMs + groupingMs + sinkDelayMs + options.writeMs,
  };
}

/**
 * The total of {@link latencyBudget}: the longest time, in milliseconds, from a client finishing the newest
 * span of a trace until its rows are queryable.
 *
 * @example
 * ```ts
 * const endedAt = Date.now(); // the client ended the trace's newest span
 * const queryableBy = endedAt + latencyBudgetMs({ exporterDelayMs: 600, grouper: { gapMs: 3_000 }, writeMs: 500 });
 * ```
 */
export function latencyBudgetMs(options: LatencyBudgetOptions): number {
  return latencyBudget(options).totalMs;
}
