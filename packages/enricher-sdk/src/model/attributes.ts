import { HtError } from '@ht/stream-core/errors';
import { assertAttributeValue, attributeTypeOf, attributeValueToString } from './AttributeValue.js';
import type { AttributeType, AttributeValue } from './AttributeValue.js';
import { AttributeLayout } from './AttributeLayout.js';

/**
 * Typed, read-only access to a set of attributes. Every accessor is one map lookup plus a `typeof`
 * check, and returns `undefined` when the key is absent *or* holds another type (no coercion:
 * `int('x')` on the string `'200'` is `undefined`).
 *
 * @example
 * ```ts
 * const method = span.attr.string('http.method') ?? 'GET';
 * const status = span.attr.int('http.response.status_code'); // number | undefined
 * ```
 */
export interface ReadonlyAttributes extends Iterable<[string, AttributeValue]> {
  /** Number of attributes. */
  readonly size: number;
  /** Whether `key` is present (of any type). */
  has(key: string): boolean;
  /** The raw value, of any type. */
  get(key: string): AttributeValue | undefined;
  /** The attribute type of `key`'s value. */
  typeOf(key: string): AttributeType | undefined;
  /** A string value. */
  string(key: string): string | undefined;
  /** An int value as a `number` (exact up to 2^53; use {@link ReadonlyAttributes.bigint} beyond). */
  int(key: string): number | undefined;
  /** An int value, exact. */
  bigint(key: string): bigint | undefined;
  /** A double value. */
  double(key: string): number | undefined;
  /** An int or double value as a `number`. */
  number(key: string): number | undefined;
  /** A boolean value. */
  bool(key: string): boolean | undefined;
  /** A bytes value. */
  bytes(key: string): Uint8Array | undefined;
  /** A string array value (an empty array matches every array accessor). */
  strings(key: string): readonly string[] | undefined;
  /** An int array value as numbers (allocates a new array). */
  ints(key: string): readonly number[] | undefined;
  /** An int array value, exact. */
  bigints(key: string): readonly bigint[] | undefined;
  /** A double array value. */
  doubles(key: string): readonly number[] | undefined;
  /** A boolean array value. */
  bools(key: string): readonly boolean[] | undefined;
  /** Any value rendered as a string (see {@link attributeValueToString}). */
  asString(key: string): string | undefined;
  /** The keys, in insertion order. */
  keys(): IterableIterator<string>;
  /** A plain object copy, for logging and tests. */
  toObject(): Record<string, AttributeValue>;
}

/**
 * Package-internal: sets a value already known to be valid (decoded from a typed Avro list, or computed by a
 * built-in enricher), skipping the value check but not the key prefix nor the read-only check. Not
 * exported from the package: user plugins write through {@link Attributes.set}, which checks every value.
 */
export const SET_TRUSTED = Symbol('ht.attributes.setTrusted');
/** The Avro decoder's name for {@link SET_TRUSTED}. */
export const SET_DECODED: typeof SET_TRUSTED = SET_TRUSTED;

/**
 * Package-internal: `attrs[SET_TRUSTED](key, value)` as a function, for the built-in enrichers.
 *
 * @example
 * ```ts
 * setTrusted(span.enriched, HttpAttr.METHOD, 'GET');
 * ```
 */
export function setTrusted(attrs: Attributes, key: string, value: AttributeValue): void {
  attrs[SET_TRUSTED](key, value);
}

/**
 * Package-internal: an int from a `number` that must be a safe integer (checked: that is what makes the
 * int64 range check unnecessary), written as {@link setTrusted} does.
 *
 * @example
 * ```ts
 * setTrustedInt(span.enriched, ErrorAttr.ERROR_COUNT, 1);
 * ```
 */
export function setTrustedInt(attrs: Attributes, key: string, value: number): void {
  if (!Number.isSafeInteger(value)) {
    throw new HtError('INPUT_INVALID', `attribute '${key}' must be a safe integer, got ${value}`);
  }
  attrs[SET_TRUSTED](key, value >= 0 && value < SMALL_INTS.length ? (SMALL_INTS[value] as bigint) : BigInt(value));
}

// Counts and codes are small: their bigints are made once, not per write (a bigint is a heap object).
const SMALL_INTS: readonly bigint[] = Array.from({ length: 1024 }, (_, i) => BigInt(i));

/** Package-internal: see {@link layoutOf}. */
export const LAYOUT = Symbol('ht.attributes.layout');

/**
 * Package-internal: the shared key layout of `attrs`, `undefined` for a set with a map of its own. Sets
 * with the same layout have the same keys in the same order, so what depends only on the keys can be
 * computed once per layout (`resource-attributes` does).
 *
 * @example
 * ```ts
 * const layout = layoutOf(span.resource.attr as Attributes);
 * ```
 */
