import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTLPTraceExporter as ProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as GrpcExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { CompressionAlgorithm } from '@opentelemetry/otlp-exporter-base';
import { CollectingSpanSink, EPHEMERAL_PORTS, startReceivers } from '../../../src/index.js';
import type { RunningReceivers } from '../../../src/index.js';
import { expectSpans } from '../../support/expectSpans.js';
import { sendOtelTopology } from '../../support/otelTopology.js';

const sink = new CollectingSpanSink();
let receivers: RunningReceivers;
const httpUrl = (): string => `http://127.0.0.1:${receivers.addresses.otlpHttp!.port}/v1/traces`;

beforeAll(async () => {
  receivers = await startReceivers({ sink, ports: { ...onlyOtlp() } });
});
afterAll(() => receivers.close());

function onlyOtlp(): Record<keyof typeof EPHEMERAL_PORTS, number | false> {
  const off = Object.fromEntries(Object.keys(EPHEMERAL_PORTS).map((k) => [k, false])) as Record<
    keyof typeof EPHEMERAL_PORTS,
    false
  >;
  return { ...off, otlpHttp: 0, otlpGrpc: 0 };
}

describe('OTLP receivers with the OpenTelemetry JS exporters', () => {
  it('takes OTLP/HTTP protobuf, gzip-compressed, with every span intact', async () => {
    sink.clear();
    const expected = await sendOtelTopology(
      new ProtoExporter({ url: httpUrl(), compression: CompressionAlgorithm.GZIP, headers: { 'x-tenant-id': 'acme' } }),
    );
    expectSpans(await sink.waitForSpans(expected.length), expected, 'acme');
    expect(sink.batches[0]!.meta).toEqual({ tenantId: 'acme', receiver: 'otlpHttp', format: 'otlp_proto' });
  });

  it('takes OTLP/HTTP JSON', async () => {
    sink.clear();
    const expected = await sendOtelTopology(new JsonExporter({ url: httpUrl() }), 'cart-json');
    expectSpans(await sink.waitForSpans(expected.length), expected);
    expect(sink.batches[0]!.meta.format).toBe('otlp_json');
  });

  it('takes OTLP gRPC, gzip-compressed, with the tenant in metadata', async () => {
    sink.clear();
    const { Metadata } = await import('@grpc/grpc-js');
    const metadata = new Metadata();
    metadata.set('x-tenant-id', 'grpc-tenant');
    const expected = await sendOtelTopology(
      new GrpcExporter({
        url: `http://127.0.0.1:${receivers.addresses.otlpGrpc!.port}`,
        metadata,
        compression: CompressionAlgorithm.GZIP,
      }),
      'cart-grpc',
    );
    expectSpans(await sink.waitForSpans(expected.length), expected, 'grpc-tenant');
  });
});
