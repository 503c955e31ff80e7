import { createSocket } from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { status } from '@grpc/grpc-js';
import { CollectingSpanSink, InMemoryReceiverMetrics, ReceiverCounter, startReceivers } from '../../src/index.js';
import type { RunningReceivers, SpanSink } from '../../src/index.js';
import { loadGoldenCaptures } from '../support/goldenFile.js';
import { onlyReceivers } from '../support/onlyReceivers.js';
import { grpcUnary, post } from '../support/rawClients.js';

const goldens = loadGoldenCaptures();
const otlpProto = goldens.get('otlp_proto-otel-js')!.payloads[0]!;
const otlpJson = goldens.get('otlp_json-otel-js')!.payloads[0]!;
const compactDatagram = goldens.get('jaeger_agent_compact-otel-python')!.payloads[0]!;
const EXPORT = '/opentelemetry.proto.collector.trace.v1.TraceService/Export';
const PROTO = { 'content-type': 'application/x-protobuf' };

describe('tenancy without API keys', () => {
  const sink = new CollectingSpanSink();
  let receivers: RunningReceivers;
  const url = (): string => `http://127.0.0.1:${receivers.addresses.otlpHttp!.port}/v1/traces`;
  beforeAll(async () => {
    receivers = await startReceivers({
      sink,
      ports: onlyReceivers('otlpHttp'),
      tenancy: { defaultTenant: 'fallback' },
    });
  });
  afterAll(() => receivers.close());

  it('takes the tenant from x-tenant-id, else the default tenant', async () => {
    sink.clear();
    expect((await post(url(), otlpProto, { ...PROTO, 'x-tenant-id': 'acme' })).status).toBe(200);
    expect((await post(url(), otlpProto, PROTO)).status).toBe(200);
    expect(sink.batches.map((b) => b.meta.tenantId)).toEqual(['acme', 'fallback']);
    expect(new Set(sink.batches[0]!.spans.map((s) => s.tenantId))).toEqual(new Set(['acme']));
  });

  it('refuses a malformed tenant id with 400 naming the header', async () => {
    const answer = await post(url(), otlpJson, { 'content-type': 'application/json', 'x-tenant-id': 'a b' });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body.toString())).toMatchObject({
      message: expect.stringMatching(/^x-tenant-id 'a b' is not a tenant id/) as unknown,
    });
  });

  it('reports rejected spans as OTLP partial success and passes the good ones on', async () => {
    const json = otlpJson.toString();
    const request = JSON.parse(json) as { resourceSpans: { scopeSpans: { spans: { traceId: string }[] }[] }[] };
    request.resourceSpans[0]!.scopeSpans[0]!.spans[0]!.traceId = '';
    const before = sink.spanCount;
    const answer = await post(url(), JSON.stringify(request), { 'content-type': 'application/json' });
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.body.toString()) as {
      partialSuccess: { rejectedSpans: string; errorMessage: string };
    };
    expect(body.partialSuccess.rejectedSpans).toBe('1');
    expect(body.partialSuccess.errorMessage).toMatch(
      /1 span rejected: span 0 \(.*\): traceId '' is not 32 lowercase hex/,
    );
    expect(sink.spanCount - before).toBe(5);
    expect(receivers.metrics).toBeInstanceOf(InMemoryReceiverMetrics);
    expect((receivers.metrics as InMemoryReceiverMetrics).get('otlpHttp', ReceiverCounter.SPANS_REJECTED)).toBe(1);
  });
});

