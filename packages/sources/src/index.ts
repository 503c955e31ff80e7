/**
 * `@ht/sources`: trace receivers for every common format (OTLP, Zipkin, Jaeger, OpenCensus) that turn
 * requests into canonical spans for a {@link SpanSink}, the decoders behind them (shared with the Kafka
 * source), and a Kafka source.
 *
 * @packageDocumentation
 */

// Hand-off to the pipeline
export { ACCEPTED } from './ingest/SpanSink.js';
export type { AcceptResult, SpanBatchMeta, SpanSink } from './ingest/SpanSink.js';
export { CollectingSpanSink } from './ingest/CollectingSpanSink.js';
export type { CollectedBatch } from './ingest/CollectingSpanSink.js';

// Decoding
export { spanDecoders } from './ingest/spanDecoders.js';
export type { DecodeContext, DecodedSpans, RejectedSpan, SpanDecoder } from './ingest/SpanDecoder.js';
export { otlpProtoDecoder } from './receivers/otlp/otlpProtoDecoder.js';
export { otlpJsonDecoder } from './receivers/otlp/otlpJsonDecoder.js';
export { zipkinV2JsonDecoder } from './receivers/zipkin/zipkinV2JsonDecoder.js';
export { zipkinProtoDecoder } from './receivers/zipkin/zipkinProtoDecoder.js';
export { zipkinV1JsonDecoder } from './receivers/zipkin/zipkinV1JsonDecoder.js';
export { zipkinV1ThriftDecoder } from './receivers/zipkin/zipkinV1ThriftDecoder.js';
export { jaegerAgentDecoder, jaegerThriftBatchDecoder } from './receivers/jaeger/jaegerThriftDecoder.js';
export { jaegerProtoDecoder } from './receivers/jaeger/jaegerProtoDecoder.js';
export { jaegerSpanProtoDecoder } from './receivers/jaeger/jaegerProtoSpan.js';
export { jaegerJsonSpanDecoder } from './receivers/jaeger/jaegerJsonSpanDecoder.js';
export { opencensusStreamDecoder } from './receivers/opencensus/opencensusDecoder.js';

// Receivers
export { startReceivers } from './receivers/startReceivers.js';
export type { ReceiversOptions, RunningReceivers } from './receivers/startReceivers.js';
export type { PayloadTap } from './ingest/Ingestor.js';
export { DEFAULT_RECEIVER_PORTS, EPHEMERAL_PORTS, resolvePorts } from './receivers/ReceiverPorts.js';
export type { ReceiverName, ReceiverPorts } from './receivers/ReceiverPorts.js';
export type { ReceiverAddress } from './receivers/listen.js';

// Building blocks, to serve receivers your own way (one port, your own server)
export { Ingestor, rejectionMessage } from './ingest/Ingestor.js';
export type { IngestOutcome, IngestorOptions } from './ingest/Ingestor.js';
export { startHttpReceiver } from './receivers/http/HttpReceiver.js';
export type { HttpReceiverOptions, RunningHttpReceiver } from './receivers/http/HttpReceiver.js';
export { retryAfter, textProblem } from './receivers/http/HttpRoute.js';
export type { HttpAnswer, HttpProblem, HttpRoute } from './receivers/http/HttpRoute.js';
export { startGrpcReceiver } from './receivers/grpc/GrpcReceiver.js';
export type {
  GrpcReceiverOptions,
  GrpcServiceBinding,
  GrpcServiceContext,
  RunningGrpcReceiver,
} from './receivers/grpc/GrpcReceiver.js';
export { startUdpReceiver } from './receivers/udp/UdpReceiver.js';
export type { RunningUdpReceiver, UdpReceiverOptions } from './receivers/udp/UdpReceiver.js';
export { otlpGrpcService, otlpHttpRoute } from './receivers/otlp/otlpEndpoints.js';
export { zipkinRoutes } from './receivers/zipkin/zipkinRoutes.js';
export { jaegerGrpcService, jaegerHttpRoute } from './receivers/jaeger/jaegerEndpoints.js';
export { opencensusGrpcService } from './receivers/opencensus/opencensusGrpcService.js';

// Tenancy, limits, metrics
export { resolveTenant, validateTenancy } from './ingest/Tenancy.js';
export type { TenancyOptions, TenantResolution } from './ingest/Tenancy.js';
export { DEFAULT_LIMITS, resolveLimits } from './ingest/ReceiverLimits.js';
export type { ReceiverLimits } from './ingest/ReceiverLimits.js';
export { InMemoryReceiverMetrics, ReceiverCounter } from './ingest/ReceiverMetrics.js';
export type { ReceiverMetrics } from './ingest/ReceiverMetrics.js';

// Kafka source (the consumer port and its kafkajs adapter are in `@ht/stream-core/kafka`)
export { KafkaSource } from './kafka/KafkaSource.js';
export type { KafkaSourceOptions } from './kafka/KafkaSource.js';
export { KafkaSourceStats } from './kafka/KafkaSourceStats.js';
export type { KafkaSourceCounter } from './kafka/KafkaSourceStats.js';
export type { BadKafkaRecord, DecodedRecord, KafkaRecordDecoder } from './kafka/KafkaRecordDecoder.js';
export { KAFKA_SPAN_ENCODINGS, kafkaSpanDecoder, spanEventTime } from './kafka/kafkaSpanDecoder.js';
export type { KafkaSpanEncoding, KafkaTenancy } from './kafka/kafkaSpanDecoder.js';
export { OffsetCommitter } from './kafka/OffsetCommitter.js';
export type { OffsetCommitterHooks } from './kafka/OffsetCommitter.js';
export { avroRegistryDecoder, topicValueSubject } from './kafka/avroRegistryDecoder.js';
export type { AvroReader, AvroRegistryDecoderOptions } from './kafka/avroRegistryDecoder.js';
export { httpSchemaRegistry } from './kafka/SchemaRegistryPort.js';
export type { HttpSchemaRegistryOptions, RegistrySchema, SchemaRegistryPort } from './kafka/SchemaRegistryPort.js';
