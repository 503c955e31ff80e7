import type { StateKey } from '../core/Batch.js';
import type { OperatorStateStore, StateForm, StateTable } from './KeyedStateBackend.js';
import type {
  AggregatingStateDescriptor,
  ListStateDescriptor,
  MapStateDescriptor,
  StateDescriptor,
  StateSpec,
  ValueStateDescriptor,
} from './StateDescriptor.js';

/** A value per key, scoped to the key being processed. */
export interface ValueState<V> {
  get(): V | undefined;
  set(value: V): void;
  clear(): void;
}

/** A map per key, scoped to the key being processed. */
export interface MapState<MK extends string | number, MV> {
  get(key: MK): MV | undefined;
  set(key: MK, value: MV): void;
  delete(key: MK): void;
  has(key: MK): boolean;
  entries(): [MK, MV][];
  readonly size: number;
  clear(): void;
}

/** A list per key, scoped to the key being processed. */
export interface ListState<V> {
  get(): readonly V[];
  add(value: V): void;
  update(values: readonly V[]): void;
  clear(): void;
}

/** An aggregate per key, scoped to the key being processed. */
export interface AggregatingState<IN, OUT> {
  add(value: IN): void;
  /** The result, or `undefined` when nothing was added. */
  get(): OUT | undefined;
  clear(): void;
}

/** The handle type of a descriptor. */
export type StateHandle<D> =
  D extends ValueStateDescriptor<infer V>
    ? ValueState<V>
    : D extends MapStateDescriptor<infer MK, infer MV>
      ? MapState<MK, MV>
      : D extends ListStateDescriptor<infer V>
        ? ListState<V>
        : D extends AggregatingStateDescriptor<infer IN, infer _ACC, infer OUT>
          ? AggregatingState<IN, OUT>
          : never;

/** The handles a process function sees as `ctx.state`, one per declared descriptor. */
export type StateHandles<S extends StateSpec> = { readonly [N in keyof S]: StateHandle<S[N]> };

/** Which key the handles address: the operator moves it before each record or timer. */
export interface KeyCursor {
  key: StateKey;
}

const plainForm: StateForm = { toData: (v) => v, fromData: (d) => d };
const mapForm: StateForm = {
  toData: (v) => [...(v as Map<unknown, unknown>)],
  fromData: (d) => new Map(d as [unknown, unknown][]),
};

/**
 * Builds the `ctx.state` handles of a process function over an operator's state store.
 *
 * @example
 * ```ts
 * const cursor = { key: '' };
 * const state = createStateHandles({ count: valueState<number>('count') }, store, cursor);
 * cursor.key = 'a';
 * state.count.set((state.count.get() ?? 0) + 1);
 * ```
 */
export function createStateHandles<S extends StateSpec>(
  spec: S,
  store: OperatorStateStore,
  cursor: KeyCursor,
): StateHandles<S> {
  const handles: Record<string, unknown> = {};
  for (const [field, d] of Object.entries(spec)) handles[field] = handleFor(d, store, cursor);
  return handles as StateHandles<S>;
}

function handleFor(d: StateDescriptor, store: OperatorStateStore, cursor: KeyCursor): unknown {
  const table = (form: StateForm): StateTable => store.table(d.name, { ttlMs: d.ttlMs, form });
  switch (d.kind) {
    case 'value': {
      const t = table(plainForm);
      return {
        get: () => t.get(cursor.key),
        set: (v: unknown) => t.set(cursor.key, v),
        clear: () => t.delete(cursor.key),
      } satisfies ValueState<unknown>;
    }
    case 'list': {
      const t = table(plainForm);
      return {
        get: () => (t.get(cursor.key) as unknown[] | undefined) ?? [],
        add: (v: unknown) => {
          const list = (t.get(cursor.key) as unknown[] | undefined) ?? [];
          list.push(v);
          t.set(cursor.key, list);
        },
        update: (vs: readonly unknown[]) => t.set(cursor.key, [...vs]),
        clear: () => t.delete(cursor.key),
      } satisfies ListState<unknown>;
    }
    case 'map': {
      const t = table(mapForm);
      const read = (): Map<string | number, unknown> | undefined =>
        t.get(cursor.key) as Map<string | number, unknown> | undefined;
      return {
        get: (k: string | number) => read()?.get(k),
        set: (k: string | number, v: unknown) => {
          const m = read() ?? new Map<string | number, unknown>();
          m.set(k, v);
          t.set(cursor.key, m);
        },
        delete: (k: string | number) => {
          const m = read();
          if (m === undefined) return;
          m.delete(k);
          if (m.size === 0) t.delete(cursor.key);
          else t.set(cursor.key, m);
        },
        has: (k: string | number) => read()?.has(k) ?? false,
        entries: () => [...(read() ?? [])],
        get size() {
          return read()?.size ?? 0;
        },
        clear: () => t.delete(cursor.key),
      } satisfies MapState<string | number, unknown>;
    }
    case 'aggregating': {
      const t = table(plainForm);
      const agg = d.aggregate as unknown as {
        createAccumulator(): unknown;
        add(v: unknown, acc: unknown): unknown;
        getResult(acc: unknown): unknown;
      };
      return {
        add: (v: unknown) => t.set(cursor.key, agg.add(v, t.get(cursor.key) ?? agg.createAccumulator())),
        get: () => {
          const acc = t.get(cursor.key);
          return acc === undefined ? undefined : agg.getResult(acc);
        },
        clear: () => t.delete(cursor.key),
      } satisfies AggregatingState<unknown, unknown>;
    }
  }
}
