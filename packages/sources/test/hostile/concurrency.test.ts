import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { status } from '@grpc/grpc-js';
import { CollectingSpanSink, InMemoryReceiverMetrics, ReceiverCounter, startReceivers } from '../../src/index.js';
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

describe('bounded connections per HTTP receiver (docs/reliability.md)', () => {
  let receivers: RunningReceivers;
  beforeAll(async () => {
    receivers = await startReceivers({
      sink: new CollectingSpanSink(),
      ports: onlyReceivers('otlpHttp', 'otlpGrpc'),
      limits: { maxConnections: 2 },
    });
  });
  afterAll(() => receivers.close());

  const openAt = async (port: number) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    return socket;
  };

  it('closes a connection past maxConnections on accept and keeps serving the others', async () => {
    const open = () => openAt(receivers.addresses.otlpHttp!.port);
    const kept = [await open(), await open()];
    await new Promise((resolve) => setTimeout(resolve, 100));
    const third = await open();
    await new Promise<void>((resolve) => third.once('close', () => resolve()));
    expect(kept.every((s) => !s.destroyed)).toBe(true);
    const answer = new Promise<string>((resolve) => kept[0]!.once('data', (d: Buffer) => resolve(d.toString())));
    kept[0]!.write(
      'POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}',
    );
    expect(await answer).toMatch(/^HTTP\/1\.1 200/);
    for (const socket of kept) socket.destroy();
  });

  it('closes a gRPC connection past maxConnections on accept (the call fails UNAVAILABLE), and serves once one is free', async () => {
    const port = receivers.addresses.otlpGrpc!.port;
    const kept = [await openAt(port), await openAt(port)];
    await new Promise((resolve) => setTimeout(resolve, 100));
    const third = await openAt(port);
    await new Promise<void>((resolve) => third.once('close', () => resolve()));
    expect(kept.every((s) => !s.destroyed)).toBe(true);
    const refused = await grpcUnary(`127.0.0.1:${port}`, EXPORT, otlpProto);
    expect(refused.error?.code).toBe(status.UNAVAILABLE);
    kept[0]!.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await grpcUnary(`127.0.0.1:${port}`, EXPORT, otlpProto)).error).toBeNull();
    kept[1]!.destroy();
  });
});
