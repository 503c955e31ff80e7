import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { status } from '@grpc/grpc-js';
import { CollectingSpanSink, InMemoryReceiverMetrics, ReceiverCounter, startReceivers } from '../../src/index.js';
import type { RunningReceivers } from '../../src/index.js';
import { loadGoldenCaptures } from '../support/goldenFile.js';
import { onlyReceivers } from '../support/onlyReceivers.js';
import { grpcUnary, gzip, post } from '../support/rawClients.js';

const goldens = loadGoldenCaptures();
const otlpProto = goldens.get('otlp_proto-otel-js')!.payloads[0]!;
const EXPORT = '/opentelemetry.proto.collector.trace.v1.TraceService/Export';
const PROTO = { 'content-type': 'application/x-protobuf' };

describe('limits: body size, spans per request, malformed input', () => {
  const metrics = new InMemoryReceiverMetrics();
  const sink = new CollectingSpanSink();
  let receivers: RunningReceivers;
  const url = (path = '/v1/traces'): string => `http://127.0.0.1:${receivers.addresses.otlpHttp!.port}${path}`;
  beforeAll(async () => {
    receivers = await startReceivers({
      sink,
      metrics,
      ports: onlyReceivers('otlpHttp', 'otlpGrpc', 'zipkin'),
      limits: { maxBodyBytes: otlpProto.length + 100, maxSpansPerRequest: 5 },
    });
  });
  afterAll(() => receivers.close());

  it('answers 413 to a body over the limit, also when only its gzip is small', async () => {
    const big = Buffer.concat([otlpProto, Buffer.alloc(200)]);
    const plain = await post(url(), big, PROTO);
    expect(plain.status).toBe(413);
    const bomb = await post(url(), gzip(Buffer.alloc(5_000_000)), { ...PROTO, 'content-encoding': 'gzip' });
    expect(bomb.status).toBe(413);
    expect(metrics.get('otlpHttp', ReceiverCounter.REQUESTS_TOO_LARGE)).toBe(2);
  });

  it('answers 413 naming the limit when a request carries too many spans, and passes none on', async () => {
    const before = sink.spanCount;
    const answer = await post(url(), otlpProto, PROTO); // 6 spans, limit 5
    expect(answer.status).toBe(413);
    const { google } = await import('#generated/proto/otlp.js');
    expect(google.rpc.Status.decode(answer.body).message).toMatch(/carries 6 spans, more than the limit of 5/);
    expect(sink.spanCount).toBe(before);
  });

  it('answers 400 naming the problem for malformed protobuf and JSON, and counts them', async () => {
    const proto = await post(url(), Buffer.from([0x0a, 0xff, 0xff, 0xff]), PROTO);
    expect(proto.status).toBe(400);
    const json = await post(url(), '{"resourceSpans": 3}', { 'content-type': 'application/json' });
    expect(json.status).toBe(400);
    expect(JSON.parse(json.body.toString())).toEqual({
      code: 3,
      message: 'malformed otlp_json payload: resourceSpans must be an array, got 3',
    });
    const zipkin = await post(`http://127.0.0.1:${receivers.addresses.zipkin!.port}/api/v2/spans`, '{', {
      'content-type': 'application/json',
    });
    expect(zipkin.status).toBe(400);
    expect(zipkin.body.toString()).toMatch(/^malformed zipkin_json payload: not valid JSON/);
    expect(metrics.get('otlpHttp', ReceiverCounter.REQUESTS_MALFORMED)).toBe(2);
    expect(metrics.get('zipkin', ReceiverCounter.REQUESTS_MALFORMED)).toBe(1);
  });

  it('answers 415, 405 and 404 for the wrong content type, method and path', async () => {
    expect((await post(url(), otlpProto, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await fetch(url(), { method: 'GET' })).status).toBe(405);
    expect((await post(url('/v2/traces'), otlpProto, PROTO)).status).toBe(404);
  });

  it('answers gRPC INVALID_ARGUMENT for a malformed request and RESOURCE_EXHAUSTED over the size limit', async () => {
    const address = `127.0.0.1:${receivers.addresses.otlpGrpc!.port}`;
    const bad = await grpcUnary(address, EXPORT, Buffer.from([0x0a, 0xff]));
    expect(bad.error?.code).toBe(status.INVALID_ARGUMENT);
    expect(bad.error?.details).toMatch(/^malformed otlp_proto payload/);
    const big = await grpcUnary(address, EXPORT, Buffer.alloc(otlpProto.length + 1000));
    expect(big.error?.code).toBe(status.RESOURCE_EXHAUSTED);
  });
});
