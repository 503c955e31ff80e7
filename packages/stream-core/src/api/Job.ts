import type { Observable } from 'rxjs';
import { Subject } from 'rxjs';
import type { CheckpointOptions, CheckpointResult } from '../checkpoint/CheckpointCoordinator.js';
import { CheckpointCoordinator } from '../checkpoint/CheckpointCoordinator.js';
import type { Snapshot } from '../checkpoint/SnapshotStore.js';
import type { PartitionCheckpointResult, PartitionStateOptions } from '../checkpoint/PartitionStateCoordinator.js';
import { PartitionStateCoordinator } from '../checkpoint/PartitionStateCoordinator.js';
import type { PartitionStateStats } from '../checkpoint/PartitionStateStats.js';
import type { MaybePromise } from '../core/maybeAsync.js';
import { allOf, andThen, isPromiseLike } from '../core/maybeAsync.js';
import type { DeadLetter, ErrorPolicy, RecordError } from '../errors/ErrorPolicy.js';
import { HtError, toHtError } from '../errors/HtError.js';
import { JobGraph } from '../graph/JobGraph.js';
import { JobRun } from '../graph/JobRun.js';
import { MetricsRegistry } from '../metrics/MetricsRegistry.js';
import type { Source } from '../source/Source.js';
import type { SourceOptions } from '../source/SourceRunner.js';
import type { KeyedStateBackend } from '../state/KeyedStateBackend.js';
import { MemoryStateBackend } from '../state/MemoryStateBackend.js';
import type { Clock } from '../time/Clock.js';
import { systemClock } from '../time/Clock.js';
import { Stream } from './Stream.js';

/** What to do with open windows and state when a running job stops. */
export type DrainPolicy =
  /** Fire every window and event-time timer (watermark +∞), write the results, then stop. */
  | 'flush'
  /** Take a final checkpoint holding the open windows, then stop (needs checkpoints). */
  | 'checkpoint'
  /** Stop at once; unacknowledged records are replayed by the next run. */
  | 'discard';

/** Settings of a {@link Job}. */
export interface JobOptions {
  /** The job's name: in metrics, Redis keys and snapshots. */
  readonly name: string;
  /** Processing time. Default the system clock; a `VirtualClock` in tests. */
  readonly clock?: Clock;
  /** Default error policy of every operator. Default `fail`. */
  readonly errorPolicy?: ErrorPolicy;
  /** Where keyed state of `process` functions lives. Default in memory. */
  readonly stateBackend?: KeyedStateBackend;
  /** Periodic checkpoints; without them, state and open windows are rebuilt by replay. */
  readonly checkpoints?: CheckpointOptions;
  /**
   * Keyed state scoped per input partition, for N copies of a job sharing a Kafka consumer group: each
   * partition's state is snapshotted with its position, restored where the partition is assigned and
   * dropped where it is revoked (docs/scaling.md). Not together with `checkpoints`.
   */
  readonly partitionState?: PartitionStateOptions;
  /** Default for {@link Job.stop}. Default `flush`. */
  readonly drainOnStop?: DrainPolicy;
}

/** Where a job is in its life. */
export type JobStatus = 'created' | 'starting' | 'running' | 'stopping' | 'finished' | 'failed' | 'closed';

/**
 * A dataflow job: build it from sources with the {@link Stream} operators, then `start` it. It ends
 * when every source ended and everything was written (`done` resolves), when `stop` is called, or when
 * it fails (`done` rejects with an `HtError`).
 *
 * @example
 * ```ts
 * const job = new Job({ name: 'service-counts' });
 * job.source(spanSource, { timestamp: (s) => s.startMs, watermarks: { outOfOrdernessMs: 5_000 } })
 *   .keyBy((s) => s.service)
 *   .window(tumblingWindows({ sizeMs: 60_000 }))
 *   .aggregate(countAggregate(), (count, w) => ({ service: w.key, minute: w.start, count }))
 *   .to(countsSink);
 * await job.start();
 * await job.done;
 * ```
 */
