import { map, Observable, share, Subject, tap } from 'rxjs';
import type { Subscription } from 'rxjs';
import { releaseBoth, releaseRecords, retainRecords } from '../checkpoint/AckToken.js';
import type { CheckpointParticipant } from '../checkpoint/CheckpointParticipant.js';
import type { PartitionedParticipant } from '../checkpoint/PartitionedParticipant.js';
import type { Snapshot } from '../checkpoint/SnapshotStore.js';
import type { Batch } from '../core/Batch.js';
import { NO_WATERMARK } from '../core/Batch.js';
import type { MaybePromise } from '../core/maybeAsync.js';
import { allOf, andThen } from '../core/maybeAsync.js';
import type { DeadLetter, ErrorPolicy, RecordError } from '../errors/ErrorPolicy.js';
import { HtError, toHtError } from '../errors/HtError.js';
import type { MetricsRegistry } from '../metrics/MetricsRegistry.js';
import { SinkRunner } from '../sink/SinkRunner.js';
import { SourceRunner } from '../source/SourceRunner.js';
import type { SourceRunnerHooks } from '../source/SourceRunner.js';
import type { KeyedStateBackend } from '../state/KeyedStateBackend.js';
import type { Clock } from '../time/Clock.js';
import type { GraphNode, JobGraph, NodeInput } from './JobGraph.js';
import type { OperatorContext } from './OperatorContext.js';
import { SideOutputPort } from './SideOutputPort.js';

/** What a run needs from its job. */
export interface JobRunSettings {
  readonly name: string;
  readonly clock: Clock;
  readonly errorPolicy: ErrorPolicy;
  readonly stateBackend: KeyedStateBackend;
  readonly metrics: MetricsRegistry;
  readonly checkpointing: boolean;
  /** Keyed state is scoped per input partition (`JobOptions.partitionState`). */
  readonly partitionState?: boolean;
}

/** What a run asks of per-partition state when partitions come and go. */
export interface PartitionLifecycle {
  assigned(source: SourceRunner<unknown>, partitions: readonly string[]): Promise<void>;
  revoked(partition: string): void;
}

/**
 * One execution of a job graph: compiles the nodes into RxJS pipes of batches, wires sources, sinks,
 * side outputs, dead letters and fan-out, and tracks when the run finished or failed.
 */
export class JobRun {
  readonly sources: SourceRunner<unknown>[] = [];
  readonly sinks: SinkRunner<unknown>[] = [];
  readonly participants: CheckpointParticipant[] = [];
  readonly partitionedParticipants: PartitionedParticipant[] = [];
  /** Set by the job before {@link compile} when keyed state is per partition. */
  partitionLifecycle: PartitionLifecycle | undefined;
  readonly errors$ = new Subject<RecordError>();
  private readonly ports = new Map<number, Map<string, SideOutputPort<unknown>>>();
  private readonly deadLetters = new SideOutputPort<DeadLetter>('dead-letters');
  private readonly discards: Subscription[] = [];
  private readonly sourceNodes = new Map<GraphNode, SourceRunner<unknown>>();
  private openDiscards = 0;
  private state: 'running' | 'failed' | 'finished' = 'running';

  constructor(
    private readonly graph: JobGraph,
    private readonly settings: JobRunSettings,
    private readonly hooks: { failed(error: HtError): void; finished(): void },
  ) {}

  get status(): 'running' | 'failed' | 'finished' {
    return this.state;
  }

