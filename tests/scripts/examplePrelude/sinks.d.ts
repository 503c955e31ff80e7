// Variables the @ht/sinks `@example` blocks use without defining them, beside shared.d.ts.

declare const rows: readonly import('@ht/sinks').ViewRow[];
declare const row: import('@ht/sinks').QueryRow;
declare const bad: readonly import('@ht/sinks').ViewRow[];
declare const expected: readonly import('@ht/sinks').ViewRow[];
declare const query: import('@ht/sinks').Query;
declare const q: import('@ht/sinks').Query;
declare const layout: import('@ht/sinks').TableLayout;
declare const spec: import('@ht/enricher-sdk').ViewSpec;
declare const existing: import('@ht/sinks').ExistingTable;
declare const expectedTypes: ReadonlyMap<string, string>;
declare const start: number;
declare const end: number;
declare const from: number;
declare const to: number;
declare const fromMicros: number;
declare const toMicros: number;
declare const a: number;
declare const b: number;
declare const range: import('@ht/sinks').RollupRange;
declare const rebuilt: import('@ht/sinks').RebuiltMinutes;
declare const raw: Record<string, unknown>[];
declare const compiled: import('@ht/sinks').CompiledQuery;
declare const callView: import('@ht/enricher-sdk').ViewDefinition;
declare const traceView: import('@ht/enricher-sdk').ViewDefinition;
declare const serviceRed: import('@ht/sinks').RollupDefinition;
declare const backendRed: import('@ht/sinks').RollupDefinition;
declare const executor: import('@ht/sinks').ClickHouseExecutor;
declare const myExecutor: import('@ht/sinks').ClickHouseExecutor;
declare const features: import('@ht/sinks').ClickHouseFeatures;
declare const options: import('@ht/sinks').ClickHouseDdlOptions;
declare const ctx: import('@ht/sinks').RollupSqlContext;
declare const client: import('@clickhouse/client').ClickHouseClient;
declare const admin: import('@clickhouse/client').ClickHouseClient;
declare const connection: import('@duckdb/node-api').DuckDBConnection;
declare function hasRepeatedKeys(
  view: import('@ht/enricher-sdk').ViewDefinition,
  rows: readonly import('@ht/sinks').ViewRow[],
): boolean;
declare const sink: import('@ht/sinks').ViewSink;
declare const enrichedTraces: import('@ht/stream-core').Source<Trace>;
declare const traceSource: import('@ht/stream-core').Source<Trace>;
declare const dataDir: string;
declare const dir: string;
declare const kafka: import('kafkajs').Kafka;
declare const brokers: string[];
declare const records: import('@ht/stream-core/kafka').KafkaRecord[];
declare const registryUrl: string;
declare const producer: import('@ht/stream-core/kafka').KafkaProducerPort;
declare const encoder: import('@ht/sinks').ViewRecordEncoder;
declare const target: import('@ht/sinks/testing').ConformanceTarget;
declare function createMyStore(): Promise<import('@ht/sinks').ViewStore>;
declare function log(view: string, rows: number): Promise<void>;
declare const plugins: import('@ht/enricher-sdk/host').LoadedPlugins;
declare const logger: import('@ht/enricher-sdk').Logger;
declare const metrics: import('@ht/enricher-sdk').Metrics;
