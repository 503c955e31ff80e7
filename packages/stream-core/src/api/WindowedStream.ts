import type { Observable } from 'rxjs';
import type { Batch, StateKey } from '../core/Batch.js';
import { HtError } from '../errors/HtError.js';
import type { JobGraph, NodeInput } from '../graph/JobGraph.js';
import type { AggregateFunction } from '../windows/AggregateFunction.js';
import type { Trigger } from '../windows/Trigger.js';
import { eventTimeTrigger } from '../windows/Trigger.js';
import type { WindowAssigner } from '../windows/WindowAssigner.js';
import { windowOperator } from '../windows/windowOperator.js';
import type { WindowInfo, WindowReducer } from '../windows/WindowReducer.js';
import { aggregateReducer, processReducer, reduceReducer } from '../windows/WindowReducer.js';
import type { OutputTag } from './OutputTag.js';
import type { OperatorOptions } from './Stream.js';
import { OperatorStream } from './Stream.js';

interface WindowSettings {
  readonly assigner: WindowAssigner;
  readonly trigger?: Trigger;
  readonly allowedLatenessMs?: number;
  readonly lateTag?: string;
}

/**
 * A keyed stream cut into windows. Configure lateness, trigger and late output, then reduce each
 * window to results. Each call returns a new builder; nothing changes in place.
 *
 * @example
 * ```ts
 * const late = new OutputTag<Span>('late');
 * const counts = spans.keyBy((s) => s.service)
 *   .window(tumblingWindows({ sizeMs: 60_000 }))
 *   .allowedLateness(30_000)
 *   .lateData(late)
 *   .aggregate(countAggregate(), (count, w) => ({ service: w.key, start: w.start, count }));
 * counts.sideOutput(late).to(lateSink);
 * ```
 */
export class WindowedStream<K extends StateKey, T> {
  /** @internal */
  constructor(
    private readonly graph: JobGraph,
    private readonly input: NodeInput,
    private readonly settings: WindowSettings,
  ) {}

  /** Keeps windows open for late records this long after the watermark passed their end. Default 0. */
  allowedLateness(ms: number): WindowedStream<K, T> {
    if (!(ms >= 0)) throw new HtError('CONFIG_INVALID', `allowedLateness must be >= 0 ms, got ${ms}`);
    return new WindowedStream(this.graph, this.input, { ...this.settings, allowedLatenessMs: ms });
  }

  /** Replaces the default event-time trigger. */
  trigger(trigger: Trigger): WindowedStream<K, T> {
    return new WindowedStream(this.graph, this.input, { ...this.settings, trigger });
  }

  /** Sends records later than the allowed lateness to `tag` (read it with `sideOutput(tag)`). */
  lateData(tag: OutputTag<T>): WindowedStream<K, T> {
    return new WindowedStream(this.graph, this.input, { ...this.settings, lateTag: tag.id });
  }

  /**
   * Folds each window incrementally with an {@link AggregateFunction}.
   *
   * @example
   * ```ts
   * windowed.aggregate(countAggregate(), (n, w) => ({ key: w.key, start: w.start, n }));
   * ```
   */
  aggregate<ACC, R>(agg: AggregateFunction<T, ACC, R>, options?: OperatorOptions): OperatorStream<R>;
  aggregate<ACC, R, O>(
    agg: AggregateFunction<T, ACC, R>,
    project: (result: R, window: WindowInfo<K>) => O,
    options?: OperatorOptions,
  ): OperatorStream<O>;
  aggregate<ACC, R, O>(
    agg: AggregateFunction<T, ACC, R>,
    projectOrOptions?: ((result: R, window: WindowInfo<K>) => O) | OperatorOptions,
    options: OperatorOptions = {},
  ): OperatorStream<O> | OperatorStream<R> {
    if (typeof projectOrOptions === 'function') return this.build(aggregateReducer(agg, projectOrOptions), options);
    return this.build(aggregateReducer<K, T, ACC, R, R>(agg, undefined), projectOrOptions ?? {});
  }

  /**
   * Folds each window pairwise.
   *
   * @example
   * ```ts
   * windowed.reduce((a, b) => (a.durationMs >= b.durationMs ? a : b)); // slowest span per window
   * ```
   */
  reduce(fn: (a: T, b: T) => T, options?: OperatorOptions): OperatorStream<T>;
  reduce<O>(
    fn: (a: T, b: T) => T,
    project: (result: T, window: WindowInfo<K>) => O,
    options?: OperatorOptions,
  ): OperatorStream<O>;
  reduce<O>(
    fn: (a: T, b: T) => T,
    projectOrOptions?: ((result: T, window: WindowInfo<K>) => O) | OperatorOptions,
    options: OperatorOptions = {},
  ): OperatorStream<O> | OperatorStream<T> {
    if (typeof projectOrOptions === 'function') return this.build(reduceReducer(fn, projectOrOptions), options);
    return this.build(reduceReducer<K, T, T>(fn, undefined), projectOrOptions ?? {});
  }

  /**
   * Keeps every record of a window and hands them to `fn` when it fires.
   *
   * @example
   * ```ts
   * windowed.process((spans, w) => [{ traceId: w.key, spans: [...spans] }]);
   * ```
   */
  process<O>(
    fn: (records: readonly T[], window: WindowInfo<K>) => Iterable<O> | void,
    options: OperatorOptions = {},
  ): OperatorStream<O> {
    return this.build(processReducer(fn), options);
  }

  private build<ACC, O>(reducer: WindowReducer<K, T, ACC, O>, options: OperatorOptions): OperatorStream<O> {
    const { assigner } = this.settings;
    if (assigner.kind === 'session' && reducer.merge === undefined) {
      throw new HtError('CONFIG_INVALID', 'session windows merge: the aggregate function needs a `merge` method');
    }
    const build = windowOperator<K, T, ACC, O>({
      assigner,
      trigger: this.settings.trigger ?? eventTimeTrigger(),
      allowedLatenessMs: this.settings.allowedLatenessMs ?? 0,
      lateTag: this.settings.lateTag,
      reducer,
    });
    const node = this.graph.add({
      kind: 'window',
      name: options.name,
      defaultName: `window-${assigner.kind}`,
      onError: options.onError,
      inputs: [this.input],
      build: (ctx, [input]) => build(ctx, input as Observable<Batch<T>>),
    });
    return new OperatorStream<O>(this.graph, { node });
  }
}
