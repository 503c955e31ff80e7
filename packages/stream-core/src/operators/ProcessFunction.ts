import type { OutputTag } from '../api/OutputTag.js';
import type { StateKey } from '../core/Batch.js';
import type { StateSpec } from '../state/StateDescriptor.js';
import type { StateHandles } from '../state/StateHandles.js';

/** Timers of the key being processed. Event-time timers fire when the watermark reaches them. */
export interface TimerService {
  currentProcessingTime(): number;
  currentWatermark(): number;
  registerEventTimeTimer(time: number): void;
  deleteEventTimeTimer(time: number): void;
  registerProcessingTimeTimer(time: number): void;
  deleteProcessingTimeTimer(time: number): void;
}

/** What a keyed process function sees for each record. One object, reused: do not keep it. */
export interface ProcessContext<K extends StateKey, O, S extends StateSpec> {
  readonly key: K;
  /** Event time of the record (or of the timer, in `onTimer`). */
  readonly timestamp: number;
  /** Keyed state of `key`, one handle per declared descriptor. */
  readonly state: StateHandles<S>;
  readonly timers: TimerService;
  /** Emits a record downstream with the current timestamp. */
  emit(value: O): void;
  /** Writes to a side output. */
  output<X>(tag: OutputTag<X>, value: X): void;
}

/** The context of `onTimer`. */
export interface TimerContext<K extends StateKey, O, S extends StateSpec> extends ProcessContext<K, O, S> {
  readonly domain: 'event-time' | 'processing-time';
}

/**
 * The lowest-level keyed operator, after Flink's `KeyedProcessFunction`: per record, with keyed state
 * and timers. Declare state in `state`; it is typed in `ctx.state`.
 *
 * @example
 * ```ts
 * const firstSeen: KeyedProcessFunction<string, Span, Alert, { seen: ValueStateDescriptor<number> }> = {
 *   state: { seen: valueState<number>('seen', { ttlMs: 86_400_000 }) },
 *   processElement(span, ctx) {
 *     if (ctx.state.seen.get() === undefined) ctx.emit({ service: ctx.key, at: ctx.timestamp });
 *     ctx.state.seen.set(ctx.timestamp);
 *   },
 * };
 * ```
 */
export interface KeyedProcessFunction<K extends StateKey, T, O, S extends StateSpec = Record<never, never>> {
  readonly state?: S;
  processElement(value: T, ctx: ProcessContext<K, O, S>): void;
  onTimer?(timestamp: number, ctx: TimerContext<K, O, S>): void;
}
