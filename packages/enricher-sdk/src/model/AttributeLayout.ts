/**
 * Package-internal: the key layout of {@link Attributes}, shared by every attribute set that received the
 * same keys in the same order (what V8's hidden classes do for objects). An attribute set then holds only
 * its values, in an array, and a pointer to its layout; a span's ~40 enriched attributes cost one array
 * instead of a hash table of their own that is rehashed four times as it grows (measured: that growth was
 * the largest allocation of the enricher chain, 2.4 of 8.3 KB per span).
 *
 * Layouts form a tree per key prefix: the root is the empty layout, and adding a key to a layout moves to
 * its child for that key (a transition), created once and then shared. The key prefix is checked when a
 * transition is created, so an attribute set that only follows existing transitions never checks it again:
 * every layout under the `ht.` root has only `ht.` keys.
 *
 * A layout's keys and its key-to-position index are shared with its first descendant chain (as V8 shares
 * descriptor arrays): the index may hold keys of descendants, at positions >= `size`, which this layout
 * treats as absent. A second child of the same layout copies the first `size` entries.
 *
 * Layouts are never freed. To bound them, a layout has at most {@link MAX_TRANSITIONS} children and all
 * layouts together at most {@link MAX_LAYOUT_KEYS} index entries; past either limit, an attribute set that
 * needs a new layout keeps its own `Map` instead (as all did before), so high-cardinality keys cost memory
 * per attribute set, never unbounded shared memory.
 */
export class AttributeLayout {
  /** Keys of descendants at positions >= `size` may follow; this layout's keys are `[0, size)`. */
  readonly keys: string[];
  /** Key to position; entries at positions >= `size` belong to descendants. */
  readonly index: Map<string, number>;
  readonly size: number;
  /** The key prefix every key of this tree starts with (`''`: any key). */
  readonly keyPrefix: string;
  // Most layouts have exactly one child: kept in fields, the rest in a map.
  private firstKey: string | undefined;
  private firstChild: AttributeLayout | undefined;
  private more: Map<string, AttributeLayout> | undefined;
  private children: number;
  /** {@link AttributeLayout.sortedPositions}, once asked. */
  private sorted: readonly number[] | undefined;
  /** {@link AttributeLayout.sortedKeys}, once asked. */
  private sortedKeyList: readonly string[] | undefined;

  private constructor(keys: string[], index: Map<string, number>, size: number, keyPrefix: string) {
    this.keys = keys;
    this.index = index;
    this.size = size;
    this.keyPrefix = keyPrefix;
    this.firstKey = undefined;
    this.firstChild = undefined;
    this.more = undefined;
    this.children = 0;
    this.sorted = undefined;
    this.sortedKeyList = undefined;
  }

  /**
   * The positions `[0, size)` ordered by their keys (code-unit order, as `Array.prototype.sort` orders
   * strings), computed once per layout: views that list attributes sorted by key (span_event_view) sort
   * each layout once instead of every span.
   */
  sortedPositions(): readonly number[] {
    let sorted = this.sorted;
    if (sorted === undefined) {
      const keys = this.keys;
      const positions = Array.from({ length: this.size }, (_, i) => i);
      positions.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
      this.sorted = sorted = Object.freeze(positions);
    }
    return sorted;
  }

  /** This layout's keys in {@link AttributeLayout.sortedPositions}' order: one frozen array, shared. */
  sortedKeys(): readonly string[] {
    let keys = this.sortedKeyList;
    if (keys === undefined) {
      const all = this.keys;
      this.sortedKeyList = keys = Object.freeze(this.sortedPositions().map((p) => all[p]!));
    }
    return keys;
  }

  /**
   * The empty layout of attribute sets whose keys must start with `keyPrefix`. Code uses a few prefixes
   * (`''` and `ht.`); past {@link MAX_ROOTS}, `undefined`: such attribute sets keep their own map.
   */
  static root(keyPrefix: string): AttributeLayout | undefined {
    let root = roots.get(keyPrefix);
    if (root === undefined && roots.size < MAX_ROOTS) {
      root = new AttributeLayout([], new Map(), 0, keyPrefix);
      roots.set(keyPrefix, root);
    }
    return root;
  }

  /** The position of `key`, or -1. */
  positionOf(key: string): number {
    const position = this.index.get(key);
    return position !== undefined && position < this.size ? position : -1;
  }

  /** The existing child for `key`, if any (then `key` is not in this layout). */
  child(key: string): AttributeLayout | undefined {
    if (this.firstKey === key) return this.firstChild;
    return this.more?.get(key);
  }

  /**
   * Creates the child for `key`, which must not be in this layout and must start with the prefix (the
   * caller checks both). `undefined` when a limit is reached: the caller keeps its own map instead.
   */
  addChild(key: string): AttributeLayout | undefined {
    if (this.children >= MAX_TRANSITIONS || layoutKeys + this.size + 1 > MAX_LAYOUT_KEYS) return undefined;
    let keys = this.keys;
    let index = this.index;
    if (index.size !== this.size) {
      // A descendant already extended the shared index: this branch gets its own copy.
      keys = keys.slice(0, this.size);
      index = new Map();
      for (let i = 0; i < keys.length; i++) index.set(keys[i] as string, i);
      layoutKeys += this.size;
    }
    keys.push(key);
    index.set(key, this.size);
    layoutKeys++;
    const child = new AttributeLayout(keys, index, this.size + 1, this.keyPrefix);
    if (this.children === 0) {
      this.firstKey = key;
      this.firstChild = child;
    } else {
      (this.more ??= new Map()).set(key, child);
    }
    this.children++;
    return child;
  }
}

/** Children per layout: a key with many values after the same keys (ids in key names) stops sharing. */
export const MAX_TRANSITIONS = 64;
/** Key prefixes with a layout tree. */
export const MAX_ROOTS = 16;
/** Index entries of all layouts together (~50 bytes each): bounds shared memory at a few MB. */
export const MAX_LAYOUT_KEYS = 200_000;

const roots = new Map<string, AttributeLayout>();
let layoutKeys = 0;