export class Job {
  readonly name: string;
  readonly clock: Clock;
  readonly metrics: MetricsRegistry;
  private readonly graph = new JobGraph();
  private readonly errorSubject = new Subject<RecordError>();
  private run: JobRun | undefined;
  private coordinator: CheckpointCoordinator | undefined;
  private partitions: PartitionStateCoordinator | undefined;
  private current: JobStatus = 'created';
  private resolveDone!: () => void;
  private rejectDone!: (e: HtError) => void;

  /** Resolves when the job finished (sources ended, all written); rejects when it failed. */
  readonly done: Promise<void>;

  constructor(private readonly options: JobOptions) {
    this.name = options.name;
    this.clock = options.clock ?? systemClock;
    this.metrics = new MetricsRegistry(this.clock);
    this.done = new Promise<void>((resolve, reject) => {
      this.resolveDone = resolve;
      this.rejectDone = reject;
    });
    // Whoever starts a job may only await start(); a failure must not surface as an unhandled rejection.
    this.done.catch(() => undefined);
  }

  /** Restore and snapshot counters of per-partition state (`undefined` without `partitionState`). */
  get partitionStateStats(): PartitionStateStats | undefined {
    return this.partitions?.stats;
  }

  get status(): JobStatus {
    return this.current;
  }

  /** Records skipped or dead-lettered by an error policy, as they happen. */
  get errors$(): Observable<RecordError> {
    return this.errorSubject.asObservable();
  }

  /**
   * A stream of a source's records.
   *
   * @example
   * ```ts
   * const spans = job.source(kafkaSpans, { timestamp: (s) => s.startMs, watermarks: { outOfOrdernessMs: 5_000, idleTimeoutMs: 30_000 } });
   * ```
   */
  source<T>(source: Source<T>, options: SourceOptions<T> = {}): Stream<T> {
    const node = this.graph.add({
      kind: 'source',
      name: options.name,
      nameHint: source.name,
      defaultName: source.name,
      inputs: [],
      source: { source: source, options: options as SourceOptions<unknown> },
    });
    return new Stream<T>(this.graph, { node });
  }

  /**
   * Records that operators with the `dead-letter` policy failed on. Send them to a sink.
   *
   * @example
   * ```ts
   * job.deadLetters().to(dlqSink);
   * ```
   */
  deadLetters(): Stream<DeadLetter> {
    return new Stream<DeadLetter>(this.graph, { node: this.graph.deadLetters() });
  }

  /**
   * Compiles the graph, restores the latest checkpoint (if checkpoints are on) and starts the sources.
   * Synchronous under virtual time when nothing is async (no snapshot store, synchronous sources).
   */
  start(): Promise<void> {
    try {
      return Promise.resolve(this.startNow());
    } catch (e) {
      const error = toHtError(e, 'INTERNAL', `job "${this.name}" could not start`);
      if (this.current === 'starting') this.failed(error);
      return Promise.reject(error);
    }
  }

  /**
   * Stops a running job: the sources stop, open windows are handled per `drain`, every write in flight
   * completes, sinks are flushed and closed. Resolves when that is done.
   */
  async stop(options: { readonly drain?: DrainPolicy } = {}): Promise<void> {
    const run = this.run;
    if (this.current === 'stopping' || this.current === 'failed') return this.done;
    if (run === undefined || this.current !== 'running') return;
    const drain = options.drain ?? this.options.drainOnStop ?? 'flush';
    this.current = 'stopping';
    this.coordinator?.stop();
    this.partitions?.stop();
    if (drain === 'checkpoint') {
      const coordinator = this.coordinator ?? this.partitions;
      if (coordinator === undefined) throw new HtError('CONFIG_INVALID', 'drain "checkpoint" needs checkpoints');
      for (const s of run.sources) s.hold(true);
      await coordinator.trigger();
    }
    await allOf(run.sources.map((s) => s.stop(drain === 'flush')));
    return this.done;
  }

