import { createSocket } from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { status } from '@grpc/grpc-js';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { Job } from '@ht/stream-core';
import {
  InMemoryReceiverMetrics,
  ReceiverCounter,
  SpanChannel,
  jaegerAgentDecoder,
  otlpProtoDecoder,
  startReceivers,
} from '../../src/index.js';
import type { RunningReceivers } from '../../src/index.js';
import { GatedSink } from '../support/GatedSink.js';
import { loadGoldenCaptures } from '../support/goldenFile.js';
import { onlyReceivers } from '../support/onlyReceivers.js';
import { sendOtelTopology } from '../support/otelTopology.js';
import { grpcUnary, post } from '../support/rawClients.js';

const goldens = loadGoldenCaptures();
const otlpProto = goldens.get('otlp_proto-otel-js')!.payloads[0]!;
const datagram = goldens.get('jaeger_agent_compact-otel-python')!.payloads[0]!;
const decodeContext = { tenantId: 'default', receivedAtUnixNano: 0n };
const OTLP_SPANS = otlpProtoDecoder.decode(otlpProto, decodeContext).spans.length;
const DATAGRAM_SPANS = jaegerAgentDecoder('compact').decode(datagram, decodeContext).spans.length;
const EXPORT = '/opentelemetry.proto.collector.trace.v1.TraceService/Export';
const PROTO = { 'content-type': 'application/x-protobuf' };

async function until(done: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

// The channel holds exactly one OTLP request: while the sink has not made it durable, the next one is refused.
describe('SpanChannel behind real receivers', () => {
  const metrics = new InMemoryReceiverMetrics();
  const sink = new GatedSink();
  const channel = new SpanChannel({ name: 'receivers', capacity: OTLP_SPANS, retryAfterMs: 1_500, waitForRoomMs: 300 });
  const job = new Job({ name: 'receivers-channel' });
  job.source(channel).to(sink);
  let receivers: RunningReceivers;
  const otlpUrl = (): string => `http://127.0.0.1:${receivers.addresses.otlpHttp!.port}/v1/traces`;
  const fill = async (): Promise<void> => {
    expect((await post(otlpUrl(), otlpProto, PROTO)).status).toBe(200);
    expect(channel.snapshot().held).toBe(OTLP_SPANS);
  };

  beforeAll(async () => {
    expect(OTLP_SPANS).toBeGreaterThan(1);
    await job.start();
    receivers = await startReceivers({
      sink: channel,
      metrics,
      ports: onlyReceivers('otlpHttp', 'otlpGrpc', 'jaegerAgentCompact'),
    });
  });
  afterAll(async () => {
    await receivers.close();
    sink.autoOpen = true;
    await sink.open();
    channel.close();
    await job.done;
  });

  it('answers 429 with Retry-After and RESOURCE_EXHAUSTED, undecoded, while it stays full; 200 once the job acknowledged', async () => {
    await fill();
    const refused = await post(otlpUrl(), otlpProto, PROTO);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(refused.body.toString('latin1')).toContain(
      `the pipeline is full (span channel "receivers" holds ${OTLP_SPANS} of ${OTLP_SPANS} spans`,
    );
    const grpc = await grpcUnary(`127.0.0.1:${receivers.addresses.otlpGrpc!.port}`, EXPORT, otlpProto);
    expect(grpc.error?.code).toBe(status.RESOURCE_EXHAUSTED);
    // Refused before decoding: counted as requests, their spans never seen.
    expect(metrics.get('otlpHttp', ReceiverCounter.REQUESTS_THROTTLED)).toBe(1);
    expect(metrics.get('otlpGrpc', ReceiverCounter.REQUESTS_THROTTLED)).toBe(1);
    expect(metrics.get('otlpHttp', ReceiverCounter.SPANS_RECEIVED)).toBe(OTLP_SPANS);

    await sink.open(); // the job writes the first request's spans and acknowledges them
    expect(channel.snapshot().held).toBe(0);
    expect((await post(otlpUrl(), otlpProto, PROTO)).status).toBe(200);
    await sink.open();
    expect(sink.records).toHaveLength(2 * OTLP_SPANS);
    expect(channel.snapshot()).toMatchObject({ held: 0, accepted: 2 * OTLP_SPANS, refusedUndecoded: 2, waiting: 0 });
  });

  it('holds a request while it is full and takes it, 200, once the job acknowledged within the wait', async () => {
    await fill();
    const waiting = post(otlpUrl(), otlpProto, PROTO);
    await until(() => channel.snapshot().waiting === 1, 'a request waiting for room');
    await sink.open(); // acknowledges the first request: room for the waiting one
    expect((await waiting).status).toBe(200);
    expect(channel.snapshot()).toMatchObject({ held: OTLP_SPANS, waiting: 0, refusedUndecoded: 2 });
    await sink.open();
  });

  it('drops a Jaeger UDP datagram it is full for, counts it, and takes the next one once there is room', async () => {
    await fill();
    const udp = createSocket('udp4');
    const send = (): Promise<void> =>
      new Promise((resolve, reject) =>
        udp.send(datagram, receivers.addresses.jaegerAgentCompact!.port, '127.0.0.1', (e) =>
          e ? reject(e) : resolve(),
        ),
      );
    try {
      await send();
      await until(
        () => metrics.get('jaegerAgentCompact', ReceiverCounter.DATAGRAMS_DROPPED) === 1,
        'a dropped datagram',
      );
      // Not held back for room (datagrams keep coming): refused at once, undecoded.
      expect(metrics.get('jaegerAgentCompact', ReceiverCounter.REQUESTS_THROTTLED)).toBe(1);
      expect(channel.snapshot().waiting).toBe(0);
      expect(channel.snapshot().held).toBe(OTLP_SPANS);

      await sink.open();
      await send();
      await until(
        () => metrics.get('jaegerAgentCompact', ReceiverCounter.SPANS_ACCEPTED) === DATAGRAM_SPANS,
        'the datagram',
      );
      await sink.open();
      expect(metrics.get('jaegerAgentCompact', ReceiverCounter.DATAGRAMS_DROPPED)).toBe(1);
      expect(sink.records.filter((s) => s.sourceFormat === 'jaeger')).toHaveLength(DATAGRAM_SPANS);
    } finally {
      udp.close();
    }
  });

  it('lets a real OpenTelemetry JS exporter through once the job acknowledged: it retries its 429', async () => {
    await fill();
    const throttled = metrics.get('otlpHttp', ReceiverCounter.REQUESTS_THROTTLED);
    const opening = new Promise<void>((resolve) =>
      setTimeout(() => {
        sink.autoOpen = true;
        void sink.open().then(resolve);
      }, 1_500),
    );
    const expected = await sendOtelTopology(new OTLPTraceExporter({ url: otlpUrl() }), 'channel-client');
    await opening;
    expect(metrics.get('otlpHttp', ReceiverCounter.REQUESTS_THROTTLED)).toBeGreaterThan(throttled);
    const received = new Set(sink.records.map((s) => s.spanId));
    for (const span of expected) expect(received.has(span.spanId), span.spanId).toBe(true);
    sink.autoOpen = false;
  }, 20_000);

  it('once closed, answers 503 and lets the job drain and finish', async () => {
    channel.close();
    const refused = await post(otlpUrl(), otlpProto, PROTO);
    expect(refused.status).toBe(503);
    expect(refused.body.toString('latin1')).toContain('span channel "receivers" is ');
    await job.done;
    expect(job.status).toBe('finished');
    expect(channel.snapshot()).toMatchObject({ held: 0, queued: 0, refusedClosed: OTLP_SPANS });
  });
});
