/**
 * Seeding for `pnpm bench:query`: generated shop traces (`shopTraces`), enriched by the built-in chain,
 * materialized by the built-in views (`fromTrace` of each, as a sink does), then written part by part
 * in event-time order (the first part as made, then each replica of it: `replicas.ts`) to every store at once. Reports the rate: spans and rows per second (wall),
 * and how long each store was busy writing.
 */
import type { ViewDefinition } from '@ht/enricher-sdk';
import { builtinEnrichers } from '@ht/enricher-sdk/builtins';
import { EnricherChain, loadPlugins, MemoryEntityStore } from '@ht/enricher-sdk/host';
import type { ViewRow, ViewStore } from '@ht/sinks';
import { HtError } from '@ht/stream-core';
import { replicator } from './replicas.js';
import { shopTraces } from './shopTraces.js';

/** A store to seed, by name. */
export interface NamedStore {
  readonly name: string;
  readonly store: ViewStore;
}

/** What {@link seedStores} did. */
export interface SeedFigures {
  readonly spans: number;
  /** Spans made by the chain and views (the rest are replicas of their rows). */
  readonly materializedSpans: number;
  readonly traces: number;
  readonly rows: number;
  readonly rowsPerView: Record<string, number>;
  readonly seconds: number;
  /** Per store: seconds with at least one write in flight. */
  readonly busySeconds: Record<string, number>;
}

/** Writes batches to one store, up to `maxInFlight` at once, keeping the time it was busy. */
class StoreFeeder {
  private readonly inFlight = new Set<Promise<void>>();
  private busySince = 0;
  busyMs = 0;
  private failure: unknown;

  constructor(
    readonly named: NamedStore,
    private readonly maxInFlight: number,
  ) {}

  async write(view: string, rows: readonly ViewRow[]): Promise<void> {
    while (this.inFlight.size >= this.maxInFlight) await Promise.race(this.inFlight);
    if (this.failure !== undefined) throw this.failure;
    if (this.inFlight.size === 0) this.busySince = performance.now();
    const p: Promise<void> = this.writeWithRetries(view, rows)
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => {
        this.inFlight.delete(p);
        if (this.inFlight.size === 0) this.busyMs += performance.now() - this.busySince;
      });
    this.inFlight.add(p);
  }

  /** Writes, retrying what the store says may work again (as a `ViewSink` does), up to 5 times. */
  private async writeWithRetries(view: string, rows: readonly ViewRow[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.named.store.write(view, rows);
      } catch (error) {
        if (!(error instanceof HtError && error.retriable) || attempt === 5) throw error;
        console.log(`  ${this.named.name}: ${error.message}; retrying (${attempt})`);
        await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
      }
    }
  }

  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.race(this.inFlight);
    if (this.failure !== undefined) throw this.failure;
  }
}

/** What {@link seedStores} seeds. */
export interface SeedOptions {
  /** Spans in all (whole user actions: a few more). */
  readonly spans: number;
  readonly seed: number;
  readonly fromMicros: number;
  readonly toMicros: number;
  /**
   * The range is cut in this many equal parts: the first is materialized by the chain and views, the
   * others are replicas of its rows (see `replicas.ts`). 1: every span through the chain and views.
   */
  readonly replicas: number;
  readonly tenantId?: string;
}

/**
 * Seeds `spans` spans of the shop over `fromMicros`..`toMicros` into every store: the first
 * `1 / replicas` of the range through the built-in chain and `views`, the rest as replicas of those rows.
 * `progress` is called about every 5% with the spans so far.
 *
 * @example
 * ```ts
 * const figures = await seedStores([{ name: 'duckdb', store }], builtinViews, { spans: 100_000, seed: 1, fromMicros, toMicros, replicas: 10 });
 * ```
 */
export async function seedStores(
  stores: readonly NamedStore[],
  views: readonly ViewDefinition[],
  options: SeedOptions,
  progress: (spans: number, seconds: number) => void = () => {},
): Promise<SeedFigures> {
  const plugins = await loadPlugins({}, { builtins: { enrichers: builtinEnrichers, views: [] } });
  const chain = new EnricherChain(plugins.enrichers, { entities: new MemoryEntityStore() });
  await chain.start();
  const feeders = stores.map((s) => new StoreFeeder(s, Math.min(2, s.store.capabilities.maxConcurrentWrites)));
  const buffers = feeders.map(() => new Map<string, ViewRow[]>(views.map((v) => [v.name, []])));
  const copies = new Map(views.map((v) => [v.name, replicator(v)]));
  const rowsPerView: Record<string, number> = Object.fromEntries(views.map((v) => [v.name, 0]));
  const started = performance.now();
  const part = (options.toMicros - options.fromMicros) / options.replicas;
  const realSpans = options.spans / options.replicas;
  let spans = 0;
  let traces = 0;
  let nextReport = options.spans / 20;
  const flush = async (all: boolean): Promise<void> => {
    for (let s = 0; s < feeders.length; s++) {
      const feeder = feeders[s]!;
      const size = feeder.named.store.capabilities.batchRows;
      for (const [view, rows] of buffers[s]!) {
        if (rows.length === 0 || (!all && rows.length < size)) continue;
        buffers[s]!.set(view, []);
        for (let i = 0; i < rows.length; i += size) await feeder.write(view, rows.slice(i, i + size));
      }
    }
  };
  const add = (view: string, rows: readonly ViewRow[]): void => {
    rowsPerView[view]! += rows.length;
    for (const b of buffers) {
      const buffer = b.get(view)!;
      for (const row of rows) buffer.push(row);
    }
  };
  try {
    // The first part of the range through the chain and views, held: its rows are written below, then
    // each replica's, so every store receives the day in event-time order as a pipeline writes it
    // (writing each block with its replicas made every DuckDB row group span the whole day, and its
    // zone maps could not skip by time).
    const held = new Map<string, ViewRow[]>(views.map((v) => [v.name, []]));
    let real = 0;
    for (let action = 0; real < realSpans; action++) {
      // Event time follows the spans made: the first part of the range is covered evenly.
      const at = options.fromMicros + Math.floor((real / realSpans) * part * 0.999);
      for (const trace of shopTraces(options.seed, action, at, options.tenantId)) {
        await chain.enrich(trace);
        real += trace.spans.length;
        traces++;
        for (const view of views) for (const row of view.fromTrace(trace)) held.get(view.name)!.push(row);
      }
    }
    const chunk = 4096;
    for (let n = 0; n < options.replicas; n++) {
      const shift = Math.round(n * part);
      for (const [view, rows] of held) {
        const copy = copies.get(view)!;
        for (let i = 0; i < rows.length; i += chunk) {
          const slice = rows.slice(i, i + chunk);
          add(view, n === 0 ? slice : slice.map((row) => copy(row, n, shift)));
          await flush(false);
        }
      }
      spans += real;
      if (spans >= nextReport) {
        progress(spans, (performance.now() - started) / 1000);
        nextReport = spans + options.spans / 20;
      }
    }
    await flush(true);
    await Promise.all(feeders.map((f) => f.drain()));
  } finally {
    await chain.close();
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    spans,
    materializedSpans: Math.round(spans / options.replicas),
    traces: traces * options.replicas,
    rows: Object.values(rowsPerView).reduce((a, b) => a + b, 0),
    rowsPerView,
    seconds,
    busySeconds: Object.fromEntries(feeders.map((f) => [f.named.name, f.busyMs / 1000])),
  };
}
