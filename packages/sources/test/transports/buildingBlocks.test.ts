import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CollectingSpanSink,
  DEFAULT_LIMITS,
  InMemoryReceiverMetrics,
  Ingestor,
  jaegerThriftHttpRoute,
  otlpHttpRoute,
  startHttpReceiver,
  zipkinRoutes,
} from '../../src/index.js';
import type { RunningHttpReceiver } from '../../src/index.js';
import { loadGoldenCaptures } from '../support/goldenFile.js';
import { post } from '../support/rawClients.js';

const goldens = loadGoldenCaptures();
const sink = new CollectingSpanSink();
let server: RunningHttpReceiver;

beforeAll(async () => {
  const ingestor = new Ingestor({ sink, metrics: new InMemoryReceiverMetrics(), limits: DEFAULT_LIMITS });
  server = await startHttpReceiver({
    host: '127.0.0.1',
    port: 0,
    routes: [otlpHttpRoute(), ...zipkinRoutes(), jaegerThriftHttpRoute()],
    ingestor,
    tenancy: {},
  });
});
afterAll(() => server.close());

describe('receivers composed on one HTTP port from the building blocks', () => {
  const cases = [
    ['/v1/traces', 'application/x-protobuf', 'otlp_proto-otel-js', 200],
    ['/api/v2/spans', 'application/json', 'zipkin_json-otel-js', 202],
    ['/api/v1/spans', 'application/x-thrift', 'zipkin_v1_thrift-py-zipkin', 202],
    ['/api/traces', 'application/x-thrift', 'jaeger_thrift-jaeger-client', 202],
  ] as const;

  for (const [path, type, golden, status] of cases) {
    it(`serves ${path} (${type})`, async () => {
      sink.clear();
      const capture = goldens.get(golden)!;
      const answer = await post(`http://127.0.0.1:${server.address.port}${path}`, capture.payloads[0]!, {
        'content-type': type,
      });
      expect(answer.status).toBe(status);
      expect(sink.spans.map((s) => s.spanId).sort()).toEqual(capture.expected.map((s) => s.spanId).sort());
    });
  }
});
