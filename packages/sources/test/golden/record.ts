// Re-records the golden captures in this folder from the real clients:
//   pnpm --filter @ht/sources exec tsx test/golden/record.ts
// (needs the trace-clients venv: scripts/services up trace-clients). Each capture holds the payloads one
// client sent, as the receiver took them, and the spans that client reported sending.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Metadata } from '@grpc/grpc-js';
import { OTLPTraceExporter as GrpcExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { ZipkinExporter } from '@opentelemetry/exporter-zipkin';
import { CollectingSpanSink, EPHEMERAL_PORTS, startReceivers } from '../../src/index.js';
import type { ReceiverName, SpanBatchMeta } from '../../src/index.js';
import { asZipkin } from '../support/asZipkin.js';
import { opencensusExpectations, pyZipkinExpectations } from '../support/clientExpectations.js';
import type { ExpectedSpan } from '../support/expectSpans.js';
import { encodeGolden, goldenDir } from '../support/goldenFile.js';
import { sendJaegerClientTopology } from '../support/jaegerClientTopology.js';
import { sendOtelTopology } from '../support/otelTopology.js';
import { runPythonClient } from '../support/pythonClient.js';
import { pythonTopologyExpectations } from '../support/pythonOtelTopology.js';

const taps: { payload: Buffer; meta: SpanBatchMeta }[] = [];
const sink = new CollectingSpanSink();
const receivers = await startReceivers({
  sink,
  ports: EPHEMERAL_PORTS,
  tap: (payload, meta) => taps.push({ payload: Buffer.from(payload), meta }),
});
const port = (name: ReceiverName): number => receivers.addresses[name]!.port;
const http = (name: ReceiverName, path: string): string => `http://127.0.0.1:${port(name)}${path}`;

const cases: { name: string; client: string; send: () => Promise<ExpectedSpan[]> }[] = [
  {
    name: 'otlp_proto-otel-js',
    client: '@opentelemetry/exporter-trace-otlp-proto',
    send: () => sendOtelTopology(new ProtoExporter({ url: http('otlpHttp', '/v1/traces') })),
  },
  {
    name: 'otlp_json-otel-js',
    client: '@opentelemetry/exporter-trace-otlp-http',
    send: () => sendOtelTopology(new JsonExporter({ url: http('otlpHttp', '/v1/traces') })),
  },
  {
    name: 'otlp_grpc-otel-js',
    client: '@opentelemetry/exporter-trace-otlp-grpc',
    send: () =>
      sendOtelTopology(new GrpcExporter({ url: `http://127.0.0.1:${port('otlpGrpc')}`, metadata: new Metadata() })),
  },
  {
    name: 'zipkin_json-otel-js',
    client: '@opentelemetry/exporter-zipkin',
    send: async () =>
      (await sendOtelTopology(new ZipkinExporter({ url: http('zipkin', '/api/v2/spans') }))).map(asZipkin),
  },
  {
    name: 'zipkin_proto-otel-python',
    client: 'opentelemetry-exporter-zipkin-proto-http',
    send: async () =>
      pythonTopologyExpectations(
        await runPythonClient('send_zipkin_proto.py', [http('zipkin', '/api/v2/spans')]),
        'cart-zipkin-proto',
        'strings',
      ),
  },
  ...(['v1_json', 'v1_thrift'] as const).map((encoding) => ({
    name: `zipkin_${encoding}-py-zipkin`,
    client: 'py-zipkin',
    send: async () =>
      pyZipkinExpectations(await runPythonClient('send_py_zipkin.py', [http('zipkin', '/api/v1/spans'), encoding])),
  })),
  {
    name: 'jaeger_agent_binary-jaeger-client',
    client: 'jaeger-client (UDP binary)',
    send: () =>
      sendJaegerClientTopology(
        { agentHost: '127.0.0.1', agentPort: port('jaegerAgentBinary') },
        'cart-jaeger-js',
        false,
      ),
  },
  {
    name: 'jaeger_thrift-jaeger-client',
    client: 'jaeger-client (HTTP)',
    send: () =>
      sendJaegerClientTopology(
        { collectorEndpoint: http('jaegerThriftHttp', '/api/traces') },
        'cart-jaeger-http',
        true,
      ),
  },
  {
    name: 'jaeger_agent_compact-otel-python',
    client: 'opentelemetry-exporter-jaeger-thrift',
    send: async () =>
      pythonTopologyExpectations(
        await runPythonClient('send_jaeger_thrift.py', ['127.0.0.1', String(port('jaegerAgentCompact'))]),
        'cart-jaeger-udp',
        'typed',
      ),
  },
  {
    name: 'jaeger_proto_batch-otel-python',
    client: 'opentelemetry-exporter-jaeger-proto-grpc',
    send: async () =>
      pythonTopologyExpectations(
        await runPythonClient('send_jaeger_grpc.py', [`127.0.0.1:${port('jaegerGrpc')}`]),
        'cart-jaeger-grpc',
        'typed',
      ),
  },
  {
    name: 'opencensus-ocagent',
    client: 'opencensus-ext-ocagent',
    send: async () =>
      opencensusExpectations(await runPythonClient('send_opencensus.py', [`127.0.0.1:${port('openCensus')}`])),
  },
];

for (const c of cases) {
  taps.length = 0;
  sink.clear();
  const expected = await c.send();
  await sink.waitForSpans(expected.length, 10_000);
  const format = taps[0]!.meta.format;
  writeFileSync(
    join(goldenDir, `${c.name}.json`),
    encodeGolden({
      client: c.client,
      format,
      tenantId: taps[0]!.meta.tenantId,
      payloads: taps.map((t) => t.payload),
      expected,
    }),
  );
  console.log(`${c.name}: ${taps.length} payload(s), ${expected.length} spans (${format})`);
}
await receivers.close();
execFileSync('pnpm', ['exec', 'prettier', '--log-level=warn', '--write', goldenDir], { stdio: 'inherit' });
