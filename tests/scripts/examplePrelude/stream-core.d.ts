// Variables the @ht/stream-core `@example` blocks use without defining them, checked by
// tests/scripts/checkExamples.mjs. The engine knows nothing of tracing: here `Span` is any span-like record.

type Stream<T> = import('@ht/stream-core').Stream<T>;
type Sink<T> = import('@ht/stream-core').Sink<T>;
type Source<T> = import('@ht/stream-core').Source<T>;
type AckToken = import('@ht/stream-core/operator').AckToken;
type Batch<T> = import('@ht/stream-core/operator').Batch<T>;

/** A span-like record, as the engine's examples stream them. */
interface Span {
  traceId: string;
  tenantId: string;
  service: string;
  kind: string;
  startMs: number;
  durationMs: number;
}
type ServerSpan = Span & { kind: 'SERVER' };
interface Row {
  service: string;
  ms: number;
}
interface Alert {
  service: string;
  at: number;
}
interface Line {
  text: string;
}

// Jobs, sources and streams.
declare const job: import('@ht/stream-core').Job;
declare const spanSource: Source<Span>;
declare const kafkaSpans: Source<Span>;
declare const source: Source<number>;
/** An async lookup per record (a database, a service). */
declare function lookup(record: number): Promise<{ record: number; found: boolean }>;
declare const spans: Stream<Span>;
declare const otlp: Stream<Span>;
declare const zipkin: Stream<Span>;
declare const jaeger: Stream<Span>;
declare const rows: Stream<Row>;
declare const traces: Stream<{ traceId: string; spans: Span[] }>;
declare const numbers: Stream<number>;
declare const processed: import('@ht/stream-core').OperatorStream<Span>;
declare const keyed: import('@ht/stream-core').KeyedStream<string, Span>;
declare const byService: import('@ht/stream-core').KeyedStream<string, Span>;
declare const windowed: import('@ht/stream-core').WindowedStream<string, Span>;
declare const late: import('@ht/stream-core').OutputTag<Span>;
declare const grouper: import('@ht/stream-core/operator').KeyedOperator<Span, Span[]>;
declare function group(spans: readonly Span[], window: import('@ht/stream-core').WindowInfo<string>): Span[][];
declare function toTrace(spans: readonly Span[], window: import('@ht/stream-core').WindowInfo<string>): Span[][];
declare function merge(a: Span, b: Span): Span;
declare function readLines(): Line[];
declare function commit(partition: string, position: import('@ht/stream-core').Position): void;
declare const consumer: {
  on(event: 'batch', listener: (partition: string, lines: Line[], lastOffset: number) => void): void;
};

// Sinks.
declare const sink: import('@ht/stream-core/testing').MemorySink<any>;
declare const countsSink: Sink<any>;
declare const rowsSink: Sink<any>;
declare const dlqSink: Sink<any>;
declare const lateSink: Sink<any>;
declare const errorSink: Sink<any>;
declare const followUpSink: Sink<any>;
declare const clickhouseSink: Sink<any>;
declare const rawSpans: Sink<Span>;
declare const db: { insert(rows: readonly Row[]): Promise<void> };
declare const clickhouse: { insert(rows: unknown): Promise<void> };

// Time, state, checkpoints.
declare const clock: import('@ht/stream-core/testing').VirtualClock;
declare const now: number;
declare const backend: import('@ht/stream-core').KeyedStateBackend;
declare const plainForm: import('@ht/stream-core').StateForm;
declare const snapshot: import('@ht/stream-core').Snapshot;
declare const avro: { toBuffer(span: Span): Buffer; fromBuffer(bytes: Buffer): Span };
declare const redis: import('ioredis').Redis;
declare const url: string;
declare const testScheduler: import('rxjs/testing').TestScheduler;

// Inside an operator.
declare const ctx: import('@ht/stream-core/operator').OperatorContext;
declare const record: unknown;
declare const time: number;
declare const watermark: number;
declare const token: AckToken;
declare const t: AckToken;
declare const owner: Parameters<typeof import('@ht/stream-core/operator').AckToken.source>[0];
declare const held: AckToken[];
declare let counts: Map<string, number>;
declare const results: number;
declare const batch: Batch<unknown>;
declare const input: Batch<string>;
declare const subscriber: import('rxjs').Subscriber<Batch<any>>;
declare function user(record: unknown): void;
declare const log: { warn(fields: object, message: string): void };
declare const http: typeof import('node:http');

// Kafka (`@ht/stream-core/kafka`).
declare const kafka: import('kafkajs').Kafka;
declare const port: import('@ht/stream-core/kafka').KafkaConsumerPort;
declare const message: import('@ht/stream-core/kafka').KafkaMessage;
declare const control: import('@ht/stream-core/kafka').KafkaBatchControl;
declare const handle: import('@ht/stream-core/kafka').KafkaConsumerHandlers['onBatch'];
declare function fail(error: unknown): void;

// Tests.
declare const expect: typeof import('vitest').expect;
