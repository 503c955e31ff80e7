// Variables the @ht/sources `@example` blocks use without defining them, beside shared.d.ts.

declare const ctx: import('@ht/sources').DecodeContext;
declare const body: Buffer;
declare const json: string;
declare const datagram: Buffer;
declare const request: Buffer;
declare const record: { value: Buffer };
declare const queue: Span[];
declare const capacity: number;
declare const sink: import('@ht/sources').CollectingSpanSink;
declare const channel: import('@ht/sources').SpanChannel;
declare const spanSink: import('@ht/stream-core').Sink<Span>;
declare const ingestor: import('@ht/sources').Ingestor;
declare const outcome: import('@ht/sources').IngestOutcome;
declare const receivers: import('@ht/sources').RunningReceivers;
declare const address: import('@ht/sources').ReceiverAddress;
declare const endpoint: import('@ht/sources').ReceiverEndpoint;
declare const captures: { format: string; payload: Buffer }[];
declare const req: import('node:http').IncomingMessage;
declare const res: import('node:http').ServerResponse;
declare const routes: import('@ht/sources').HttpRoute[];
// A format of your own (docs/formats.md, How to add a format).
declare const acmeJsonDecoder: import('@ht/sources').SpanDecoder;
declare const acmeHttp: import('@ht/sources').ReceiverEndpoint<'acmeHttp'>;
declare const acmeFormat: import('@ht/sources').TraceFormat;
declare const definition: import('@ht/sources').GrpcServiceBinding['definition'];
declare function handler(
  service: import('@ht/sources').GrpcServiceContext,
): import('@grpc/grpc-js').handleUnaryCall<Buffer, Buffer>;
declare const service: import('@ht/sources').GrpcServiceContext;
declare const call: import('@grpc/grpc-js').ServerDuplexStream<Buffer, Buffer>;
declare const tenant: string;
declare const metrics: import('@ht/sources').ReceiverMetrics;
declare const prometheus: { counter(name: string, labels: Record<string, string>): { inc(n: number): void } };
declare const kafka: import('kafkajs').Kafka;
declare const kafkaSpans: import('@ht/stream-core').Source<Span>;
declare const consumer: import('@ht/stream-core/kafka').KafkaConsumerPort;
declare const port: import('@ht/stream-core/kafka').KafkaConsumerPort;
declare const decoder: import('@ht/sources').KafkaRecordDecoder<Span>;
declare const message: import('@ht/stream-core/kafka').KafkaMessage;
declare const control: import('@ht/stream-core/kafka').KafkaBatchControl;
declare const handle: import('@ht/stream-core/kafka').KafkaConsumerHandlers['onBatch'];
declare function fail(error: Error): void;
declare const hooks: import('@ht/sources').OffsetCommitterHooks;
declare const stats: { commits: number };
declare function log(error: unknown): void;
declare const url: string;
declare const registry: import('@ht/sources').SchemaRegistryPort;
