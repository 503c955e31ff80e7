// Variables TSDoc `@example` blocks use without defining them, checked by tests/scripts/checkExamples.mjs,
// in every package but stream-core (which has its own, stream-core.d.ts).
// A global script: each example is a module, so a name it declares itself shadows the one here.
// Types come from the public entry points only (`import('@ht/…')`), never from a package's files.

type Span = import('@ht/enricher-sdk').Span;
type Trace = import('@ht/enricher-sdk').Trace;

// The trace model and enrichment (@ht/enricher-sdk).
declare const span: Span;
declare const spans: Span[];
declare const trace: Trace;
declare const traces: Trace[];
declare const enrichedTrace: Trace;
declare const ctx: import('@ht/enricher-sdk').EnrichContext<Record<string, never>>;
declare const init: import('@ht/enricher-sdk').SpanInit;
declare const traceId: string;
declare const spanId: string;
declare const start: bigint;
declare const end: bigint;
declare const now: bigint;
declare const logger: import('@ht/enricher-sdk').Logger;
declare const metrics: import('@ht/enricher-sdk').Metrics;
declare const config: import('@ht/enricher-sdk').PluginsConfig;
declare const builtins: import('@ht/enricher-sdk').BuiltinPlugins;
declare const mod: unknown;

// Views and stores (@ht/sinks).
declare const spanView: import('@ht/enricher-sdk').ViewDefinition;
declare const view: import('@ht/enricher-sdk').ViewDefinition;
declare const store: import('@ht/sinks').ViewStore;
declare const rows: readonly import('@ht/sinks').ViewRow[];
declare const row: import('@ht/sinks').QueryRow;
declare const query: import('@ht/sinks').Query;
declare const layout: import('@ht/sinks').TableLayout;
declare const serviceRed: import('@ht/sinks').RollupDefinition;
declare const executor: import('@ht/sinks').ClickHouseExecutor;
declare const features: import('@ht/sinks').ClickHouseFeatures;
declare const fromMicros: number;
declare const toMicros: number;

// Receivers and Kafka (@ht/sources).
declare const ingestor: import('@ht/sources').Ingestor;
declare const body: Uint8Array;
declare const outcome: import('@ht/sources').IngestOutcome;
declare const consumer: import('@ht/sources').KafkaConsumerPort;
declare const registry: import('@ht/sources').SchemaRegistryPort;
declare const producer: import('@ht/sinks').KafkaProducerPort;

// The engine (@ht/stream-core).
declare const job: import('@ht/stream-core').Job;
declare const clock: import('@ht/stream-core').Clock;
declare const rawSpans: import('@ht/stream-core').Stream<Span>;
declare const keyed: import('@ht/stream-core').KeyedStream<string, Span>;
declare const windowed: import('@ht/stream-core').WindowedStream<string, Span>;
declare const token: import('@ht/stream-core/operator').AckToken;

// Tests.
declare const expect: typeof import('vitest').expect;
