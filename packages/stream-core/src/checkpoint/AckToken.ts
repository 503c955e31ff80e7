/**
 * A source position: an offset, a line number, a stream id. Opaque to the engine, which only keeps the
 * order in which a source emitted them; it must survive JSON (snapshots store it).
 */
export type Position = string | number;

/** Who is told when a source token is fully acknowledged or no longer in flight. */
export interface TokenOwner {
  /** The source partition whose emits the owner's tokens stand for (set by the engine's sources). */
  readonly partition?: string;
  /** Everything derived from the token is durable at sinks or held in snapshotted state. */
  acked(token: AckToken): void;
  /** No record derived from the token occupies an engine buffer any more: its credits come back. */
  settled(token: AckToken): void;
}

/**
 * The acknowledgement handle every record carries through the engine (an internal type, exported for
 * operator authors and the testing kit).
 *
 * A *source token* stands for one `emit` of a source partition: `pending` counts the live records
 * derived from it (fan-out, flatMap and windows add references, filters and sinks drop them), and
 * `live` counts those still occupying engine buffers (credits). A *derived token* stands for a window
 * result: it holds one reference on each token whose records went into the window, and releases them
 * when its own records are durable.
 *
 * @example
 * ```ts
 * const token = AckToken.source(owner, 42, 3, clock.now()); // 3 records, position 42
 * releaseAck(token); releaseAck(token); releaseAck(token);   // owner.acked(token) is called
 * ```
 */
export class AckToken {
  /** References held by records, windows or derived tokens; at 0 the token is acknowledged. */
  pending: number;
  /** Records still in engine buffers (source tokens); at 0 the credits return. */
  live: number;
  /** Set when `pending` reached 0. */
  done = false;

  private constructor(
    readonly owner: TokenOwner | null,
    readonly parents: readonly AckToken[] | null,
    readonly position: Position | undefined,
    /** Records covered by the token: the credits it took. */
    readonly size: number,
    /** Processing time when the source emitted it (derived tokens: when the window fired). */
    readonly createdAt: number,
    refs: number,
    /** Bytes of the records covered (source tokens, as the source counted them): the byte credits it took. */
    readonly bytes = 0,
  ) {
    this.pending = refs;
    this.live = refs;
  }

  /** A token for one source emit of `size` records (of `bytes` bytes) ending at `position`. */
  static source(owner: TokenOwner, position: Position, size: number, now: number, bytes = 0): AckToken {
    return new AckToken(owner, null, position, size, now, size, bytes);
  }

  /**
   * A token for `refs` records derived from `parents`. With `move`, the caller hands over one reference
   * on each parent (a window purging its contents); otherwise each parent gains one reference.
   * Returns `null` when there is nothing to acknowledge.
   */
  static derived(parents: readonly AckToken[], refs: number, move: boolean, now: number): AckToken | null {
    if (parents.length === 0 || refs === 0) {
      if (move) for (const p of parents) releaseAck(p);
      return null;
    }
    if (!move) for (const p of parents) p.pending++;
    return new AckToken(null, parents, undefined, 0, now, refs);
  }
}

/**
 * Drops `n` acknowledgement references; at zero the token is acknowledged (source tokens) or releases
 * its parents (derived tokens).
 *
 * @example
 * ```ts
 * releaseAck(token, 2);
 * ```
 */
export function releaseAck(token: AckToken, n = 1): void {
  token.pending -= n;
  if (token.pending !== 0) return;
  token.done = true;
  const parents = token.parents;
  if (parents !== null) {
    for (const p of parents) releaseAck(p);
  } else if (token.owner !== null) {
    token.owner.acked(token);
  }
}

/**
 * Drops `n` credit references of a source token (no-op for derived tokens); at zero its credits return.
 *
 * @example
 * ```ts
 * releaseCredit(token); // the record was absorbed into window state
 * ```
 */
export function releaseCredit(token: AckToken, n = 1): void {
  if (token.owner === null) return;
  token.live -= n;
  if (token.live === 0) token.owner.settled(token);
}

/**
 * Calls `fn(token, count)` for each run of equal non-null tokens in `tokens[from..to)`; batches usually
 * hold long runs of one source token, so release loops run once per run rather than once per record.
 *
 * @example
 * ```ts
 * forEachTokenRun(batch.tokens, 0, batch.tokens.length, (t, n) => releaseAck(t, n));
 * ```
 */
export function forEachTokenRun(
  tokens: readonly (AckToken | null)[],
  from: number,
  to: number,
  fn: (token: AckToken, count: number) => void,
): void {
  let i = from;
  while (i < to) {
    const t = tokens[i];
    let j = i + 1;
    while (j < to && tokens[j] === t) j++;
    if (t != null) fn(t, j - i);
    i = j;
  }
}

/** Releases the ack and credit references of every record: the records are done (sunk or dropped). */
export function releaseRecords(tokens: readonly (AckToken | null)[]): void {
  forEachTokenRun(tokens, 0, tokens.length, releaseBoth);
}

/** Adds `copies` ack and credit references per record: the records fan out to more consumers. */
export function retainRecords(tokens: readonly (AckToken | null)[], copies: number): void {
  if (copies === 0) return;
  forEachTokenRun(tokens, 0, tokens.length, (t, n) => retain(t, n * copies));
}

/** Drops one record's references (ack and credit). */
export function releaseBoth(token: AckToken, n = 1): void {
  releaseCredit(token, n);
  releaseAck(token, n);
}

/** Adds `n` record references (ack and, for source tokens, credit). */
export function retain(token: AckToken, n = 1): void {
  token.pending += n;
  if (token.owner !== null) token.live += n;
}

/**
 * The source partition a record came from: the partition of its token's owner, or for a derived token
 * (a window result) the partition of its first parent. `undefined` for records without one.
 *
 * @example
 * ```ts
 * const partition = partitionOf(batch.tokens[0] ?? null); // 'raw-spans:3'
 * ```
 */
export function partitionOf(token: AckToken | null): string | undefined {
  let t: AckToken | undefined = token ?? undefined;
  while (t !== undefined) {
    if (t.owner !== null) return t.owner.partition;
    t = t.parents?.[0];
  }
  return undefined;
}