  /** Builds every pipe and subscribes the sinks; nothing flows until {@link start}. */
  compile(): void {
    const { graph } = this;
    const dlqNode = graph.nodes.find((n) => n.deadLetters === true);
    this.deadLetters.connected = (dlqNode?.consumers ?? 0) > 0;
    for (const node of graph.nodes) {
      const policy = node.onError ?? this.settings.errorPolicy;
      if (policy === 'dead-letter' && !this.deadLetters.connected) {
        throw new HtError(
          'CONFIG_INVALID',
          `operator "${node.name}" dead-letters failed records, but nothing reads job.deadLetters(): add job.deadLetters().to(sink)`,
        );
      }
    }
    const upstreamOfDlq = dlqNode === undefined ? [] : graph.nodes.filter((n) => !graph.downstreamOf(dlqNode).has(n));
    let openUpstream = upstreamOfDlq.filter((n) => n.sink === undefined).length;
    const outputs = new Map<number, Observable<Batch<unknown>>>();
    const resolve = (input: NodeInput): Observable<Batch<unknown>> => {
      if (input.tag !== undefined) return this.sideOutputOf(input.node, input.tag);
      const out = outputs.get(input.node.id);
      if (out === undefined) throw new HtError('INTERNAL', `node "${input.node.name}" was not compiled`);
      return out;
    };
    const pendingDiscards: Observable<Batch<unknown>>[] = [];
    for (const node of graph.nodes) {
      if (node.sink !== undefined) continue;
      const ctx = this.context(node);
      let out: Observable<Batch<unknown>>;
      if (node.source !== undefined) {
        const hooks: SourceRunnerHooks = {
          fail: (e) => this.fail(e),
          ackFailed: (e) => this.fail(toHtError(e, 'DEPENDENCY_UNAVAILABLE', `source "${node.name}" ack failed`)),
          starved: () => this.nudgeSinksIfStarved(),
        };
        if (this.settings.partitionState === true) {
          hooks.assigned = (source, partitions) => this.partitionLifecycle?.assigned(source, partitions);
          hooks.revoked = (_source, partition) => this.partitionLifecycle?.revoked(partition);
        }
        const runner = new SourceRunner(node.source.source, node.source.options, ctx, hooks);
        this.sources.push(runner);
        this.sourceNodes.set(node, runner);
        out = runner.batches;
      } else if (node.deadLetters === true) {
        out = new Observable<Batch<unknown>>((s) => this.deadLetters.attach(s));
      } else if (node.build !== undefined) {
        out = node.build(ctx, node.inputs.map(resolve));
      } else {
        throw new HtError('INTERNAL', `node "${node.name}" has nothing to run`);
      }
      const countsForDlq = upstreamOfDlq.includes(node);
      out = out.pipe(
        tap({
          complete: () => {
            this.portsOf(node).forEach((p) => p.complete());
            if (countsForDlq && --openUpstream === 0) this.deadLetters.complete();
          },
          error: (e: unknown) => this.portsOf(node).forEach((p) => p.error(e)),
        }),
      );
      outputs.set(node.id, fanOut(out, node.consumers));
      if (node.consumers === 0) pendingDiscards.push(out);
    }
    if (dlqNode !== undefined && openUpstream === 0) this.deadLetters.complete();
    for (const node of graph.nodes) {
      if (node.sink === undefined) continue;
      const runner = new SinkRunner(node.sink.sink, node.sink.options, this.context(node), {
        fail: (e) => this.fail(e),
        ended: () => this.checkFinished(),
      });
      this.sinks.push(runner);
      const input = node.inputs[0];
      if (input !== undefined) runner.subscribe(resolve(input));
    }
    for (const out of pendingDiscards) this.discard(out);
  }

  /** Restores a checkpoint into sources and operators (before {@link start}). */
  restore(snapshot: Snapshot): void {
    for (const runner of this.sources) {
      const s = snapshot.sources[runner.name];
      if (s !== undefined) runner.restore(s);
    }
    for (const p of this.participants) if (p.uid in snapshot.operators) p.restore(snapshot.operators[p.uid]);
  }

  /** Starts every source. */
  start(): MaybePromise<void> {
    return allOf(this.sources.map((s) => s.start()));
  }

  fail(error: unknown): void {
    if (this.state !== 'running') return;
    this.state = 'failed';
    for (const s of this.sinks) s.unsubscribe();
    for (const d of this.discards) d.unsubscribe();
    this.hooks.failed(toHtError(error));
  }

  /** Closes the sinks (after they finished, or on failure). */
  closeSinks(): MaybePromise<void> {
    return allOf(this.sinks.map((s) => s.close()));
  }

  private checkFinished(): void {
    if (this.state !== 'running' || this.openDiscards > 0) return;
    if (!this.sinks.every((s) => s.done)) return;
    this.state = 'finished';
    const closed = andThen(this.closeSinks(), () => this.hooks.finished());
    if (closed instanceof Promise) closed.catch((e: unknown) => this.hooks.failed(toHtError(e)));
  }

  private discard(out: Observable<Batch<unknown>>): void {
    this.openDiscards++;
    this.discards.push(
      out.subscribe({
        next: (b) => releaseRecords(b.tokens),
        error: (e: unknown) => this.fail(e),
        complete: () => {
          this.openDiscards--;
          this.checkFinished();
        },
      }),
    );
  }

  private nudgeSinksIfStarved(): void {
    if (this.sources.every((s) => s.starved)) for (const s of this.sinks) s.nudge();
  }

  /** The sources whose records reach `node`. */
  private sourcesUpstreamOf(node: GraphNode): SourceRunner<unknown>[] {
    const upstream: SourceRunner<unknown>[] = [];
    for (const [sourceNode, runner] of this.sourceNodes)
      if (this.graph.downstreamOf(sourceNode).has(node)) upstream.push(runner);
    return upstream;
  }

