import type { StateKey } from '../core/Batch.js';
import { HtError } from '../errors/HtError.js';
import type { Clock } from '../time/Clock.js';
import type { KeyedStateBackend, OperatorStateStore, StateForm, StateScope, StateTable } from './KeyedStateBackend.js';

interface Expiring {
  value: unknown;
  expiresAt: number;
}

/** A table without TTL: the value itself is stored, nothing else per key. */
class PlainTable implements StateTable {
  readonly map = new Map<StateKey, unknown>();

  constructor(readonly form: StateForm) {}

  get(key: StateKey): unknown {
    return this.map.get(key);
  }
  set(key: StateKey, value: unknown): void {
    this.map.set(key, value);
  }
  delete(key: StateKey): void {
    this.map.delete(key);
  }
}

/**
 * A table with TTL. Writes re-insert the key, so the map stays in write order and expired entries
 * are always at its front: `sweep` stops at the first live one.
 */
class ExpiringTable implements StateTable {
  readonly map = new Map<StateKey, Expiring>();

  constructor(
    readonly form: StateForm,
    private readonly ttlMs: number,
    private readonly clock: Clock,
  ) {}

  get(key: StateKey): unknown {
    const e = this.map.get(key);
    if (e === undefined) return undefined;
    if (e.expiresAt <= this.clock.now()) {
      this.map.delete(key);
      return undefined;
    }
    return e.value;
  }
  set(key: StateKey, value: unknown): void {
    this.map.delete(key);
    this.map.set(key, { value, expiresAt: this.clock.now() + this.ttlMs });
  }
  delete(key: StateKey): void {
    this.map.delete(key);
  }
  sweep(): void {
    const now = this.clock.now();
    for (const [key, e] of this.map) {
      if (e.expiresAt > now) return;
      this.map.delete(key);
    }
  }
}

type SnapshotTable = [key: StateKey, data: unknown, expiresAt?: number][];

class MemoryStore implements OperatorStateStore {
  readonly durable = false;
  private readonly tables = new Map<string, PlainTable | ExpiringTable>();
  private pendingRestore: Record<string, SnapshotTable> | undefined;

  constructor(private readonly clock: Clock) {}

  table(name: string, options: { readonly ttlMs?: number; readonly form: StateForm }): StateTable {
    const existing = this.tables.get(name);
    if (existing !== undefined) return existing;
    const t =
      options.ttlMs === undefined
        ? new PlainTable(options.form)
        : new ExpiringTable(options.form, options.ttlMs, this.clock);
    this.tables.set(name, t);
    const restored = this.pendingRestore?.[name];
    if (restored !== undefined) this.load(t, restored);
    return t;
  }

  prefetch(): undefined {
    return undefined;
  }

  persist(): undefined {
    for (const t of this.tables.values()) if (t instanceof ExpiringTable) t.sweep();
    return undefined;
  }

  snapshot(): Record<string, SnapshotTable> {
    const out: Record<string, SnapshotTable> = {};
    for (const [name, t] of this.tables) {
      const rows: SnapshotTable = [];
      if (t instanceof ExpiringTable) {
        t.sweep();
        for (const [k, e] of t.map) rows.push([k, t.form.toData(e.value), e.expiresAt]);
      } else {
        for (const [k, v] of t.map) rows.push([k, t.form.toData(v)]);
      }
      out[name] = rows;
    }
    return out;
  }

  restore(snapshot: unknown): void {
    if (snapshot === undefined || snapshot === null) return;
    if (typeof snapshot !== 'object') throw new HtError('STATE_FAILED', 'memory state snapshot is malformed');
    this.pendingRestore = snapshot as Record<string, SnapshotTable>;
    for (const [name, t] of this.tables) {
      const rows = this.pendingRestore[name];
      if (rows !== undefined) this.load(t, rows);
    }
  }

  close(): undefined {
    this.tables.clear();
    return undefined;
  }

  private load(t: PlainTable | ExpiringTable, rows: SnapshotTable): void {
    for (const [k, data, expiresAt] of rows) {
      if (t instanceof ExpiringTable) t.map.set(k, { value: t.form.fromData(data), expiresAt: expiresAt ?? Infinity });
      else t.map.set(k, t.form.fromData(data));
    }
  }
}

/**
 * Keyed state in plain `Map`s keyed by key (the default, and the fast one). TTL is checked lazily
 * against the job clock on read, and expired entries are swept after each batch. State survives a
 * crash only through checkpoints.
 *
 * @example
 * ```ts
 * const job = new Job({ name: 'counts', stateBackend: new MemoryStateBackend() });
 * ```
 */
export class MemoryStateBackend implements KeyedStateBackend {
  open(_scope: StateScope, clock: Clock): OperatorStateStore {
    return new MemoryStore(clock);
  }
}
