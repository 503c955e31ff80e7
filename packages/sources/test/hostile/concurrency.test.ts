import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { status } from '@grpc/grpc-js';
import { InMemoryReceiverMetrics, ReceiverCounter, startReceivers } from '../../src/index.js';
import type { RunningReceivers } from '../../src/index.js';
import { loadGoldenCaptures } from '../support/goldenFile.js';
import { HeldSink, until } from '../support/hostile.js';
import { onlyReceivers } from '../support/onlyReceivers.js';
import { grpcUnary, post } from '../support/rawClients.js';

const otlpProto = loadGoldenCaptures().get('otlp_proto-otel-js')!.payloads[0]!;
const EXPORT = '/opentelemetry.proto.collector.trace.v1.TraceService/Export';
const PROTO = { 'content-type': 'application/x-protobuf' };

describe('bounded concurrent requests per receiver (docs/reliability.md)', () => {
  const metrics = new InMemoryReceiverMetrics();
  let sink: HeldSink;
  let receivers: RunningReceivers;
  beforeAll(async () => {
    sink = new HeldSink();
    receivers = await startReceivers({
      sink,
      metrics,
      ports: onlyReceivers('otlpHttp', 'otlpGrpc'),
      limits: { maxConcurrentRequests: 2 },
    });
  });
  afterAll(() => receivers.close());

  it('answers the third concurrent request HTTP 503 with Retry-After and gRPC UNAVAILABLE, then serves again', async () => {
    const url = `http://127.0.0.1:${receivers.addresses.otlpHttp!.port}/v1/traces`;
    const grpc = `127.0.0.1:${receivers.addresses.otlpGrpc!.port}`;
    const held = [post(url, otlpProto, PROTO), post(url, otlpProto, PROTO)];
    const heldGrpc = [grpcUnary(grpc, EXPORT, otlpProto), grpcUnary(grpc, EXPORT, otlpProto)];
    await until(() => sink.waiting === 4);

    const third = await post(url, otlpProto, PROTO);
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('1');
    const { google } = await import('#generated/proto/otlp.js');
    expect(google.rpc.Status.decode(third.body).message).toBe(
      'the receiver is serving its limit of 2 requests at once: retry later',
    );
    const thirdGrpc = await grpcUnary(grpc, EXPORT, otlpProto);
    expect(thirdGrpc.error?.code).toBe(status.UNAVAILABLE);
    expect(metrics.get('otlpHttp', ReceiverCounter.REQUESTS_OVER_CAPACITY)).toBe(1);
    expect(metrics.get('otlpGrpc', ReceiverCounter.REQUESTS_OVER_CAPACITY)).toBe(1);
    // Refused undecoded: neither reached the ingestor.
    expect(metrics.get('otlpHttp', ReceiverCounter.REQUESTS)).toBe(2);

    sink.release();
    expect((await Promise.all(held)).map((a) => a.status)).toEqual([200, 200]);
    expect((await Promise.all(heldGrpc)).map((a) => a.error)).toEqual([null, null]);
    expect((await post(url, otlpProto, PROTO)).status).toBe(200);
    expect((await grpcUnary(grpc, EXPORT, otlpProto)).error).toBeNull();
  });
});
