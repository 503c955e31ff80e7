import { allOf, andThen, isPromiseLike } from '../core/maybeAsync.js';
import { toHtError } from '../errors/HtError.js';
import type { JobRun } from '../graph/JobRun.js';
import type { Clock } from '../time/Clock.js';
import type { AckToken } from './AckToken.js';
import { releaseAck } from './AckToken.js';
import { PeriodicCheckpoints } from './PeriodicCheckpoints.js';
import type { Snapshot, SnapshotStore } from './SnapshotStore.js';
import { decodeSnapshot, encodeSnapshot } from './SnapshotStore.js';

/** Checkpoint settings of a job. */
export interface CheckpointOptions {
  readonly store: SnapshotStore;
  /** Processing time between checkpoints. Default 10 s. */
  readonly intervalMs?: number;
}

/** What a completed checkpoint covered. */
export interface CheckpointResult {
  readonly id: number;
  readonly takenAt: number;
  /** Per source, per partition: the last position included. */
  readonly positions: Readonly<Record<string, Readonly<Record<string, string | number>>>>;
}

/**
 * Takes checkpoints: at a quiescent point (sources held only if an async stage is busy) it copies
 * every operator's state and each partition's last emitted position; then it waits until every sink
 * has made durable what it was given before that point, saves the snapshot, and only then releases
 * the acknowledgements that state was holding. One checkpoint at a time.
 */
export class CheckpointCoordinator extends PeriodicCheckpoints<CheckpointResult> {
  private nextId = 1;

  constructor(
    private readonly job: string,
    private readonly run: JobRun,
    private readonly options: CheckpointOptions,
    clock: Clock,
    onError: (error: unknown) => void,
  ) {
    super(clock, options.intervalMs, onError);
  }

  /** Continues numbering after a restored snapshot. */
  resumeAfter(snapshot: Snapshot): void {
    this.nextId = snapshot.id + 1;
  }

  protected async take(): Promise<CheckpointResult> {
    const { run } = this;
    const quiet = allOf(run.participants.map((p) => p.quiesce?.()));
    if (isPromiseLike(quiet)) {
      for (const s of run.sources) s.hold(true);
      try {
        while (isPromiseLike(allOf(run.participants.map((p) => p.quiesce?.())))) {
          await allOf(run.participants.map((p) => p.quiesce?.()));
        }
      } finally {
        for (const s of run.sources) s.hold(false);
      }
    }
    // Quiescent from here to the end of this synchronous block.
    const id = this.nextId++;
    const takenAt = this.clock.now();
    const sources: Record<string, ReturnType<(typeof run.sources)[number]['snapshot']>> = {};
    for (const s of run.sources) sources[s.name] = s.snapshot();
    const operators: Record<string, unknown> = {};
    const held: AckToken[] = [];
    for (const p of run.participants) {
      operators[p.uid] = p.snapshot();
      held.push(...p.takeHeldTokens());
    }
    const persisted = allOf(run.participants.map((p) => p.persist?.()));
    const barriers = run.sinks.map((s) => s.barrier());
    // Operators hand out live objects (accumulators, state values): copy them before processing goes on.
    const snapshot = decodeSnapshot(encodeSnapshot({ version: 1, job: this.job, id, takenAt, sources, operators }));
    try {
      await andThen(persisted, () => allOf(barriers));
      await this.options.store.save(snapshot);
    } catch (error) {
      // The held references stay with nobody: the records are replayed after a restart, as they must be.
      throw toHtError(error, 'STATE_FAILED', `checkpoint ${id} of job "${this.job}" failed`);
    }
    for (const t of held) releaseAck(t);
    const positions: Record<string, Record<string, string | number>> = {};
    for (const [name, s] of Object.entries(sources)) positions[name] = { ...s.positions };
    return { id, takenAt, positions };
  }
}