export function layoutOf(attrs: Attributes): AttributeLayout | undefined {
  return attrs[LAYOUT]();
}

/** Package-internal: see {@link keysOf}. */
export const KEYS = Symbol('ht.attributes.keys');
/** Package-internal: see {@link valuesOf}. */
export const VALUES = Symbol('ht.attributes.values');

/**
 * Package-internal: the keys of `attrs` in insertion order, valid at positions `[0, attrs.size)` (the shared
 * layout's array, not a copy: do not change it). With {@link valuesOf}, built-ins walk attributes without
 * the iterator's per-entry arrays.
 *
 * @example
 * ```ts
 * const keys = keysOf(span.attr as Attributes), values = valuesOf(span.attr as Attributes);
 * for (let i = 0; i < span.attr.size; i++) visit(keys[i]!, values[i]!);
 * ```
 */
export function keysOf(attrs: Attributes): readonly string[] {
  return attrs[KEYS]();
}

/** Package-internal: the values of `attrs` by position, matching {@link keysOf}. */
export function valuesOf(attrs: Attributes): readonly AttributeValue[] {
  return attrs[VALUES]();
}

/**
 * Entries accepted by {@link Attributes}: a plain record or key/value pairs.
 *
 * @example
 * ```ts
 * new Attributes([['http.request.method', 'GET'], ['server.port', 8080n]]);
 * ```
 */
export type AttributeEntries = Readonly<Record<string, AttributeValue>> | Iterable<readonly [string, AttributeValue]>;

const NO_VALUES: AttributeValue[] = [];

/**
 * A mutable attribute map with the typed accessors of {@link ReadonlyAttributes}. Client attributes are
 * frozen once the span is built ({@link Attributes.freeze}); enriched attributes carry a key prefix
 * (`ht.`) that every write is checked against.
 *
 * Storage: attribute sets that received the same keys in the same order share one key layout (see
 * `AttributeLayout`), so each holds only an array of values; a read is one lookup in the shared index.
 * Sets whose keys do not repeat across sets (past the layouts' limits) and sets with deleted keys keep a
 * `Map` of their own.
 *
 * @example
 * ```ts
 * const attrs = new Attributes({ 'http.method': 'GET', 'http.response.status_code': 200n });
 * attrs.set('net.peer.port', 8080n);
 * attrs.int('net.peer.port'); // 8080
 * ```
 */
export class Attributes implements ReadonlyAttributes {
  /** Every key written must start with this prefix (`''`: any key). */
  readonly keyPrefix: string;
  private frozen: boolean;
  /** The shared key layout; `undefined` when this set keeps its own {@link Attributes.own} map. */
  private layout: AttributeLayout | undefined;
  /** Values by layout position. */
  private values: AttributeValue[];
  private own: Map<string, AttributeValue> | undefined;

  constructor(entries?: AttributeEntries, keyPrefix = '') {
    this.keyPrefix = keyPrefix;
    this.frozen = false;
    this.layout = AttributeLayout.root(keyPrefix);
    this.values = this.layout === undefined ? NO_VALUES : [];
    this.own = this.layout === undefined ? new Map() : undefined;
    if (entries !== undefined) {
      const pairs = Symbol.iterator in entries ? entries : Object.entries(entries);
      for (const [key, value] of pairs) this.set(key, value);
    }
  }

  /**
   * Builds attributes from values that are **not checked**: for decoders whose wire format already types
   * every value (an OTLP `intValue` is an int64, so its `bigint` needs no range check). `values[i]` is the
   * value of `keys[i]`; a repeated key keeps its last value. The `values` array is taken over, not copied:
   * do not change it afterwards. Key prefix and read-only checks still apply. Anything that is not a
   * decoder of typed input, user plugins above all, must use {@link Attributes.set}: an invalid value here
   * (a `null`, a mixed array, a bigint beyond int64) breaks every reader's assumptions. See docs/model.md.
   *
   * @example
   * ```ts
   * const attrs = Attributes.fromTrusted(['http.request.method', 'server.port'], ['GET', 8080n]).freeze();
   * ```
   */
  static fromTrusted(keys: readonly string[], values: AttributeValue[], keyPrefix = ''): Attributes {
    if (keys.length !== values.length) {
      throw new HtError('INPUT_INVALID', `${keys.length} attribute keys but ${values.length} values`);
    }
    const attrs = new Attributes(undefined, keyPrefix);
    let layout: AttributeLayout | undefined = attrs.layout;
    if (layout !== undefined) {
      let i = 0;
      for (; i < keys.length; i++) {
        const key = keys[i] as string;
        let next: AttributeLayout | undefined = layout.child(key);
        if (next === undefined) {
          if (layout.positionOf(key) >= 0) break; // a repeated key: the slow path keeps the last value
          attrs.checkPrefix(key);
          next = layout.addChild(key);
          if (next === undefined) break;
        }
        layout = next;
      }
      if (i === keys.length) {
        attrs.layout = layout;
        attrs.values = values;
        return attrs;
      }
    }
    for (let i = 0; i < keys.length; i++) attrs.put(keys[i] as string, values[i] as AttributeValue);
    return attrs;
  }