describe('tenancy with API keys', () => {
  const metrics = new InMemoryReceiverMetrics();
  const sink = new CollectingSpanSink();
  let receivers: RunningReceivers;
  const url = (): string => `http://127.0.0.1:${receivers.addresses.otlpHttp!.port}/v1/traces`;
  beforeAll(async () => {
    receivers = await startReceivers({
      sink,
      metrics,
      ports: onlyReceivers('otlpHttp', 'otlpGrpc', 'jaegerAgentCompact'),
      tenancy: { apiKeys: { 'key-acme': 'acme', 'key-globex': 'globex' } },
    });
  });
  afterAll(() => receivers.close());

  it('takes the tenant from the key (Bearer or x-api-key), whatever x-tenant-id says', async () => {
    sink.clear();
    expect(
      (await post(url(), otlpProto, { ...PROTO, authorization: 'Bearer key-acme', 'x-tenant-id': 'globex' })).status,
    ).toBe(200);
    expect((await post(url(), otlpProto, { ...PROTO, 'x-api-key': 'key-globex' })).status).toBe(200);
    expect(sink.batches.map((b) => b.meta.tenantId)).toEqual(['acme', 'globex']);
  });

  it('refuses a missing or wrong key with 401 and counts it', async () => {
    const missing = await post(url(), otlpProto, PROTO);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect((await post(url(), otlpProto, { ...PROTO, authorization: 'Bearer nope' })).status).toBe(401);
    expect(metrics.get('otlpHttp', ReceiverCounter.REQUESTS_UNAUTHENTICATED)).toBe(2);
  });

  it('refuses gRPC calls without a known key with UNAUTHENTICATED and takes the tenant from the key', async () => {
    const address = `127.0.0.1:${receivers.addresses.otlpGrpc!.port}`;
    expect((await grpcUnary(address, EXPORT, otlpProto)).error?.code).toBe(status.UNAUTHENTICATED);
    expect((await grpcUnary(address, EXPORT, otlpProto, { 'x-api-key': 'wrong' })).error?.code).toBe(
      status.UNAUTHENTICATED,
    );
    sink.clear();
    const ok = await grpcUnary(address, EXPORT, otlpProto, { authorization: 'Bearer key-globex' });
    expect(ok.error).toBeNull();
    expect(sink.batches[0]!.meta.tenantId).toBe('globex');
  });

  it('counts UDP datagrams as unauthenticated: UDP cannot carry a key', async () => {
    const socket = createSocket('udp4');
    await new Promise<void>((resolve) =>
      socket.send(compactDatagram, receivers.addresses.jaegerAgentCompact!.port, '127.0.0.1', () => resolve()),
    );
    socket.close();
    await expect.poll(() => metrics.get('jaegerAgentCompact', ReceiverCounter.REQUESTS_UNAUTHENTICATED)).toBe(1);
  });
});

describe('a full or failing pipeline', () => {
  const failing: SpanSink = { accept: () => Promise.reject(new Error('kafka is down')) };
  let full: RunningReceivers;
  let down: RunningReceivers;
  beforeAll(async () => {
    full = await startReceivers({ sink: new CollectingSpanSink(0), ports: onlyReceivers('otlpHttp', 'otlpGrpc') });
    down = await startReceivers({ sink: failing, ports: onlyReceivers('otlpHttp') });
  });
  afterAll(async () => {
    await full.close();
    await down.close();
  });

  it('answers 429 with Retry-After when the sink is full, and RESOURCE_EXHAUSTED with RetryInfo on gRPC', async () => {
    const answer = await post(`http://127.0.0.1:${full.addresses.otlpHttp!.port}/v1/traces`, otlpProto, PROTO);
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('1');
    const grpc = await grpcUnary(`127.0.0.1:${full.addresses.otlpGrpc!.port}`, EXPORT, otlpProto);
    expect(grpc.error?.code).toBe(status.RESOURCE_EXHAUSTED);
    const details = grpc.error!.metadata.get('grpc-status-details-bin')[0] as Buffer;
    expect(details.toString('latin1')).toContain('type.googleapis.com/google.rpc.RetryInfo');
  });

  it('answers 503 when the sink fails, naming the failure', async () => {
    const answer = await post(`http://127.0.0.1:${down.addresses.otlpHttp!.port}/v1/traces`, otlpJson, {
      'content-type': 'application/json',
    });
    expect(answer.status).toBe(503);
    expect(answer.body.toString()).toContain('kafka is down');
  });
});
