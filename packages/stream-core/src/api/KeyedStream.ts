import type { Observable } from 'rxjs';
import type { Batch, StateKey } from '../core/Batch.js';
import type { JobGraph, NodeInput } from '../graph/JobGraph.js';
import type { OperatorContext } from '../graph/OperatorContext.js';
import { processOperator } from '../operators/process.js';
import type { KeyedProcessFunction } from '../operators/ProcessFunction.js';
import type { StateSpec } from '../state/StateDescriptor.js';
import type { WindowAssigner } from '../windows/WindowAssigner.js';
import type { OperatorOptions } from './Stream.js';
import { OperatorStream } from './Stream.js';
import { WindowedStream } from './WindowedStream.js';

/**
 * A custom keyed operator, for operator authors: made once per job run from the operator's context and
 * its input batches (keyed), it returns its output batches. It owns the acknowledgement references of
 * the records it keeps, and takes part in checkpoints through `ctx.registerParticipant`. The kit it is
 * made of (batches, tokens, token holders, the timer heap) is exported by `@ht/stream-core/operator`.
 *
 * @example
 * ```ts
 * import { map } from 'rxjs';
 * const passThrough: KeyedOperator<Span, Span> = (_ctx, input) => input.pipe(map((b) => ({ ...b, keys: undefined })));
 * ```
 */
export type KeyedOperator<T, O> = (ctx: OperatorContext, input: Observable<Batch<T>>) => Observable<Batch<O>>;

/**
 * A stream partitioned by key (from `keyBy`): the entry to keyed state, timers and windows.
 *
 * @example
 * ```ts
 * const byTrace = spans.keyBy((s) => `${s.tenantId}:${s.traceId}`);
 * byTrace.window(sessionWindows({ gapMs: 30_000 })).process((spans, w) => [{ traceId: w.key, spans }]);
 * ```
 */
export class KeyedStream<K extends StateKey, T> {
  /** @internal */
  constructor(
    private readonly graph: JobGraph,
    /** @internal */ readonly input: NodeInput,
  ) {}

  /**
   * Runs a keyed process function (state and timers per key). TypeScript infers every type argument or
   * none: with an explicit output type, pass the state's type as well (`typeof state`).
   *
   * @example
   * ```ts
   * const state = { count: valueState<number>('count') };
   * byService.process<string, typeof state>({
   *   state,
   *   processElement(span, ctx) {
   *     const n = (ctx.state.count.get() ?? 0) + 1;
   *     ctx.state.count.set(n);
   *     ctx.emit(`${ctx.key}: ${n}`);
   *   },
   * });
   * ```
   */
  process<O, S extends StateSpec = Record<never, never>>(
    fn: KeyedProcessFunction<K, T, O, S>,
    options: OperatorOptions = {},
  ): OperatorStream<O> {
    const build = processOperator(fn);
    const node = this.graph.add({
      kind: 'process',
      name: options.name,
      defaultName: 'process',
      onError: options.onError,
      inputs: [this.input],
      build: (ctx, [input]) => build(ctx, input as Observable<Batch<T>>),
    });
    return new OperatorStream<O>(this.graph, { node });
  }

  /**
   * Runs a custom keyed operator (see {@link KeyedOperator}); for operator authors, such as the trace
   * grouper. Name it: the name identifies its state in checkpoints.
   *
   * @example
   * ```ts
   * const traces = spans.keyBy((s) => `${s.tenantId}:${s.traceId}`).operator(grouper, { name: 'grouper' });
   * ```
   */
  operator<O>(build: KeyedOperator<T, O>, options: OperatorOptions = {}): OperatorStream<O> {
    const node = this.graph.add({
      kind: 'process',
      name: options.name,
      defaultName: 'operator',
      onError: options.onError,
      inputs: [this.input],
      build: (ctx, [input]) => build(ctx, input as Observable<Batch<T>>),
    });
    return new OperatorStream<O>(this.graph, { node });
  }

  /**
   * Groups each key's records into windows; finish with `aggregate`, `reduce` or `process`.
   *
   * @example
   * ```ts
   * byService.window(tumblingWindows({ sizeMs: 60_000 })).allowedLateness(10_000).aggregate(countAggregate());
   * ```
   */
  window(assigner: WindowAssigner): WindowedStream<K, T> {
    return new WindowedStream<K, T>(this.graph, this.input, { assigner });
  }
}
