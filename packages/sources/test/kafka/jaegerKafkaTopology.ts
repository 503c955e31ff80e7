import { startOtelCollector } from '@ht/services';
import type { CollectorExporter } from '@ht/services';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { KAFKA_SPAN_ENCODINGS } from '../../src/kafka/kafkaSpanDecoder.js';
import type { ExpectedSpan } from '../support/expectSpans.js';
import { sendOtelTopology } from '../support/otelTopology.js';
import { kafkaBrokers } from './broker.js';
import type { BrokerFixture } from './broker.js';

/** The topology as it went through Jaeger v2 into one topic per encoding. */
export interface JaegerKafkaRun {
  /** Encoding -> topic. */
  readonly topics: Readonly<Record<string, string>>;
  /** Encoding -> the record values Jaeger wrote, in order (all partitions). */
  readonly records: Readonly<Record<string, Buffer[]>>;
  /** What the OpenTelemetry JS SDK reported sending. */
  readonly sent: readonly ExpectedSpan[];
}

/**
 * Starts Jaeger v2 with one `kafka` exporter per Collector encoding (each to its own new topic of
 * `partitions` partitions), sends the known topology to its OTLP/HTTP receiver with the OpenTelemetry JS
 * OTLP exporter, stops it (which flushes its exporters) and reads back every record it wrote.
 */
export async function sendTopologyThroughJaeger(fixture: BrokerFixture, partitions = 2): Promise<JaegerKafkaRun> {
  const encodings = Object.keys(KAFKA_SPAN_ENCODINGS);
  const topics: Record<string, string> = {};
  for (const e of encodings) topics[e] = await fixture.topic(`jaeger-${e.replace('_', '-')}`, partitions);
  const exporters: Record<string, CollectorExporter> = {};
  for (const e of encodings) {
    exporters[`kafka/${e}`] = { kind: 'kafka', brokers: kafkaBrokers.split(','), topic: topics[e]!, encoding: e };
  }
  const jaeger = await startOtelCollector({ receiver: 'http', exporters });
  let sent: ExpectedSpan[];
  try {
    sent = await sendOtelTopology(new OTLPTraceExporter({ url: jaeger.otlpUrl }));
  } finally {
    await jaeger.stop();
  }
  const records: Record<string, Buffer[]> = {};
  for (const e of encodings) records[e] = await fixture.readAll(topics[e]!);
  return { topics, records, sent };
}
