import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollectingSpanSink, startReceivers } from '../../../src/index.js';
import type { RunningReceivers } from '../../../src/index.js';
import { expectSpans } from '../../support/expectSpans.js';
import { sendJaegerClientTopology } from '../../support/jaegerClientTopology.js';
import { onlyReceivers } from '../../support/onlyReceivers.js';
import { runPythonClient } from '../../support/pythonClient.js';
import { pythonTopologyExpectations } from '../../support/pythonOtelTopology.js';

const sink = new CollectingSpanSink();
let receivers: RunningReceivers;
const port = (name: keyof RunningReceivers['addresses']): number => receivers.addresses[name]!.port;

beforeAll(async () => {
  receivers = await startReceivers({
    sink,
    ports: onlyReceivers('jaegerThriftHttp', 'jaegerAgentCompact', 'jaegerAgentBinary', 'jaegerGrpc'),
  });
});
afterAll(() => receivers.close());

describe('Jaeger receivers with real clients', () => {
  it('takes agent UDP binary Thrift (6832) from jaeger-client', async () => {
    sink.clear();
    const expected = await sendJaegerClientTopology(
      { agentHost: '127.0.0.1', agentPort: port('jaegerAgentBinary') },
      'cart-jaeger-js',
      false,
    );
    expectSpans(await sink.waitForSpans(expected.length), expected);
    expect(sink.batches[0]!.meta).toMatchObject({ receiver: 'jaegerAgentBinary', format: 'jaeger_agent_binary' });
  });

  it('takes Thrift over HTTP (/api/traces) from jaeger-client with 128-bit trace ids', async () => {
    sink.clear();
    const expected = await sendJaegerClientTopology(
      { collectorEndpoint: `http://127.0.0.1:${port('jaegerThriftHttp')}/api/traces` },
      'cart-jaeger-http',
      true,
    );
    expect(expected[0]!.traceId.startsWith('0000000000000000')).toBe(false);
    expectSpans(await sink.waitForSpans(expected.length), expected);
    expect(sink.batches[0]!.meta.format).toBe('jaeger_thrift');
  });

  it('takes agent UDP compact Thrift (6831) from opentelemetry-exporter-jaeger-thrift', async () => {
    sink.clear();
    const sent = await runPythonClient('send_jaeger_thrift.py', ['127.0.0.1', String(port('jaegerAgentCompact'))]);
    const received = await sink.waitForSpans(sent.length);
    expectSpans(received, pythonTopologyExpectations(sent, 'cart-jaeger-udp', 'typed'));
    expect(sink.batches[0]!.meta.format).toBe('jaeger_agent_compact');
    // The Python exporter writes an event's name in a `message` field, not `event`: kept as an attribute.
    const client = received.find((s) => s.name === 'SELECT cart')!;
    expect(client.events.map((e) => [e.name, e.attr.toObject()])).toEqual([
      ['', { message: 'exception', 'exception.type': 'TimeoutError' }],
    ]);
    expect(client.scope.name).toBe('ht-topology-py');
  });

  it('takes gRPC PostSpans from opentelemetry-exporter-jaeger-proto-grpc, nanoseconds exact', async () => {
    sink.clear();
    const sent = await runPythonClient('send_jaeger_grpc.py', [`127.0.0.1:${port('jaegerGrpc')}`]);
    expect(sent.some((s) => !s.start.endsWith('000'))).toBe(true);
    expectSpans(await sink.waitForSpans(sent.length), pythonTopologyExpectations(sent, 'cart-jaeger-grpc', 'typed'));
    expect(sink.batches[0]!.meta.format).toBe('jaeger_proto_batch');
  });
});
