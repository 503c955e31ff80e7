/**
 * A store wrapper for `pnpm bench:query`'s GraphQL side-by-side: while recording, it keeps every read a
 * GraphQL request makes (its method, arguments, start and end), so the same reads can be replayed on the
 * store alone, with the same concurrency (calls that overlapped run together, the rest one after another).
 */
import type { ViewStore } from '@ht/sinks';

const READS = new Set(['query', 'traceRows', 'queryRollup', 'catalog', 'rebuiltRollupMinutes']);

/** One store read made by a request. */
export interface RecordedCall {
  readonly method: string;
  readonly args: readonly unknown[];
  /** What the store answered. */
  readonly result: unknown;
  readonly startedMs: number;
  readonly endedMs: number;
}

/** A store whose reads can be recorded. */
export interface RecordingStore {
  readonly store: ViewStore;
  /** Records the reads made while `during` runs. */
  record(during: () => Promise<void>): Promise<RecordedCall[]>;
}

/**
 * Wraps `store`: reads made while `record` runs are kept.
 *
 * @example
 * ```ts
 * const recording = recordingStore(store);
 * const calls = await recording.record(() => postGraphQL(...));
 * ```
 */
export function recordingStore(store: ViewStore): RecordingStore {
  let calls: RecordedCall[] | undefined;
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = String(property);
      const fn = value as (...args: unknown[]) => unknown;
      if (!READS.has(method)) return fn.bind(target);
      return async (...args: unknown[]): Promise<unknown> => {
        const startedMs = performance.now();
        const result = await fn.apply(target, args);
        calls?.push({ method, args, result, startedMs, endedMs: performance.now() });
        return result;
      };
    },
  });
  return {
    store: proxy,
    async record(during) {
      const mine: RecordedCall[] = [];
      calls = mine;
      try {
        await during();
      } finally {
        calls = undefined;
      }
      return mine.sort((a, b) => a.startedMs - b.startedMs);
    },
  };
}

/**
 * The recorded calls in waves: a call that started before every call of the current wave had ended joins
 * it (they overlapped), any other starts the next wave.
 */
export function waves(calls: readonly RecordedCall[]): RecordedCall[][] {
  const out: RecordedCall[][] = [];
  let waveEnd = -Infinity;
  for (const call of calls) {
    if (call.startedMs < waveEnd && out.length > 0) out[out.length - 1]!.push(call);
    else out.push([call]);
    waveEnd = Math.max(waveEnd, call.endedMs);
  }
  return out;
}

/** Replays recorded calls on `store`: each wave's calls at once, the waves one after another. */
export async function replay(store: ViewStore, recorded: readonly RecordedCall[][]): Promise<void> {
  for (const wave of recorded) {
    await Promise.all(
      wave.map((call) =>
        (store[call.method as keyof ViewStore] as (...args: unknown[]) => Promise<unknown>).apply(store, [
          ...call.args,
        ]),
      ),
    );
  }
}

/** The key of a read: its method and arguments (an abort signal in the options counts as `{}`). */
const readKey = (method: string, args: readonly unknown[]): string => `${method} ${JSON.stringify(args)}`;

/** A store whose reads answer from recorded calls. */
export interface CannedStore {
  readonly store: ViewStore;
  /** The reads answered from now on: each recorded call's result, by method and arguments. */
  use(recorded: readonly RecordedCall[]): void;
  /** Reads that were not recorded (answered by the store) since the last `use`. */
  readonly misses: number;
}

/**
 * Wraps `store`: a read recorded in the calls given to `use` answers at once with its recorded result,
 * without the engine; any other read goes to `store`. GraphQL over it takes GraphQL's own time for a
 * request (HTTP, parsing, validation, the limits plugin, resolvers, serializing), its store reads apart.
 *
 * @example
 * ```ts
 * const canned = cannedStore(store);
 * canned.use(await recording.record(() => postGraphQL(...)));
 * ```
 */
export function cannedStore(store: ViewStore): CannedStore {
  let answers = new Map<string, unknown>();
  let misses = 0;
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = String(property);
      const fn = value as (...args: unknown[]) => unknown;
      if (!READS.has(method)) return fn.bind(target);
      return async (...args: unknown[]): Promise<unknown> => {
        const key = readKey(method, args);
        if (answers.has(key)) return answers.get(key);
        misses++;
        return fn.apply(target, args);
      };
    },
  });
  return {
    store: proxy,
    use(recorded) {
      answers = new Map(recorded.map((call) => [readKey(call.method, call.args), call.result]));
      misses = 0;
    },
    get misses() {
      return misses;
    },
  };
}
