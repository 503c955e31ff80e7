/**
 * `@ht/sources`: trace receivers for every common format (OTLP, Zipkin, Jaeger, OpenCensus) that turn
 * requests into canonical spans for a {@link SpanSink}, the decoders behind them (shared with the Kafka
 * source), and a Kafka source. Each format is one descriptor (`otlpFormat`, …) listed in `FORMATS`; the
 * ports table, the receivers, the decoder tables and the metric labels are derived from that list.
 *
 * @packageDocumentation
 */

// Hand-off to the pipeline
export { ACCEPTED } from './ingest/SpanSink.js';
export type { AcceptResult, SpanBatchMeta, SpanSink } from './ingest/SpanSink.js';
export { CollectingSpanSink } from './ingest/CollectingSpanSink.js';
export type { CollectedBatch } from './ingest/CollectingSpanSink.js';
export { DEFAULT_SPAN_CHANNEL_CAPACITY, SpanChannel } from './ingest/SpanChannel.js';
export type { SpanChannelOptions } from './ingest/SpanChannel.js';
export { spanChannelPrometheus } from './ingest/SpanChannelStats.js';
export type { SpanChannelSnapshot, SpanChannelState } from './ingest/SpanChannelStats.js';

// Formats: one descriptor per trace format, and what is derived from the list
export { FORMATS } from './formats/index.js';
export { defineFormat } from './formats/TraceFormat.js';
export type { EndpointName, KafkaEncoding, KafkaEncodingName, TraceFormat } from './formats/TraceFormat.js';
export { otlpFormat } from './formats/otlp/index.js';
export { zipkinFormat } from './formats/zipkin/index.js';
export { jaegerFormat } from './formats/jaeger/index.js';
export { opencensusFormat } from './formats/opencensus/index.js';

// Decoding
export { spanDecoders, spanDecodersOf } from './formats/spanDecoders.js';
export type { DecodeContext, DecodedSpans, RejectedSpan, SpanDecoder } from './ingest/SpanDecoder.js';
export { otlpProtoDecoder } from './formats/otlp/otlpProtoDecoder.js';
export { otlpJsonDecoder } from './formats/otlp/otlpJsonDecoder.js';
export { zipkinV2JsonDecoder } from './formats/zipkin/zipkinV2JsonDecoder.js';
export { zipkinProtoDecoder } from './formats/zipkin/zipkinProtoDecoder.js';
export { zipkinV1JsonDecoder } from './formats/zipkin/zipkinV1JsonDecoder.js';
export { zipkinV1ThriftDecoder } from './formats/zipkin/zipkinV1ThriftDecoder.js';
export { jaegerAgentDecoder, jaegerThriftBatchDecoder } from './formats/jaeger/jaegerThriftDecoder.js';
export { jaegerProtoDecoder } from './formats/jaeger/jaegerProtoDecoder.js';
export { jaegerSpanProtoDecoder } from './formats/jaeger/jaegerProtoSpan.js';
export { jaegerJsonSpanDecoder } from './formats/jaeger/jaegerJsonSpanDecoder.js';
export { opencensusStreamDecoder } from './formats/opencensus/opencensusDecoder.js';

// Receivers
export { startReceivers } from './receivers/startReceivers.js';
export type { ReceiversOptions, RunningReceivers } from './receivers/startReceivers.js';
export type { PayloadTap } from './ingest/Ingestor.js';
export { DEFAULT_RECEIVER_PORTS, EPHEMERAL_PORTS, resolvePorts } from './receivers/ReceiverPorts.js';
export type { NamedPort, ReceiverName, ReceiverPorts, ResolvePortsOptions } from './receivers/ReceiverPorts.js';
export { receiverEndpoints } from './receivers/receiverEndpoints.js';
export type { ReceiverAddress } from './transports/listen.js';

// Transports and endpoints, to serve receivers your own way (one port, your own server) or to add a format
export { Ingestor, internalErrorMessage, rejectionMessage } from './ingest/Ingestor.js';
export { isTooManySpans, refuseOverLimit, tooManySpans } from './ingest/tooManySpans.js';
export { countProtoFields } from './wire/countProtoFields.js';
export type { IngestOutcome, IngestorOptions } from './ingest/Ingestor.js';
export type { EndpointContext, ReceiverEndpoint, StartedReceiver, Transport } from './transports/ReceiverEndpoint.js';
export { httpEndpoint } from './transports/http/httpEndpoint.js';
export type { HttpEndpointSpec } from './transports/http/httpEndpoint.js';
export { grpcEndpoint } from './transports/grpc/grpcEndpoint.js';
export type { GrpcEndpointSpec } from './transports/grpc/grpcEndpoint.js';
export { udpEndpoint } from './transports/udp/udpEndpoint.js';
export type { UdpEndpointSpec } from './transports/udp/udpEndpoint.js';
export { startHttpReceiver } from './transports/http/HttpReceiver.js';
export type { HttpReceiverOptions, RunningHttpReceiver } from './transports/http/HttpReceiver.js';
export { retryAfter, textAccepted, textProblem } from './transports/http/HttpRoute.js';
export type { HttpAnswer, HttpProblem, HttpRoute } from './transports/http/HttpRoute.js';
export { startGrpcReceiver } from './transports/grpc/GrpcReceiver.js';
export type {
  GrpcReceiverOptions,
  GrpcServiceBinding,
  GrpcServiceContext,
  RunningGrpcReceiver,
} from './transports/grpc/GrpcReceiver.js';
export { startUdpReceiver } from './transports/udp/UdpReceiver.js';
export type { RunningUdpReceiver, UdpReceiverOptions } from './transports/udp/UdpReceiver.js';
export { otlpGrpcService, otlpHttpRoute } from './formats/otlp/otlpEndpoints.js';
export { zipkinRoutes } from './formats/zipkin/zipkinRoutes.js';
export { jaegerGrpcService, jaegerThriftHttpRoute } from './formats/jaeger/jaegerEndpoints.js';
export { openCensusGrpcService } from './formats/opencensus/openCensusGrpcService.js';

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
export { KAFKA_SPAN_ENCODINGS, kafkaEncodingsOf, kafkaSpanDecoder } from './kafka/kafkaSpanDecoder.js';
export type { KafkaSpanEncoding } from './kafka/kafkaSpanDecoder.js';
export { spanStartTime } from './kafka/spanStartTime.js';
export { OffsetCommitter } from './kafka/OffsetCommitter.js';
export type { OffsetCommitterHooks } from './kafka/OffsetCommitter.js';
export { avroRegistryDecoder, topicValueSubject } from './kafka/avroRegistryDecoder.js';
export type { AvroReader, AvroRegistryDecoderOptions } from './kafka/avroRegistryDecoder.js';
export { httpSchemaRegistry } from './kafka/SchemaRegistryPort.js';
export { KafkaSpanSink } from './kafka/KafkaSpanSink.js';
export type { KafkaSpanSinkOptions, KafkaSpanSinkSnapshot } from './kafka/KafkaSpanSink.js';
export type { HttpSchemaRegistryOptions, RegistrySchema, SchemaRegistryPort } from './kafka/SchemaRegistryPort.js';