  get size(): number {
    return this.layout !== undefined ? this.layout.size : (this.own as Map<string, AttributeValue>).size;
  }

  /** Sets `key`; validates the value and the key prefix. A `number` is stored as a double. */
  set(key: string, value: AttributeValue): this {
    if (this.frozen) {
      throw new HtError('INPUT_INVALID', `attribute '${key}' cannot be set: these attributes are read-only`);
    }
    this.checkPrefix(key);
    assertAttributeValue(key, value);
    this.put(key, value);
    return this;
  }

  /** @internal See {@link SET_TRUSTED}. */
  [SET_TRUSTED](key: string, value: AttributeValue): void {
    if (this.frozen) {
      throw new HtError('INPUT_INVALID', `attribute '${key}' cannot be set: these attributes are read-only`);
    }
    this.put(key, value);
  }

  /** Sets an int attribute from a `number` (must be an integer) or a `bigint`. */
  setInt(key: string, value: number | bigint): this {
    if (typeof value === 'number' && !Number.isSafeInteger(value)) {
      throw new HtError('INPUT_INVALID', `attribute '${key}' must be a safe integer, got ${value}`);
    }
    return this.set(key, typeof value === 'bigint' ? value : BigInt(value));
  }

  /** Removes `key`; returns whether it was present. */
  delete(key: string): boolean {
    if (this.frozen) throw new HtError('INPUT_INVALID', `attribute '${key}' cannot be deleted: read-only`);
    if (this.layout !== undefined) {
      if (this.layout.positionOf(key) < 0) return false;
      this.ownMap();
    }
    return (this.own as Map<string, AttributeValue>).delete(key);
  }

  /** Makes these attributes read-only; later writes throw. Returns `this`. */
  freeze(): this {
    this.frozen = true;
    return this;
  }

  /** Whether {@link Attributes.freeze} was called. */
  get isFrozen(): boolean {
    return this.frozen;
  }

  has(key: string): boolean {
    const layout = this.layout;
    return layout !== undefined ? layout.positionOf(key) >= 0 : (this.own as Map<string, AttributeValue>).has(key);
  }
  get(key: string): AttributeValue | undefined {
    return this.lookup(key);
  }
  typeOf(key: string): AttributeType | undefined {
    const value = this.lookup(key);
    return value === undefined ? undefined : attributeTypeOf(value);
  }
  string(key: string): string | undefined {
    const value = this.lookup(key);
    return typeof value === 'string' ? value : undefined;
  }
  int(key: string): number | undefined {
    const value = this.lookup(key);
    return typeof value === 'bigint' ? Number(value) : undefined;
  }
  bigint(key: string): bigint | undefined {
    const value = this.lookup(key);
    return typeof value === 'bigint' ? value : undefined;
  }
  double(key: string): number | undefined {
    const value = this.lookup(key);
    return typeof value === 'number' ? value : undefined;
  }
  number(key: string): number | undefined {
    const value = this.lookup(key);
    return typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : undefined;
  }
  bool(key: string): boolean | undefined {
    const value = this.lookup(key);
    return typeof value === 'boolean' ? value : undefined;
  }
  bytes(key: string): Uint8Array | undefined {
    const value = this.lookup(key);
    return value instanceof Uint8Array ? value : undefined;
  }
  strings(key: string): readonly string[] | undefined {
    return this.arrayOf(key, 'string') as readonly string[] | undefined;
  }
  ints(key: string): readonly number[] | undefined {
    return this.bigints(key)?.map(Number);
  }
  bigints(key: string): readonly bigint[] | undefined {
    return this.arrayOf(key, 'bigint') as readonly bigint[] | undefined;
  }
  doubles(key: string): readonly number[] | undefined {
    return this.arrayOf(key, 'number') as readonly number[] | undefined;
  }
  bools(key: string): readonly boolean[] | undefined {
    return this.arrayOf(key, 'boolean') as readonly boolean[] | undefined;
  }
  asString(key: string): string | undefined {
    const value = this.lookup(key);
    return value === undefined ? undefined : attributeValueToString(value);
  }
  keys(): IterableIterator<string> {
    const layout = this.layout;
    if (layout === undefined) return (this.own as Map<string, AttributeValue>).keys();
    return new KeyIterator(layout.keys, layout.size);
  }
  [Symbol.iterator](): IterableIterator<[string, AttributeValue]> {
    const layout = this.layout;
    if (layout === undefined) return (this.own as Map<string, AttributeValue>).entries();
    return new EntryIterator(layout.keys, this.values, layout.size);
  }
  toObject(): Record<string, AttributeValue> {
    return Object.fromEntries(this);
  }

