import { map } from 'rxjs';
import type { Observable } from 'rxjs';
import type { Batch, StateKey } from '../core/Batch.js';
import type { ErrorPolicy } from '../errors/ErrorPolicy.js';
import type { GraphNode, JobGraph, NodeInput } from '../graph/JobGraph.js';
import type { BatchTransform } from '../operators/BatchTransform.js';
import { filterOperator } from '../operators/filter.js';
import { flatMapOperator } from '../operators/flatMap.js';
import { keyByOperator } from '../operators/keyBy.js';
import { mapOperator } from '../operators/map.js';
import { asyncStepSettings, mapAsyncOperator } from '../operators/mapAsync.js';
import { unionOperator } from '../operators/union.js';
import type { Sink } from '../sink/Sink.js';
import type { SinkOptions } from '../sink/SinkRunner.js';
import { KeyedStream } from './KeyedStream.js';
import type { MapAsyncOptions } from './MapAsyncOptions.js';
import type { OutputTag } from './OutputTag.js';

/** Options every operator takes. */
export interface OperatorOptions {
  /** Unique name in the job: shows in metrics and errors, and identifies the operator's checkpoint state. */
  readonly name?: string;
  /** What to do with a record whose callback throws (default: the job's `errorPolicy`). */
  readonly onError?: ErrorPolicy;
}

/**
 * Options of `keyBy`.
 *
 * @example
 * ```ts
 * spans.keyBy((span) => `${span.tenantId}:${span.traceId}`, { name: 'grouper:key', messageKey: 'tenant:traceId' });
 * ```
 */
export interface KeyByOptions extends OperatorOptions {
  /**
   * The source's message key this key equals (`Source.messageKey`): required by operators that keep
   * state per input partition, which is only sound when all records of a key are in one partition.
   */
  readonly messageKey?: string;
}

/**
 * A typed stream of records: the builder users start from (`job.source(...)`). Operators take
 * per-record callbacks; underneath, records travel in batches.
 *
 * @example
 * ```ts
 * job.source(spanSource, { timestamp: (s) => s.startMs })
 *   .filter((s) => s.kind === 'SERVER')
 *   .map((s) => ({ service: s.service, ms: s.durationMs }))
 *   .to(rowsSink);
 * ```
 */
export class Stream<T> {
  /** @internal Streams are made by `Job.source` and by operators. */
  constructor(
    protected readonly graph: JobGraph,
    /** @internal */ readonly input: NodeInput,
  ) {}

  /** The operator name of the node producing this stream. */
  get name(): string {
    return this.input.node.name;
  }

  /**
   * One output per record.
   *
   * @example
   * ```ts
   * spans.map((s) => s.durationMs);
   * ```
   */
  map<U>(fn: (value: T) => U, options: OperatorOptions = {}): Stream<U> {
    return this.transform('map', mapOperator(fn), options);
  }

  /**
   * One output per record from an async function (a lookup, an enricher chain), after Flink's async
   * I/O: records are called without waiting for earlier results, at most `maxInFlight` at a time (then
   * the step stops taking records and the sources pause); results leave in input order, or as they
   * settle with `ordered: false` (never past a watermark either way). A record is acknowledged once its
   * result is durable downstream; a rejection, a throw or a `timeoutMs` expiry goes to the error policy.
   * Checkpoints wait for the records in flight; when the input ends, the step waits for them, then ends.
   *
   * @example
   * ```ts
   * job.source(source).mapAsync((record) => lookup(record), { name: 'lookup', maxInFlight: 64, timeoutMs: 10_000, onError: 'dead-letter' });
   * ```
   */
  mapAsync<U>(fn: (value: T) => PromiseLike<U> | U, options: MapAsyncOptions = {}): Stream<U> {
    const build = mapAsyncOperator(fn, asyncStepSettings(options));
    const node = this.graph.add({
      kind: 'operator',
      name: options.name,
      defaultName: 'mapAsync',
      onError: options.onError,
      inputs: [this.input],
      build: (ctx, [input]) => build(ctx, input as Observable<Batch<T>>),
    });
    return new Stream<U>(this.graph, { node });
  }

