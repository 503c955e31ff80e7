import { latencyBudget } from '../src/index.js';
import type { LatencyBudget } from '../src/index.js';
import { metricValues } from '../test/e2e/htProcess.js';
import { startHt } from './benchServers.js';
import { BenchStages } from './benchStages.js';
import type { PipelineProgress } from './soakRate.js';

/** The two ways to run the pipeline: one `ht run` process on DuckDB, or `ht stage` processes on Kafka + ClickHouse. */
export type SoakMode = 'embedded' | 'distributed';

/** The services of the distributed mode, and the names it gives what it creates there. */
export interface SoakServices {
  readonly brokers: readonly string[];
  readonly schemaRegistryUrl: string;
  readonly clickhouseUrl: string;
  /** Topics and groups `<namePrefix>-<random>-…`, the database `<namePrefix>_<random>`. */
  readonly namePrefix: string;
  /** Partitions per topic. */
  readonly partitions: number;
}

/** A pipeline under the soak: where to send, what to sample, how to count, how to stop. */
export interface SoakTarget {
  readonly mode: SoakMode;
  /** OTLP/HTTP traces URL. */
  readonly url: string;
  readonly graphqlUrl: string;
  /** The processes judged, by name: their ops servers (`/debug/heap`: they run under `--expose-gc`). */
  readonly opsUrls: Readonly<Record<string, string>>;
  readonly pids: Readonly<Record<string, number>>;
  /** The latency budget of the pipeline's settings (docs/guarantees.md), with the write allowance of the mode. */
  readonly budget: LatencyBudget;
  /** Spans accepted (answered 2xx: the channel's, or Kafka's acknowledgements) and stored so far. */
  progress(): Promise<PipelineProgress>;
  /**
   * Waits until every span accepted is stored (at most `timeoutMs`), then stops the pipeline (SIGTERM):
   * the distinct spans it stored, and whether every process exited 0.
   */
  finish(timeoutMs: number): Promise<SoakFinish>;
  /** Stops whatever still runs and removes what it created; after `finish`, or after an error. */
  close(): Promise<void>;
}

/** How a soak target ended. */
export interface SoakFinish {
  /** Distinct spans in `span_event_view` (NaN when they could not be counted). */
  readonly stored: number;
  /** Seconds from the call until every accepted span was stored (NaN: not within the timeout). */
  readonly drainSeconds: number;
  /** Exit codes by process (0: a clean stop). */
  readonly exitCodes: Readonly<Record<string, number | null>>;
}

/** The pipeline settings both modes share (docs/reliability.md, "Load and soak"). */
const GAP_MS = 1_000;
const SINK_MAX_DELAY_MS = 1_000;
/**
 * The write term of the budget: the 1 s the latency test of docs/guarantees.md allows a DuckDB write; the
 * distributed mode's traces also cross three Kafka topics (a producer's batch, a consumer's fetch each)
 * before the ClickHouse insert: 2 s.
 */
export const WRITE_ALLOWANCE_MS: Readonly<Record<SoakMode, number>> = { embedded: 1_000, distributed: 2_000 };
/** DuckDB's buffer pool (`store.memoryLimit`): small enough to be full within the warm-up (RSS then flat). */
const DUCKDB_MEMORY_LIMIT = '512MB';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The sum of a metric family's samples in a process's `/metrics`. */
async function metricTotal(opsUrl: string, family: string): Promise<number> {
  return (await metricValues(opsUrl, family)).reduce((sum, s) => sum + s.value, 0);
}

/** Polls `progress` until stored ≥ accepted; seconds it took, NaN after `timeoutMs`. */
async function drained(progress: () => Promise<PipelineProgress>, timeoutMs: number): Promise<number> {
  const startedAt = Date.now();
  for (;;) {
    const { accepted, stored } = await progress().catch(() => ({ accepted: 1, stored: 0 }));
    if (stored >= accepted) return (Date.now() - startedAt) / 1000;
    if (Date.now() - startedAt > timeoutMs) return NaN;
    await sleep(500);
  }
}

