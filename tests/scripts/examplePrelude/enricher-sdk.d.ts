// Variables the @ht/enricher-sdk `@example` blocks use without defining them, beside shared.d.ts.

type EnricherDefinition<C> = import('@ht/enricher-sdk').EnricherDefinition<C>;

declare const ctx: import('@ht/enricher-sdk').EnrichContext<Record<string, never>>;
declare const init: import('@ht/enricher-sdk').SpanInit;
declare const start: bigint;
declare const end: bigint;
declare const now: bigint;
declare const value: import('@ht/enricher-sdk').AttributeValue;
declare const producerTraceId: string;
declare const producerSpanId: string;
declare const request: import('node:http').IncomingMessage;
declare const redisId: string;
declare const client: Span;
declare const server: Span;
declare const entry: Span;
declare const frontend: import('@ht/enricher-sdk').Entity;
declare const cart: import('@ht/enricher-sdk').Entity;
declare const isBackend: boolean;
declare const badSpans: import('@ht/enricher-sdk').Counter;
declare const pressure: import('@ht/enricher-sdk').Counter;
declare let entries: number;
declare const text: string;
declare const bytes: Buffer;
declare const oldBytes: Buffer;
declare const oldSchema: import('@ht/enricher-sdk').AvroSchema;
declare const message: { value: Buffer };
declare const producer: {
  send(record: { topic: string; messages: { key: string; value: Buffer }[] }): Promise<unknown>;
};
declare const registry: {
  register(schema: { type: string; schema: string }, options?: { subject: string }): Promise<{ id: number }>;
};
declare const SchemaType: { readonly AVRO: 'AVRO' };
declare const logger: import('@ht/enricher-sdk/testing').MemoryLogger;
declare const metrics: import('@ht/enricher-sdk').Metrics;
declare const entities: import('@ht/enricher-sdk').EntityStore;
declare const redis: import('ioredis').Redis;
declare const config: { plugins: import('@ht/enricher-sdk/host').PluginsConfigInput };
declare const rawConfig: { plugins: unknown };
declare const configPath: string;
declare const builtins: import('@ht/enricher-sdk/host').BuiltinPlugins;
declare const plugins: import('@ht/enricher-sdk/host').LoadedPlugins;
declare const columns: { trace_id: { type: 'string' }; start_time: { type: 'datetime' } };
declare const mod: { default: unknown };
declare function register(definition: unknown): void;
declare const source: import('@ht/enricher-sdk/host').PluginSource;
declare const geo: EnricherDefinition<{ database: string }>;
declare const tier: EnricherDefinition<{ premium: string[] }>;
declare const tenantTier: EnricherDefinition<{ premium: string[] }>;
declare const dependencies: readonly EnricherDefinition<any>[];
declare const ip: string;
declare function lookup(ip: string, options: { signal: AbortSignal }): Promise<{ country: string }>;
declare const sink: { write(trace: Trace): Promise<void> };
declare const traceWithSkew: Trace;
declare const fixture: Trace;
declare const run: import('@ht/enricher-sdk/testing').EnricherRun;
declare const slowSpanView: import('@ht/enricher-sdk').ViewDefinition;
declare const dir: string;
declare const rawSpans: import('@ht/stream-core').Source<Span>;
declare const spanStream: import('@ht/stream-core').Stream<Span>;
declare const traceSink: import('@ht/stream-core').Sink<Trace>;
declare const deadLetterSink: import('@ht/stream-core').Sink<Span>;
declare const stats: import('@ht/enricher-sdk/grouper').GrouperStats;
// The error helpers the root re-exports from @ht/stream-core/errors (their examples are checked here).
declare const record: unknown;
declare function user(record: unknown): void;
