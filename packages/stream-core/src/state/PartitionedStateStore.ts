import type { StateKey } from '../core/Batch.js';
import type { MaybePromise } from '../core/maybeAsync.js';
import { allOf } from '../core/maybeAsync.js';
import type { OperatorStateStore, StateForm, StateTable } from './KeyedStateBackend.js';

/** Which input partition the handles address: the operator moves it with the key. */
export interface PartitionCursor {
  partition: string;
}

/**
 * The keyed state of a process function in a job with `partitionState` (internal): one store of the
 * job's backend per input partition, so each partition's state is snapshotted, restored and dropped on
 * its own. Its tables address the store of the cursor's partition, so the state handles are built once.
 * Only for backends whose state lives in the process (not `durable`): the operator refuses others.
 *
 * @example
 * ```ts
 * const stores = new PartitionedStateStore(() => backend.open(scope, clock), cursor);
 * cursor.partition = 'spans:3';
 * stores.table('count', { form }).set('a', 1); // in spans:3's store
 * ```
 */
export class PartitionedStateStore implements OperatorStateStore {
  readonly durable = false;
  private readonly stores = new Map<string, OperatorStateStore>();

  constructor(
    private readonly open: () => OperatorStateStore,
    private readonly cursor: PartitionCursor,
  ) {}

  table(name: string, options: { readonly ttlMs?: number; readonly form: StateForm }): StateTable {
    const tableOf = (): StateTable => this.of(this.cursor.partition).table(name, options);
    return {
      get: (key: StateKey) => tableOf().get(key),
      set: (key: StateKey, value: unknown) => tableOf().set(key, value),
      delete: (key: StateKey) => tableOf().delete(key),
    };
  }

  /** The partition's store, opened on first use. */
  of(partition: string): OperatorStateStore {
    let store = this.stores.get(partition);
    if (store === undefined) this.stores.set(partition, (store = this.open()));
    return store;
  }

  prefetch(keys: readonly StateKey[]): MaybePromise<void> {
    return allOf([...this.stores.values()].map((s) => s.prefetch(keys)));
  }

  persist(): MaybePromise<void> {
    return allOf([...this.stores.values()].map((s) => s.persist()));
  }

  /** Whole-job snapshots do not apply: state is snapshotted per partition ({@link snapshotPartition}). */
  snapshot(): undefined {
    return undefined;
  }

  restore(): void {
    // Per partition only (restorePartition).
  }

  /** A copy of one partition's state (`undefined` when it has none). */
  snapshotPartition(partition: string): unknown {
    return this.stores.get(partition)?.snapshot();
  }

  /** Replaces the partition's state with a snapshot's. */
  restorePartition(partition: string, snapshot: unknown): void {
    this.dropPartition(partition);
    this.of(partition).restore(snapshot);
  }

  dropPartition(partition: string): void {
    const store = this.stores.get(partition);
    if (store === undefined) return;
    this.stores.delete(partition);
    void store.close();
  }

  close(): MaybePromise<void> {
    const closing = allOf([...this.stores.values()].map((s) => s.close()));
    this.stores.clear();
    return closing;
  }
}
