import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@ht/services';
import { Kafka, logLevel } from 'kafkajs';
import { startStage } from '../test/stages/stageProcess.js';
import { htNodeFlags } from './benchServers.js';
import type { StageProcess } from '../test/stages/stageProcess.js';

/** The stages of the benches' distributed pipeline, in the order they are started. */
export const BENCH_STAGES = ['receiver', 'grouper', 'enricher', 'views'] as const;

/** Where the distributed pipeline of a bench finds the services, and how it is set up. */
export interface BenchStagesPlan {
  /** Where its config file is written. */
  readonly dir: string;
  readonly brokers: readonly string[];
  readonly schemaRegistryUrl: string;
  readonly clickhouseUrl: string;
  /** Partitions of each topic (the most copies a consuming stage could have). */
  readonly partitions: number;
  /** Topics and consumer groups are `<namePrefix>-<random>-…`, the database `<namePrefix>_<random>` ('-' → '_'). */
  readonly namePrefix: string;
  /** Options of node itself for every stage process (`--cpu-prof --cpu-prof-dir=DIR`, `--expose-gc`). */
  readonly stageNodeArgs?: readonly string[];
  /** The views stage serves GraphQL (and the Jaeger API) on a free port: {@link BenchStages.graphqlUrl}. */
  readonly queryApi?: boolean;
  /** Config sections of the stages set over the bench's (`{ sink: { maxDelayMs: '500ms' } }`): shallow. */
  readonly config?: Readonly<Record<string, unknown>>;
}

/**
 * The distributed pipeline of a bench: `ht stage receiver|grouper|enricher|views`, each its own process,
 * on the running Kafka, schema registry and ClickHouse, with new topics, consumer groups and ClickHouse
 * database, removed by {@link BenchStages.close}. Its config: the OTLP/HTTP receiver only, grouper gap
 * 1 s, every built-in, retention off, logs at `warn`.
 *
 * @example
 * ```ts
 * const pipeline = await BenchStages.start({ dir, brokers, schemaRegistryUrl, clickhouseUrl, partitions: 2, namePrefix: 'ht-bench' });
 * try {
 *   await runLoad({ url: pipeline.url, templateFile, concurrency: 8, spans: 100_000 });
 *   console.log(await pipeline.storedSpans());
 * } finally {
 *   await pipeline.close();
 * }
 * ```
 */
export class BenchStages {
  /** The stage processes, in {@link BENCH_STAGES} order. */
  readonly stages: { readonly name: string; readonly process: StageProcess }[] = [];

  private constructor(
    private readonly plan: BenchStagesPlan,
    /** The ClickHouse database the views stage writes to. */
    readonly database: string,
    readonly topics: { readonly rawSpans: string; readonly structuredTraces: string; readonly enrichedTraces: string },
    /** The config file the stages run with. */
    readonly config: string,
    /** The receiver stage's OTLP/HTTP traces URL. */
    readonly url: string,
    /** The views stage's GraphQL URL (`queryApi`). */
    readonly graphqlUrl: string | undefined,
  ) {}

  /** Writes the config and starts every stage (each once ready); stops what started when one fails. */
  static async start(plan: BenchStagesPlan): Promise<BenchStages> {
    const suffix = randomBytes(4).toString('hex');
    const prefix = `${plan.namePrefix}-${suffix}`;
    const database = `${plan.namePrefix.replaceAll('-', '_')}_${suffix}`;
    const topics = {
      rawSpans: `${prefix}-raw-spans`,
      structuredTraces: `${prefix}-structured-traces`,
      enrichedTraces: `${prefix}-enriched-traces`,
    };
    const receiverPort = await freePort();
    const queryPort = plan.queryApi === true ? await freePort() : undefined;
    const config = join(plan.dir, `ht.stages-${suffix}.json`);
    writeFileSync(
      config,
      JSON.stringify({
        kafka: {
          brokers: plan.brokers,
          schemaRegistryUrl: plan.schemaRegistryUrl,
          topics,
          partitions: plan.partitions,
          groupPrefix: prefix,
        },
        receivers: { host: '127.0.0.1', endpoints: ['otlpHttp'], ports: { otlpHttp: receiverPort } },
        grouper: { gapMs: '1s' },
        plugins: { builtins: 'all' },
        store: { type: 'clickhouse', url: plan.clickhouseUrl, database },
        retention: 'off',
        ui: queryPort === undefined ? { enabled: false } : { enabled: true, host: '127.0.0.1', port: queryPort },
        logging: { level: 'warn', format: 'json' },
        ...plan.config,
      }),
    );
    const pipeline = new BenchStages(
      plan,
      database,
      topics,
      config,
      `http://127.0.0.1:${receiverPort}/v1/traces`,
      queryPort === undefined ? undefined : `http://127.0.0.1:${queryPort}/graphql`,
    );
    try {
      for (const name of BENCH_STAGES) {
        const process = await startStage(name, config, await freePort(), undefined, [], undefined, [
          ...htNodeFlags(),
          ...(plan.stageNodeArgs ?? []),
        ]);
        pipeline.stages.push({ name, process });
      }
    } catch (error) {
      await pipeline.close();
      throw error;
    }
    return pipeline;
  }

  /** Each stage's ops server URL, by stage name. */
  opsUrls(): Record<string, string> {
    return Object.fromEntries(this.stages.map(({ name, process }) => [name, process.opsUrl]));
  }

  /** Runs `sql` on ClickHouse; the text of the answer. */
  async clickhouse(sql: string): Promise<string> {
    const response = await fetch(`${this.plan.clickhouseUrl}/?query=${encodeURIComponent(sql)}`, { method: 'POST' });
    const text = await response.text();
    if (!response.ok) throw new Error(`ClickHouse: ${text}`);
    return text;
  }

  /** Rows of `span_event_view` (one per span written; 0 before the table exists). */
  async storedRows(): Promise<number> {
    return Number(await this.clickhouse(`SELECT count() FROM ${this.database}.span_event_view`).catch(() => '0'));
  }

  /** Distinct spans in `span_event_view` (a span written twice, read again after a restart, counts once). */
  async distinctSpans(): Promise<number> {
    return Number(
      await this.clickhouse(`SELECT uniqExact(tenant_id, trace_id, span_id) FROM ${this.database}.span_event_view`),
    );
  }

  /** Stops the stages (SIGTERM; their exit codes by name), drops the database and the topics. */
  async close(): Promise<Record<string, number | null>> {
    const codes = await Promise.all(this.stages.map(async (s) => [s.name, await s.process.stop()] as const));
    await this.clickhouse(`DROP DATABASE IF EXISTS ${this.database}`).catch(() => undefined);
    const admin = new Kafka({ brokers: [...this.plan.brokers], logLevel: logLevel.NOTHING }).admin();
    try {
      await admin.connect();
      await admin.deleteTopics({ topics: Object.values(this.topics) });
    } catch {
      // Left for the broker's retention: a bench's topics are named apart from everything else.
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
    return Object.fromEntries(codes);
  }
}