function budgetOf(mode: SoakMode): LatencyBudget {
  return latencyBudget({
    // The probes are posted by the bench itself, timed from just before the request: no exporter holds them.
    exporterDelayMs: 0,
    grouper: { gapMs: GAP_MS },
    sink: { maxDelayMs: SINK_MAX_DELAY_MS },
    writeMs: WRITE_ALLOWANCE_MS[mode],
  });
}

/**
 * Starts a pipeline of `mode` for the soak, its processes under `node --expose-gc`: `ht run` on DuckDB in
 * `dir` (the end-to-end bench's config, GraphQL served, `store.memoryLimit` 512MB), or the distributed
 * bench's four `ht stage` processes on new topics and a new ClickHouse database (the views stage serving
 * GraphQL). Both: the OTLP/HTTP receiver only, grouper gap 1 s, sink delay 1 s, every built-in.
 *
 * @example
 * ```ts
 * const target = await startSoakTarget('embedded', dir, services);
 * try {
 *   // … load …
 *   const { stored } = await target.finish(120_000);
 * } finally {
 *   await target.close();
 * }
 * ```
 */
export async function startSoakTarget(mode: SoakMode, dir: string, services: SoakServices): Promise<SoakTarget> {
  const nodeArgs = ['--expose-gc'];
  if (mode === 'embedded') {
    const server = await startHt(dir, nodeArgs, {
      graphql: true,
      config: { store: { type: 'duckdb', path: `${dir}/ht.duckdb`, memoryLimit: DUCKDB_MEMORY_LIMIT } },
    });
    const opsUrl = server.opsUrl!;
    const progress = async (): Promise<PipelineProgress> => ({
      accepted: await metricTotal(opsUrl, 'ht_span_channel_spans_accepted_total'),
      stored: await metricTotal(opsUrl, 'ht_span_channel_spans_acknowledged_total'),
    });
    let stopped = false;
    return {
      mode,
      url: server.url,
      graphqlUrl: server.graphqlUrl!,
      opsUrls: { ht: opsUrl },
      pids: { ht: server.pid },
      budget: budgetOf(mode),
      progress,
      async finish(timeoutMs) {
        // The channel acknowledges a span once its rows are durable: acknowledged = stored.
        const drainSeconds = await drained(progress, timeoutMs);
        stopped = true;
        try {
          return { stored: (await server.stop()) ?? NaN, drainSeconds, exitCodes: { ht: 0 } };
        } catch {
          return { stored: NaN, drainSeconds, exitCodes: { ht: null } };
        }
      },
      async close() {
        if (!stopped) await server.stop().catch(() => undefined);
        stopped = true;
      },
    };
  }
  const pipeline = await BenchStages.start({
    dir,
    ...services,
    stageNodeArgs: nodeArgs,
    queryApi: true,
    config: { sink: { maxDelayMs: `${SINK_MAX_DELAY_MS}ms` } },
  });
  const receiverOps = pipeline.opsUrls()['receiver']!;
  const progress = async (): Promise<PipelineProgress> => ({
    // The receiver stage answers 2xx once Kafka acknowledged the spans.
    accepted: await metricTotal(receiverOps, 'ht_kafka_span_sink_spans_written_total'),
    stored: await pipeline.storedRows(),
  });
  let closed = false;
  return {
    mode,
    url: pipeline.url,
    graphqlUrl: pipeline.graphqlUrl!,
    opsUrls: pipeline.opsUrls(),
    pids: Object.fromEntries(pipeline.stages.map(({ name, process }) => [name, process.child.pid!])),
    budget: budgetOf(mode),
    progress,
    async finish(timeoutMs) {
      const drainSeconds = await drained(progress, timeoutMs);
      const stored = await pipeline.distinctSpans().catch(() => NaN);
      closed = true;
      return { stored, drainSeconds, exitCodes: await pipeline.close() };
    },
    async close() {
      if (!closed) await pipeline.close();
      closed = true;
    },
  };
}