  /**
   * State per input partition is only sound when every record of a key is in one partition, that is
   * when the operator's key is the partitioning (Kafka message) key of every source upstream.
   */
  private checkKeyIsMessageKey(node: GraphNode): void {
    const why = (detail: string): HtError =>
      new HtError(
        'CONFIG_INVALID',
        `operator "${node.name}" keeps its keyed state per input partition, which is only sound when its key is the ` +
          `Kafka message key (every record of a key then comes from one partition, so one copy of the job owns it): ${detail}`,
      );
    let keyed: GraphNode | undefined = node.inputs[0]?.node;
    while (keyed !== undefined && keyed.keyBy === undefined && keyed.inputs.length === 1) keyed = keyed.inputs[0]?.node;
    if (keyed?.keyBy === undefined) throw why('no keyBy was found upstream of it');
    const { messageKey } = keyed.keyBy;
    if (messageKey === undefined) {
      throw why(`keyBy "${keyed.name}" does not say which message key its key is (keyBy(fn, { messageKey }))`);
    }
    const sources = [...this.sourceNodes.keys()].filter((s) => this.graph.downstreamOf(s).has(keyed));
    for (const s of sources) {
      const sourceKey = s.source?.source.messageKey;
      if (sourceKey !== messageKey) {
        throw why(
          sourceKey === undefined
            ? `source "${s.name}" does not say how its records are keyed (Source.messageKey), keyBy "${keyed.name}" keys by "${messageKey}"`
            : `source "${s.name}" is keyed by "${sourceKey}", keyBy "${keyed.name}" keys by "${messageKey}"`,
        );
      }
    }
  }

  private portsOf(node: GraphNode): SideOutputPort<unknown>[] {
    return [...(this.ports.get(node.id)?.values() ?? [])];
  }

  private port(node: GraphNode, tag: string): SideOutputPort<unknown> {
    let byTag = this.ports.get(node.id);
    if (byTag === undefined) this.ports.set(node.id, (byTag = new Map<string, SideOutputPort<unknown>>()));
    let port = byTag.get(tag);
    if (port === undefined) {
      port = new SideOutputPort(tag);
      port.connected = (node.sideConsumers.get(tag) ?? 0) > 0;
      byTag.set(tag, port);
    }
    return port;
  }

  private sideOutputOf(node: GraphNode, tag: string): Observable<Batch<unknown>> {
    const port = this.port(node, tag);
    return fanOut(new Observable<Batch<unknown>>((s) => port.attach(s)), node.sideConsumers.get(tag) ?? 0);
  }

  private context(node: GraphNode): OperatorContext {
    const { settings } = this;
    const metrics = settings.metrics.register(settings.name, node.name, node.kind);
    const policy = node.onError ?? settings.errorPolicy;
    let upstream: SourceRunner<unknown>[] | undefined;
    const sourcesUpstream = (): SourceRunner<unknown>[] => (upstream ??= this.sourcesUpstreamOf(node));
    return {
      job: settings.name,
      name: node.name,
      clock: settings.clock,
      metrics,
      policy,
      checkpointing: settings.checkpointing,
      statePerPartition: settings.partitionState === true,
      get sourceWatermarks() {
        return sourcesUpstream()[0]?.watermarkOptions;
      },
      stateBackend: settings.stateBackend,
      sideOutput: <T>(tag: string) => this.port(node, tag) as SideOutputPort<T>,
      registerParticipant: (p) => {
        if (settings.partitionState === true && p.stateless !== true) {
          throw new HtError(
            'CONFIG_INVALID',
            `operator "${node.name}" keeps its state for the whole job, but job "${settings.name}" keeps state per input partition (partitionState): ` +
              `only partition-scoped operators (registerPartitionedParticipant: windows, keyed process functions, the trace grouper) ` +
              `and stateless steps can run in it`,
          );
        }
        this.participants.push(p);
      },
      registerPartitionedParticipant: (p) => {
        if (settings.partitionState !== true) {
          throw new HtError(
            'CONFIG_INVALID',
            `operator "${node.name}" keeps its state per input partition: run job "${settings.name}" with partitionState`,
          );
        }
        this.checkKeyIsMessageKey(node);
        this.partitionedParticipants.push(p);
      },
      throttleSources: (throttled) => {
        for (const s of sourcesUpstream()) s.throttle(node.name, throttled);
      },
      recordFailed: (error, record, time, token) => {
        metrics.errors++;
        const detail = error instanceof Error ? error.message : String(error);
        const err = new HtError('USER_FUNCTION_FAILED', `operator "${node.name}" failed on a record: ${detail}`, {
          cause: error,
          context: { operator: node.name, record },
        });
        if (policy === 'fail') throw err;
        const report: RecordError = { operator: node.name, error: err, record, timestamp: time };
        this.errors$.next(report);
        if (policy === 'skip') {
          metrics.dropped++;
          if (token !== null) releaseBoth(token);
          return;
        }
        this.deadLetters.push(report, time, token);
        this.deadLetters.flush(NO_WATERMARK, false);
      },
    };
  }
}

/** Multicasts a node's output to several consumers, each holding its own references on the records. */
function fanOut(out: Observable<Batch<unknown>>, consumers: number): Observable<Batch<unknown>> {
  if (consumers <= 1) return out;
  return out.pipe(
    map((b) => {
      retainRecords(b.tokens, consumers - 1);
      return b;
    }),
    share(),
  );
}
