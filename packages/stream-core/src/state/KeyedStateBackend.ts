import type { StateKey } from '../core/Batch.js';
import type { MaybePromise } from '../core/maybeAsync.js';
import type { Clock } from '../time/Clock.js';

/** How a state kind turns its in-memory value into JSON-friendly data and back. */
export interface StateForm {
  toData(value: unknown): unknown;
  fromData(data: unknown): unknown;
}

/** One named state of one operator: a value per key, with an optional time to live. */
export interface StateTable {
  /** The key's value, or `undefined` when absent or expired (checked against the clock). */
  get(key: StateKey): unknown;
  /** Stores (or, for mutable values, re-marks as changed) the key's value; restarts its TTL. */
  set(key: StateKey, value: unknown): void;
  delete(key: StateKey): void;
}

/** Identifies whose state a store holds: Redis keys are namespaced with it. */
export interface StateScope {
  readonly job: string;
  readonly operator: string;
}

/**
 * The keyed state of one operator. Handles read and write synchronously; a remote backend loads the
 * keys of a batch before it (`prefetch`) and writes the changes after it (`persist`).
 *
 * @example
 * ```ts
 * const store = backend.open({ job: 'j', operator: 'counts' }, clock);
 * await store.prefetch(['a', 'b']);
 * const counts = store.table('count', { ttlMs: 60_000, form: plainForm });
 * counts.set('a', ((counts.get('a') as number | undefined) ?? 0) + 1);
 * await store.persist();
 * ```
 */
export interface OperatorStateStore {
  table(name: string, options: { readonly ttlMs?: number; readonly form: StateForm }): StateTable;
  /** Makes the given keys readable synchronously. `undefined` when there is nothing to wait for. */
  prefetch(keys: readonly StateKey[]): MaybePromise<void>;
  /** Writes the changes since the last call (remote backends), and drops expired entries. */
  persist(): MaybePromise<void>;
  /**
   * True when `persist` makes state survive a crash by itself (Redis). Memory state survives only in
   * checkpoints.
   */
  readonly durable: boolean;
  /** A JSON-friendly copy for a checkpoint; `undefined` for durable backends, whose state lives elsewhere. */
  snapshot(): unknown;
  restore(snapshot: unknown): void;
  close(): MaybePromise<void>;
}

/**
 * Where keyed state lives. `MemoryStateBackend` is the default; `RedisStateBackend` is in
 * `@ht/stream-core/redis`.
 *
 * @example
 * ```ts
 * const job = new Job({ name: 'sessions', stateBackend: new MemoryStateBackend() });
 * ```
 */
export interface KeyedStateBackend {
  open(scope: StateScope, clock: Clock): OperatorStateStore;
}
