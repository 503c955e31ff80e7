import type { Redis } from 'ioredis';
import type { StateKey } from '../core/Batch.js';
import { HtError } from '../errors/HtError.js';
import { retry } from '../retry/retry.js';
import type {
  KeyedStateBackend,
  OperatorStateStore,
  StateForm,
  StateScope,
  StateTable,
} from '../state/KeyedStateBackend.js';
import type { Codec } from '../state/jsonCodec.js';
import { jsonCodec } from '../state/jsonCodec.js';
import type { Clock } from '../time/Clock.js';

/** Settings of a {@link RedisStateBackend}. */
export interface RedisStateBackendOptions {
  /** A connected ioredis client; the backend never closes it. */
  readonly client: Redis;
  /** Key prefix; keys are `prefix:job:operator:state:key`. Default `ht`. */
  readonly prefix?: string;
  /** Clean entries kept in the local cache before it is cleared. Default 100 000. */
  readonly maxCachedKeys?: number;
  /** Value encoding. Default JSON (bigint-safe). */
  readonly codec?: Codec<unknown>;
}

interface Cached {
  value: unknown;
  expiresAt: number;
}

class RedisTable implements StateTable {
  /** Keys whose Redis value is known locally (`undefined` value: absent). */
  readonly cache = new Map<StateKey, Cached | undefined>();
  readonly dirty = new Set<StateKey>();

  constructor(
    readonly name: string,
    readonly ttlMs: number | undefined,
    readonly form: StateForm,
    private readonly clock: Clock,
  ) {}

  get(key: StateKey): unknown {
    const c = this.cache.get(key);
    if (c === undefined) return undefined;
    if (c.expiresAt <= this.clock.now()) {
      this.cache.set(key, undefined);
      return undefined;
    }
    return c.value;
  }

  set(key: StateKey, value: unknown): void {
    this.cache.set(key, { value, expiresAt: this.ttlMs === undefined ? Infinity : this.clock.now() + this.ttlMs });
    this.dirty.add(key);
  }

  delete(key: StateKey): void {
    this.cache.set(key, undefined);
    this.dirty.add(key);
  }
}

class RedisStore implements OperatorStateStore {
  readonly durable = true;
  private readonly tables = new Map<string, RedisTable>();

  constructor(
    private readonly client: Redis,
    private readonly namespace: string,
    private readonly clock: Clock,
    private readonly codec: Codec<unknown>,
    private readonly maxCached: number,
  ) {}

  table(name: string, options: { readonly ttlMs?: number; readonly form: StateForm }): StateTable {
    let t = this.tables.get(name);
    if (t === undefined) {
      t = new RedisTable(name, options.ttlMs, options.form, this.clock);
      this.tables.set(name, t);
    }
    return t;
  }

  prefetch(keys: readonly StateKey[]): Promise<void> | undefined {
    const wanted: [RedisTable, StateKey][] = [];
    for (const t of this.tables.values()) {
      const seen = new Set<StateKey>();
      for (const k of keys) {
        if (t.cache.has(k) || seen.has(k)) continue;
        seen.add(k);
        wanted.push([t, k]);
      }
    }
    if (wanted.length === 0) return undefined;
    return this.exec('read state', (p) => {
      for (const [t, k] of wanted) p.get(this.redisKey(t, k)).pttl(this.redisKey(t, k));
    }).then((results) => {
      const now = this.clock.now();
      wanted.forEach(([t, k], i) => {
        const text = results[2 * i];
        const pttl = results[2 * i + 1];
        if (typeof text !== 'string') t.cache.set(k, undefined);
        else {
          const expiresAt = typeof pttl === 'number' && pttl > 0 ? now + pttl : Infinity;
          t.cache.set(k, { value: t.form.fromData(this.codec.decode(text)), expiresAt });
        }
      });
    });
  }

  persist(): Promise<void> | undefined {
    let writes = 0;
    for (const t of this.tables.values()) writes += t.dirty.size;
    if (writes === 0) return undefined;
    const now = this.clock.now();
    const commands: ((p: ReturnType<Redis['pipeline']>) => void)[] = [];
    for (const t of this.tables.values()) {
      for (const k of t.dirty) {
        const key = this.redisKey(t, k);
        const c = t.cache.get(k);
        if (c === undefined || c.expiresAt <= now) commands.push((p) => p.del(key));
        else {
          const text = this.codec.encode(t.form.toData(c.value));
          if (c.expiresAt === Infinity) commands.push((p) => p.set(key, text));
          else commands.push((p) => p.set(key, text, 'PX', Math.max(1, Math.round(c.expiresAt - now))));
        }
      }
      t.dirty.clear();
    }
    return this.exec('write state', (p) => commands.forEach((c) => c(p))).then(() => this.evict());
  }

  snapshot(): undefined {
    return undefined;
  }

  restore(): void {
    // State lives in Redis; nothing to put back.
  }

  close(): undefined {
    this.tables.clear();
    return undefined;
  }

  private evict(): void {
    for (const t of this.tables.values()) if (t.cache.size > this.maxCached) t.cache.clear();
  }

  private redisKey(t: RedisTable, key: StateKey): string {
    return `${this.namespace}:${t.name}:${typeof key === 'number' ? 'n' : 's'}:${key}`;
  }

  private exec(what: string, fill: (p: ReturnType<Redis['pipeline']>) => void): Promise<unknown[]> {
    return retry(
      async () => {
        const p = this.client.pipeline();
        fill(p);
        let results: [Error | null, unknown][] | null;
        try {
          results = await p.exec();
        } catch (cause) {
          throw new HtError('DEPENDENCY_UNAVAILABLE', `Redis: could not ${what}`, { cause, retriable: true });
        }
        const failed = results?.find(([e]) => e !== null)?.[0];
        if (results === null || failed) {
          throw new HtError('DEPENDENCY_UNAVAILABLE', `Redis: could not ${what}`, { cause: failed, retriable: true });
        }
        return results.map(([, r]) => r);
      },
      { retries: 3, baseDelayMs: 50, clock: this.clock },
    );
  }
}

/**
 * Keyed state in Redis, namespaced per job and operator (`prefix:job:operator:state:key`). Before each
 * batch the keys it touches are read in one pipeline (GET + PTTL), and after it the changed ones are
 * written in one pipeline (SET … PX for TTLs, DEL for cleared state). State is durable per batch, so
 * it survives a crash by itself and can be shared by copies of a stage that take over partitions;
 * records replayed after a crash are applied again (at-least-once state). A local cache keeps hot keys
 * between batches.
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis';
 * import { RedisStateBackend } from '@ht/stream-core/redis';
 * const job = new Job({ name: 'entities', stateBackend: new RedisStateBackend({ client: new Redis(url) }) });
 * ```
 */
export class RedisStateBackend implements KeyedStateBackend {
  constructor(private readonly options: RedisStateBackendOptions) {}

  open(scope: StateScope, clock: Clock): OperatorStateStore {
    const prefix = this.options.prefix ?? 'ht';
    return new RedisStore(
      this.options.client,
      `${prefix}:${scope.job}:${scope.operator}`,
      clock,
      this.options.codec ?? jsonCodec,
      this.options.maxCachedKeys ?? 100_000,
    );
  }
}
