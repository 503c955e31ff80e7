import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@ht/services';
import { Kafka, logLevel } from 'kafkajs';
import type { ShopEndpoints } from '../e2e/shopClients.js';
import { startStage } from './stageProcess.js';
import type { StageProcess } from './stageProcess.js';

export const brokers = (process.env['HT_KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
export const schemaRegistryUrl = process.env['HT_SCHEMA_REGISTRY_URL'] ?? 'http://127.0.0.1:8081/apis/ccompat/v7';
export const clickhouseUrl = process.env['HT_CLICKHOUSE_URL'] ?? 'http://127.0.0.1:8123';

/** One row of `span_event_view FINAL` per span, with how many rows the span has there (`copies`). */
export interface StoredSpan {
  readonly tenant_id: string;
  readonly trace_id: string;
  readonly span_id: string;
  readonly service_name: string;
  readonly span_type: string;
  readonly protocol: string;
  readonly api_name: string;
  readonly backend_name: string;
  readonly error_count: number;
  readonly copies: number;
}

/** Where a pipeline's stages find the services, and what the normalizer reads (all optional). */
export interface StagePipelineOptions {
  /** The views stage serves GraphQL and the Jaeger API on a free port (`queryPort`). */
  readonly queryApi?: boolean;
  /** The ClickHouse the views stage writes to (default the shared one). */
  readonly clickhouseUrl?: string;
  /** The Kafka brokers of the stages (default the shared Kafka). */
  readonly brokers?: readonly string[];
  /** The schema registry every stage uses (default the shared one). */
  readonly schemaRegistryUrl?: string;
  /** Topics the normalizer stage reads: `<prefix>-<name>` each (create them with {@link StagePipeline.createTopic}). */
  readonly normalizerInputs?: readonly { readonly name: string; readonly encoding: string }[];
  /** Further top-level sections of the stages' config (e.g. `entities`), written as given. */
  readonly sections?: Readonly<Record<string, unknown>>;
}

/**
 * The distributed mode of one test: its own topics (`s5-<name>-<random>-raw-spans`, …), consumer groups,
 * ClickHouse database and `ht stage` config (every receiver endpoint the real clients use on free ports),
 * the stage processes it started, and what it leaves behind removed by {@link StagePipeline.close}.
 */
export class StagePipeline {
  readonly prefix: string;
  readonly database: string;
  readonly topics: { readonly rawSpans: string; readonly structuredTraces: string; readonly enrichedTraces: string };
  /** The config file every stage of the pipeline is started with. */
  readonly config: string;
  /** The ClickHouse the views stage writes to. */
  readonly clickhouseUrl: string;
  /** The Kafka brokers of the stages. */
  readonly brokers: readonly string[];
  private readonly dir: string;
  private readonly running = new Set<StageProcess>();
  private readonly ownTopics: string[] = [];

  private constructor(
    name: string,
    readonly ports: {
      readonly otlpHttp: number;
      readonly otlpGrpc: number;
      readonly zipkin: number;
      readonly jaegerThriftHttp: number;
    },
    /** Where the views stage serves GraphQL and the Jaeger API; `undefined`: not served (`ui.enabled: false`). */
    readonly queryPort: number | undefined,
    options: StagePipelineOptions,
  ) {
    const suffix = randomBytes(4).toString('hex');
    this.prefix = `s5-${name}-${suffix}`;
    this.database = `s5_${name}_${suffix}`;
    this.topics = {
      rawSpans: `${this.prefix}-raw-spans`,
      structuredTraces: `${this.prefix}-structured-traces`,
      enrichedTraces: `${this.prefix}-enriched-traces`,
    };
    this.clickhouseUrl = options.clickhouseUrl ?? clickhouseUrl;
    this.brokers = options.brokers ?? brokers;
    this.dir = mkdtempSync(join(tmpdir(), 'ht-stages-'));
    this.config = join(this.dir, 'ht.json');
    writeFileSync(
      this.config,
      JSON.stringify({
        kafka: {
          brokers: this.brokers,
          schemaRegistryUrl: options.schemaRegistryUrl ?? schemaRegistryUrl,
          topics: this.topics,
          partitions: 2,
          groupPrefix: this.prefix,
          sessionTimeoutMs: '6s',
        },
        receivers: { endpoints: Object.keys(ports), ports },
        grouper: { gapMs: '2s' },
        store: { type: 'clickhouse', url: this.clickhouseUrl, database: this.database },
        normalizer: {
          inputs: (options.normalizerInputs ?? []).map((i) => ({
            topic: `${this.prefix}-${i.name}`,
            encoding: i.encoding,
          })),
        },
        sink: { maxDelayMs: '300ms' },
        ui: queryPort === undefined ? { enabled: false } : { enabled: true, host: '127.0.0.1', port: queryPort },
        logging: { level: 'warn', format: 'json' },
        ...options.sections,
      }),
    );
  }

  /**
   * A pipeline named `name` (letters only: it goes into topic and database names), its ports free now;
   * `queryApi`: its views stage serves GraphQL and the Jaeger API on a free port (`queryPort`).
   */
  static async create(name: string, options: StagePipelineOptions = {}): Promise<StagePipeline> {
    return new StagePipeline(
      name,
      {
        otlpHttp: await freePort(),
        otlpGrpc: await freePort(),
        zipkin: await freePort(),
        jaegerThriftHttp: await freePort(),
      },
      options.queryApi === true ? await freePort() : undefined,
      options,
    );
  }

  /** The receiver stage's endpoints for the shop's clients, with the collector forwarding to OTLP gRPC. */
  shopEndpoints(collectorOtlpGrpc: string): ShopEndpoints {
    const origin = (port: number): string => `http://127.0.0.1:${port}`;
    return {
      otlpHttp: `${origin(this.ports.otlpHttp)}/v1/traces`,
      otlpGrpc: origin(this.ports.otlpGrpc),
      zipkin: `${origin(this.ports.zipkin)}/api/v2/spans`,
      jaegerThriftHttp: `${origin(this.ports.jaegerThriftHttp)}/api/traces`,
      collectorOtlpGrpc,
    };
  }

  /**
   * Starts `ht stage <name>` on the pipeline's config (its own free ops port); resolves once it is ready.
   * `onOutput` sees its output as it comes, before it is ready too.
   */
  async start(
    name: string,
    extraArgs: readonly string[] = [],
    onOutput?: (text: string) => void,
    timeoutMs = 60_000,
  ): Promise<StageProcess> {
    const stage = await startStage(name, this.config, await freePort(), timeoutMs, extraArgs, onOutput);
    this.running.add(stage);
    void stage.child.once('exit', () => this.running.delete(stage));
    return stage;
  }

  /** Creates the topic `<prefix>-<name>` (`partitions` partitions), deleted by {@link close}; its full name. */
  async createTopic(name: string, partitions = 2): Promise<string> {
    const topic = `${this.prefix}-${name}`;
    const admin = new Kafka({ brokers: [...this.brokers], logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      await admin.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: false });
      // The broker may not answer metadata for a topic it just created: ask until every partition has a leader.
      for (let attempt = 0; ; attempt++) {
        const led = await admin.fetchTopicMetadata({ topics: [topic] }).then(
          (m) => m.topics[0]?.partitions.filter((p) => p.leader >= 0).length === partitions,
          () => false,
        );
        if (led) break;
        if (attempt === 100) throw new Error(`topic ${topic}: no leader for every partition after 10 s`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await admin.disconnect();
    }
    this.ownTopics.push(topic);
    return topic;
  }

  /** Runs `sql` on ClickHouse; the text of the answer. */
  async clickhouse(sql: string): Promise<string> {
    const response = await fetch(`${this.clickhouseUrl}/?query=${encodeURIComponent(sql)}`, { method: 'POST' });
    const text = await response.text();
    if (!response.ok) throw new Error(`ClickHouse: ${text}`);
    return text;
  }

  /** Every span in `span_event_view`, deduplicated (`FINAL`) as queries read it; none before the table exists. */
  async storedSpans(): Promise<StoredSpan[]> {
    const text = await this.clickhouse(
      `SELECT tenant_id, trace_id, span_id, any(service_name) AS service_name, any(span_type) AS span_type, any(protocol) AS protocol,
         any(api_name) AS api_name, any(backend_name) AS backend_name, toUInt32(any(error_count)) AS error_count,
         toUInt32(count()) AS copies
       FROM ${this.database}.span_event_view FINAL GROUP BY tenant_id, trace_id, span_id FORMAT JSONEachRow`,
    ).catch(() => '');
    return text
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => JSON.parse(l) as StoredSpan);
  }

  /** Stops the stages still running (SIGTERM), drops the database and the topics, removes the config. */
  async close(): Promise<void> {
    await Promise.all([...this.running].map((s) => s.stop()));
    await this.clickhouse(`DROP DATABASE IF EXISTS ${this.database}`).catch(() => undefined);
    const admin = new Kafka({ brokers: [...this.brokers], logLevel: logLevel.NOTHING }).admin();
    await admin.connect().catch(() => undefined);
    await admin.deleteTopics({ topics: [...Object.values(this.topics), ...this.ownTopics] }).catch(() => undefined);
    await admin.disconnect();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
