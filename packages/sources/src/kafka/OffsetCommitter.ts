import type { KafkaCommit, KafkaTopicPartition } from '@ht/stream-core/kafka';
import { partitionId } from '@ht/stream-core/kafka';

interface Pending {
  readonly commit: KafkaCommit;
  /** The partition's assignment epoch when the offset was acknowledged. */
  readonly epoch: number;
}

/**
 * What an {@link OffsetCommitter} tells its owner.
 *
 * @example
 * ```ts
 * const hooks: OffsetCommitterHooks = { committed: (c) => stats.commits += c.length, failed: (e) => log(e) };
 * ```
 */
export interface OffsetCommitterHooks {
  committed(commits: readonly KafkaCommit[]): void;
  failed(error: unknown, commits: readonly KafkaCommit[]): void;
}

/**
 * Commits acknowledged offsets, one request at a time so commits of a partition never overtake each other
 * (a late `42` after `97` would move the group back). Offsets acknowledged while a request is in flight
 * are coalesced into the next one (the newest per partition). A failed request is retried with backoff
 * unless a newer offset came in or the partition was {@link drop}ped: offsets of a revoked partition are
 * never committed from this member, even when a request carrying them failed across the rebalance.
 *
 * @example
 * ```ts
 * const committer = new OffsetCommitter((offsets) => port.commit(offsets), hooks);
 * committer.request({ topic: 'spans', partition: 0 }, '42'); // commits 42: the next record to read
 * committer.drop({ topic: 'spans', partition: 0 });          // revoked: forget what was not sent
 * ```
 */
export class OffsetCommitter {
  private readonly pending = new Map<string, Pending>();
  private readonly epochs = new Map<string, number>();
  /** The last offset committed per partition id. */
  readonly committed = new Map<string, string>();
  private inFlight: Promise<void> | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  private readonly idle: (() => void)[] = [];

  constructor(
    private readonly send: (commits: readonly KafkaCommit[]) => Promise<void>,
    private readonly hooks: OffsetCommitterHooks,
    private readonly retry: { readonly baseDelayMs: number; readonly maxDelayMs: number } = {
      baseDelayMs: 100,
      maxDelayMs: 5_000,
    },
  ) {}

  /** Commits `offset` (the next record to read) for `tp` soon. */
  request(tp: KafkaTopicPartition, offset: string): void {
    const id = partitionId(tp);
    this.pending.set(id, { commit: { ...tp, offset }, epoch: this.epochs.get(id) ?? 0 });
    this.kick();
  }

  /** The partition was revoked: what is not yet sent for it is forgotten, and failed sends are not retried. */
  drop(tp: KafkaTopicPartition): void {
    const id = partitionId(tp);
    this.pending.delete(id);
    this.epochs.set(id, (this.epochs.get(id) ?? 0) + 1);
    this.committed.delete(id);
    this.settleIfIdle();
  }

  /** Offsets waiting to be sent or in flight. */
  get busy(): boolean {
    return this.inFlight !== undefined || this.pending.size > 0;
  }

  /**
   * Resolves once every offset requested so far was sent, or failed once more: for a final commit
   * before the consumer leaves.
   */
  flush(): Promise<void> {
    if (this.retryTimer !== undefined) {
      clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
      this.kick();
    }
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private kick(): void {
    if (this.inFlight !== undefined || this.retryTimer !== undefined || this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending.clear();
    const commits = batch.map((p) => p.commit);
    this.inFlight = this.send(commits).then(
      () => {
        this.failures = 0;
        for (const p of batch) {
          const id = partitionId(p.commit);
          if ((this.epochs.get(id) ?? 0) === p.epoch) this.committed.set(id, p.commit.offset);
        }
        this.hooks.committed(commits);
        this.done(false);
      },
      (error: unknown) => {
        this.hooks.failed(error, commits);
        // A flush gives each offset one more attempt, then lets the owner go on.
        const flushing = this.idle.length > 0;
        for (const p of flushing ? [] : batch) {
          const id = partitionId(p.commit);
          if ((this.epochs.get(id) ?? 0) === p.epoch && !this.pending.has(id)) this.pending.set(id, p);
        }
        this.done(true);
      },
    );
  }

  private done(failed: boolean): void {
    this.inFlight = undefined;
    const flushing = this.idle.length > 0;
    if (failed && this.pending.size > 0 && !flushing) {
      this.failures++;
      const delay = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (this.failures - 1));
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        this.kick();
      }, delay);
      this.retryTimer.unref();
      return;
    }
    this.kick();
    this.settleIfIdle();
  }

  private settleIfIdle(): void {
    if (this.busy) return;
    for (const resolve of this.idle.splice(0)) resolve();
  }
}