  /**
   * Takes a per-partition checkpoint now (jobs with `partitionState`).
   *
   * @example
   * ```ts
   * const { positions } = await job.checkpointPartitions(); // { 'raw-spans:0': '41', … }
   * ```
   */
  checkpointPartitions(): Promise<PartitionCheckpointResult> {
    if (this.partitions === undefined || this.current !== 'running') {
      return Promise.reject(new HtError('LIFECYCLE', `job "${this.name}" is not running with partitionState`));
    }
    return this.partitions.trigger();
  }

  /** Takes a checkpoint now. */
  checkpoint(): Promise<CheckpointResult> {
    if (this.coordinator === undefined || this.current !== 'running') {
      return Promise.reject(new HtError('LIFECYCLE', `job "${this.name}" is not running with checkpoints`));
    }
    return this.coordinator.trigger();
  }

  /** Stops the job if it runs (with the default drain) and releases its resources. */
  async close(): Promise<void> {
    if (this.current === 'closed') return;
    if (this.current === 'running') await this.stop().catch(() => undefined);
    this.coordinator?.stop();
    this.partitions?.stop();
    if (this.run !== undefined && this.current === 'failed') await this.run.closeSinks();
    this.current = 'closed';
    this.errorSubject.complete();
  }

  private startNow(): MaybePromise<void> {
    if (this.current !== 'created') throw new HtError('LIFECYCLE', `job "${this.name}" was already started`);
    this.current = 'starting';
    if (this.options.partitionState !== undefined && this.options.checkpoints !== undefined) {
      throw new HtError(
        'CONFIG_INVALID',
        `job "${this.name}": choose checkpoints (one whole-job snapshot) or partitionState (a snapshot per input partition), not both`,
      );
    }
    this.graph.freeze();
    const run = new JobRun(
      this.graph,
      {
        name: this.name,
        clock: this.clock,
        errorPolicy: this.options.errorPolicy ?? 'fail',
        stateBackend: this.options.stateBackend ?? new MemoryStateBackend(),
        metrics: this.metrics,
        checkpointing: this.options.checkpoints !== undefined || this.options.partitionState !== undefined,
        partitionState: this.options.partitionState !== undefined,
      },
      { failed: (e) => this.failed(e), finished: () => this.finished() },
    );
    this.run = run;
    run.errors$.subscribe(this.errorSubject);
    if (this.options.partitionState !== undefined) {
      const partitions = new PartitionStateCoordinator(this.name, run, this.options.partitionState, this.clock, (e) =>
        run.fail(e),
      );
      this.partitions = partitions;
      run.partitionLifecycle = partitions;
    }
    run.compile();
    const checkpoints = this.options.checkpoints;
    if (checkpoints === undefined) return this.launch(run, undefined);
    this.coordinator = new CheckpointCoordinator(this.name, run, checkpoints, this.clock, (e) => run.fail(e));
    return checkpoints.store.load(this.name).then((snapshot) => this.launch(run, snapshot));
  }

  private launch(run: JobRun, snapshot: Snapshot | undefined): MaybePromise<void> {
    if (snapshot !== undefined) {
      run.restore(snapshot);
      this.coordinator?.resumeAfter(snapshot);
    }
    if (this.current === 'starting') this.current = 'running';
    this.coordinator?.schedule();
    this.partitions?.schedule();
    const started = run.start();
    if (isPromiseLike(started)) {
      return started.catch((e: unknown) => {
        run.fail(e);
        throw e;
      });
    }
    return andThen(started, () => undefined);
  }

  private failed(error: HtError): void {
    if (this.current === 'closed' || this.current === 'finished') return;
    this.current = 'failed';
    this.coordinator?.stop();
    this.partitions?.stop();
    this.rejectDone(error);
  }

  private finished(): void {
    if (this.current === 'failed' || this.current === 'closed') return;
    this.current = 'finished';
    this.coordinator?.stop();
    this.partitions?.stop();
    this.resolveDone();
  }
}
