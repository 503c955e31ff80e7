import type { AggregateFunction } from '../windows/AggregateFunction.js';

/** Options shared by every state kind. */
export interface StateOptions {
  /** Entries not written for this long read as absent (checked lazily against the job clock). */
  readonly ttlMs?: number;
}

/** A single value per key. */
export interface ValueStateDescriptor<V> extends StateOptions {
  readonly kind: 'value';
  readonly name: string;
  /** Never set: carries the type. */
  readonly __value?: V;
}

/** A map per key. */
export interface MapStateDescriptor<MK extends string | number, MV> extends StateOptions {
  readonly kind: 'map';
  readonly name: string;
  readonly __value?: [MK, MV];
}

/** A list per key. */
export interface ListStateDescriptor<V> extends StateOptions {
  readonly kind: 'list';
  readonly name: string;
  readonly __value?: V;
}

/** An accumulator per key, fed through an {@link AggregateFunction}. */
export interface AggregatingStateDescriptor<IN, ACC, OUT> extends StateOptions {
  readonly kind: 'aggregating';
  readonly name: string;
  readonly aggregate: AggregateFunction<IN, ACC, OUT>;
}

/** Any state descriptor. */
export type StateDescriptor =
  | ValueStateDescriptor<unknown>
  | MapStateDescriptor<string | number, unknown>
  | ListStateDescriptor<unknown>
  | AggregatingStateDescriptor<never, unknown, unknown>;

/** The state a keyed `process` function declares: a name per descriptor. */
export type StateSpec = Readonly<Record<string, StateDescriptor>>;

/**
 * Declares a value state.
 *
 * @example
 * ```ts
 * const lastSeen = valueState<number>('lastSeen', { ttlMs: 3_600_000 });
 * ```
 */
export function valueState<V>(name: string, options: StateOptions = {}): ValueStateDescriptor<V> {
  return { kind: 'value', name, ...options };
}

/**
 * Declares a map state.
 *
 * @example
 * ```ts
 * const perEndpoint = mapState<string, number>('perEndpoint');
 * ```
 */
export function mapState<MK extends string | number, MV>(
  name: string,
  options: StateOptions = {},
): MapStateDescriptor<MK, MV> {
  return { kind: 'map', name, ...options };
}

/**
 * Declares a list state.
 *
 * @example
 * ```ts
 * const buffered = listState<Span>('buffered', { ttlMs: 60_000 });
 * ```
 */
export function listState<V>(name: string, options: StateOptions = {}): ListStateDescriptor<V> {
  return { kind: 'list', name, ...options };
}

/**
 * Declares an aggregating state.
 *
 * @example
 * ```ts
 * const spanCount = aggregatingState('spanCount', countAggregate<Span>());
 * ```
 */
export function aggregatingState<IN, ACC, OUT>(
  name: string,
  aggregate: AggregateFunction<IN, ACC, OUT>,
  options: StateOptions = {},
): AggregatingStateDescriptor<IN, ACC, OUT> {
  return { kind: 'aggregating', name, aggregate, ...options };
}