  /** @internal See {@link layoutOf}. */
  [LAYOUT](): AttributeLayout | undefined {
    return this.layout;
  }

  /** @internal See {@link keysOf}. */
  [KEYS](): readonly string[] {
    return this.layout !== undefined ? this.layout.keys : [...(this.own as Map<string, AttributeValue>).keys()];
  }

  /** @internal See {@link valuesOf}. */
  [VALUES](): readonly AttributeValue[] {
    return this.layout !== undefined ? this.values : [...(this.own as Map<string, AttributeValue>).values()];
  }

  private lookup(key: string): AttributeValue | undefined {
    const layout = this.layout;
    if (layout !== undefined) {
      const position = layout.index.get(key);
      return position !== undefined && position < layout.size ? this.values[position] : undefined;
    }
    return (this.own as Map<string, AttributeValue>).get(key);
  }

  /** Writes without checks but the key prefix, which a key costs only the first time it extends a layout. */
  private put(key: string, value: AttributeValue): void {
    const layout = this.layout;
    if (layout !== undefined) {
      const next = layout.child(key);
      if (next !== undefined) {
        this.values.push(value);
        this.layout = next;
        return;
      }
      const position = layout.positionOf(key);
      if (position >= 0) {
        this.values[position] = value;
        return;
      }
      this.checkPrefix(key);
      const created = layout.addChild(key);
      if (created !== undefined) {
        this.values.push(value);
        this.layout = created;
        return;
      }
      this.ownMap();
    } else {
      this.checkPrefix(key);
    }
    (this.own as Map<string, AttributeValue>).set(key, value);
  }

  private checkPrefix(key: string): void {
    if (this.keyPrefix !== '' && !key.startsWith(this.keyPrefix)) {
      throw new HtError('INPUT_INVALID', `attribute '${key}' must start with '${this.keyPrefix}'`);
    }
  }

  /** Leaves the shared layout for a map of its own (a delete, or a layout limit reached). */
  private ownMap(): void {
    const layout = this.layout as AttributeLayout;
    const own = new Map<string, AttributeValue>();
    for (let i = 0; i < layout.size; i++) own.set(layout.keys[i] as string, this.values[i] as AttributeValue);
    this.own = own;
    this.layout = undefined;
    this.values = NO_VALUES;
  }

  /** Arrays are homogeneous (checked on write), so the first element decides; `[]` matches every array type. */
  private arrayOf(
    key: string,
    elementType: 'string' | 'bigint' | 'number' | 'boolean',
  ): readonly unknown[] | undefined {
    const value = this.lookup(key);
    if (!Array.isArray(value)) return undefined;
    const array = value as readonly unknown[];
    if (array.length === 0) return array;
    return typeof array[0] === elementType ? array : undefined;
  }
}

/** Keys of a layout-backed set, in insertion order (those present when iteration started). */
class KeyIterator implements IterableIterator<string> {
  private next_ = 0;
  constructor(
    private readonly keys: readonly string[],
    private readonly size: number,
  ) {}
  next(): IteratorResult<string> {
    if (this.next_ >= this.size) return { done: true, value: undefined };
    return { done: false, value: this.keys[this.next_++] as string };
  }
  [Symbol.iterator](): IterableIterator<string> {
    return this;
  }
}

/** Entries of a layout-backed set, in insertion order (those present when iteration started). */
class EntryIterator implements IterableIterator<[string, AttributeValue]> {
  private next_ = 0;
  constructor(
    private readonly keys: readonly string[],
    private readonly values: readonly AttributeValue[],
    private readonly size: number,
  ) {}
  next(): IteratorResult<[string, AttributeValue]> {
    if (this.next_ >= this.size) return { done: true, value: undefined };
    const i = this.next_++;
    return { done: false, value: [this.keys[i] as string, this.values[i] as AttributeValue] };
  }
  [Symbol.iterator](): IterableIterator<[string, AttributeValue]> {
    return this;
  }
}

/**
 * A shared, frozen, empty attribute set: the default for spans, events and links without attributes.
 *
 * @example
 * ```ts
 * EMPTY_ATTRIBUTES.size; // 0
 * ```
 */
export const EMPTY_ATTRIBUTES: ReadonlyAttributes = new Attributes().freeze();