  /**
   * Keeps the records `predicate` accepts; a type guard narrows the stream's type.
   *
   * @example
   * ```ts
   * spans.filter((s): s is ServerSpan => s.kind === 'SERVER');
   * ```
   */
  filter<S extends T>(predicate: (value: T) => value is S, options?: OperatorOptions): Stream<S>;
  filter(predicate: (value: T) => boolean, options?: OperatorOptions): Stream<T>;
  filter(predicate: (value: T) => boolean, options: OperatorOptions = {}): Stream<T> {
    return this.transform('filter', filterOperator(predicate), options);
  }

  /**
   * Zero or more outputs per record.
   *
   * @example
   * ```ts
   * traces.flatMap((t) => t.spans);
   * ```
   */
  flatMap<U>(fn: (value: T) => Iterable<U>, options: OperatorOptions = {}): Stream<U> {
    return this.transform('flatMap', flatMapOperator(fn), options);
  }

  /**
   * Partitions the stream by key, for keyed state, timers and windows.
   *
   * @example
   * ```ts
   * spans.keyBy((s) => `${s.tenantId}:${s.traceId}`).window(sessionWindows({ gapMs: 30_000 }));
   * ```
   */
  keyBy<K extends StateKey>(keyOf: (value: T) => K, options: KeyByOptions = {}): KeyedStream<K, T> {
    const node = this.graph.add({
      kind: 'operator',
      name: options.name,
      defaultName: 'keyBy',
      onError: options.onError,
      inputs: [this.input],
      keyBy: options.messageKey === undefined ? {} : { messageKey: options.messageKey },
      build: (ctx, [input]) => (input as Observable<Batch<T>>).pipe(map(keyByOperator(keyOf)(ctx))),
    });
    return new KeyedStream<K, T>(this.graph, { node });
  }

  /**
   * Merges streams of the same type; the watermark is the minimum over active inputs.
   *
   * @example
   * ```ts
   * otlp.union(zipkin, jaeger).to(rawSpans);
   * ```
   */
  union(...others: Stream<T>[]): Stream<T> {
    const node = this.graph.add({
      kind: 'union',
      defaultName: 'union',
      inputs: [this.input, ...others.map((o) => o.input)],
      build: (ctx, inputs) => unionOperator(ctx, inputs),
    });
    return new Stream<T>(this.graph, { node });
  }

  /**
   * Sends the stream to a sink. Records are acknowledged to their sources once the sink's write resolved.
   *
   * @example
   * ```ts
   * rows.to(clickhouseSink, { retry: { retries: 8, baseDelayMs: 200 } });
   * ```
   */
  to(sink: Sink<T>, options: SinkOptions = {}): void {
    this.graph.add({
      kind: 'sink',
      name: options.name,
      nameHint: sink.name,
      defaultName: sink.name,
      inputs: [this.input],
      sink: { sink: sink, options },
    });
  }

  /** @internal Adds a stateless batch transform. */
  protected transform<U>(op: string, t: BatchTransform<T, U>, options: OperatorOptions): Stream<U> {
    return new Stream<U>(this.graph, { node: this.addTransform(op, t, options) });
  }

  private addTransform<U>(op: string, t: BatchTransform<T, U>, options: OperatorOptions): GraphNode {
    return this.graph.add({
      kind: 'operator',
      name: options.name,
      defaultName: op,
      onError: options.onError,
      inputs: [this.input],
      build: (ctx, [input]) => (input as Observable<Batch<T>>).pipe(map(t(ctx))),
    });
  }
}

/**
 * The output of an operator that can also write side outputs (process functions, windows).
 *
 * @example
 * ```ts
 * const counted = keyed.window(tumblingWindows({ sizeMs: 60_000 })).lateData(late).aggregate(countAggregate());
 * counted.sideOutput(late).to(lateSink);
 * ```
 */
export class OperatorStream<T> extends Stream<T> {
  /**
   * The records the operator wrote to `tag`.
   *
   * @example
   * ```ts
   * const errors = new OutputTag<Span>('errors');
   * processed.sideOutput(errors).to(errorSink);
   * ```
   */
  sideOutput<X>(tag: OutputTag<X>): Stream<X> {
    return new Stream<X>(this.graph, { node: this.input.node, tag: tag.id });
  }
}
