import { createSocket } from 'node:dgram';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { status } from '@grpc/grpc-js';
import { CollectingSpanSink, InMemoryReceiverMetrics, ReceiverCounter, startReceivers } from '../../src/index.js';
import type { ReceiverName, RunningReceivers } from '../../src/index.js';
import { loadGoldenCaptures } from '../support/goldenFile.js';
import { openCensusStream, until } from '../support/hostile.js';
import { onlyReceivers } from '../support/onlyReceivers.js';
import { grpcUnary, post } from '../support/rawClients.js';

const goldens = [...loadGoldenCaptures().values()];
const samplesOf = (format: string): Buffer[] =>
  goldens.filter((g) => g.format === format).flatMap((g) => [...g.payloads]);

/** Random bytes, or a real payload of the format cut short with a few bytes overwritten. */
function hostilePayload(format: string): fc.Arbitrary<Uint8Array> {
  const samples = samplesOf(format);
  expect(samples.length).toBeGreaterThan(0);
  const corrupted = fc
    .tuple(
      fc.constantFrom(...samples),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
        maxLength: 4,
      }),
    )
    .map(([sample, cutAt, flips]) => {
      const cut = Buffer.from(sample.subarray(0, Math.max(1, Math.floor(sample.length * cutAt))));
      for (const [at, value] of flips) cut[Math.floor(at * (cut.length - 1))] = value;
      return new Uint8Array(cut);
    });
  return fc.oneof(fc.uint8Array({ maxLength: 1024 }), corrupted);
}

const HTTP_CASES: [ReceiverName, string, string, string][] = [
  ['otlpHttp', '/v1/traces', 'application/x-protobuf', 'otlp_proto'],
  ['otlpHttp', '/v1/traces', 'application/json', 'otlp_json'],
  ['zipkin', '/api/v2/spans', 'application/json', 'zipkin_json'],
  ['zipkin', '/api/v2/spans', 'application/x-protobuf', 'zipkin_proto'],
  ['zipkin', '/api/v1/spans', 'application/json', 'zipkin_v1_json'],
  ['zipkin', '/api/v1/spans', 'application/x-thrift', 'zipkin_thrift'],
  ['jaegerThriftHttp', '/api/traces', 'application/x-thrift', 'jaeger_thrift'],
];

describe('fuzzed payloads on every receiver: a clear 4xx or a success, never a 5xx or a crash (docs/reliability.md)', () => {
  const metrics = new InMemoryReceiverMetrics();
  const sink = new CollectingSpanSink();
  let receivers: RunningReceivers;
  beforeAll(async () => {
    receivers = await startReceivers({
      sink,
      metrics,
      ports: onlyReceivers(
        'otlpHttp',
        'otlpGrpc',
        'zipkin',
        'jaegerThriftHttp',
        'jaegerGrpc',
        'jaegerAgentCompact',
        'jaegerAgentBinary',
        'openCensus',
      ),
    });
  });
  afterAll(() => receivers.close());

  for (const [receiver, path, contentType, format] of HTTP_CASES) {
    it(`HTTP ${receiver} ${path} ${contentType}`, async () => {
      await fc.assert(
        fc.asyncProperty(hostilePayload(format), async (payload) => {
          const answer = await post(`http://127.0.0.1:${receivers.addresses[receiver]!.port}${path}`, payload, {
            'content-type': contentType,
          });
          if (answer.status >= 400) {
            expect([400, 413]).toContain(answer.status);
            expect(answer.body.length).toBeGreaterThan(0);
          } else expect([200, 202]).toContain(answer.status);
        }),
        { numRuns: 40 },
      );
    });
  }

  for (const [receiver, path, format] of [
    ['otlpGrpc', '/opentelemetry.proto.collector.trace.v1.TraceService/Export', 'otlp_proto'],
    ['jaegerGrpc', '/jaeger.api_v2.CollectorService/PostSpans', 'jaeger_proto_batch'],
  ] as const) {
    it(`gRPC ${receiver}`, async () => {
      await fc.assert(
        fc.asyncProperty(hostilePayload(format), async (payload) => {
          const answer = await grpcUnary(`127.0.0.1:${receivers.addresses[receiver]!.port}`, path, payload);
          if (answer.error) {
            expect(answer.error.code).toBe(status.INVALID_ARGUMENT);
            expect(answer.error.details).toMatch(/^malformed /);
          }
        }),
        { numRuns: 40 },
      );
    });
  }

  it('gRPC openCensus stream', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostilePayload('opencensus'), { minLength: 1, maxLength: 3 }), async (messages) => {
        const address = `127.0.0.1:${receivers.addresses.openCensus!.port}`;
        const result = await openCensusStream(
          address,
          messages.map((m) => Buffer.from(m)),
        );
        if (result.error) expect(result.error.code).toBe(status.INVALID_ARGUMENT);
      }),
      { numRuns: 25 },
    );
  });

  for (const receiver of ['jaegerAgentCompact', 'jaegerAgentBinary'] as const) {
    it(`UDP ${receiver}: every datagram counted, the receiver keeps taking good ones`, async () => {
      const format = receiver === 'jaegerAgentCompact' ? 'jaeger_agent_compact' : 'jaeger_agent_binary';
      const client = createSocket('udp4');
      const port = receivers.addresses[receiver]!.port;
      const payloads = fc.sample(hostilePayload(format), 100);
      for (const payload of payloads) {
        await new Promise<void>((resolve) => client.send(payload, port, '127.0.0.1', () => resolve()));
      }
      await until(() => metrics.get(receiver, ReceiverCounter.REQUESTS) === payloads.length);
      expect(metrics.get(receiver, ReceiverCounter.REQUESTS_MALFORMED)).toBeGreaterThan(0);
      const before = sink.spanCount;
      await new Promise<void>((resolve) => client.send(samplesOf(format)[0]!, port, '127.0.0.1', () => resolve()));
      await until(() => sink.spanCount > before);
      client.close();
    });
  }
});
