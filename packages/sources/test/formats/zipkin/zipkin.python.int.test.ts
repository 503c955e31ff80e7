import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollectingSpanSink, startReceivers } from '../../../src/index.js';
import type { RunningReceivers } from '../../../src/index.js';
import { expectSpans } from '../../support/expectSpans.js';
import { onlyReceivers } from '../../support/onlyReceivers.js';
import { pyZipkinExpectations } from '../../support/clientExpectations.js';
import { runPythonClient } from '../../support/pythonClient.js';
import { pythonTopologyExpectations } from '../../support/pythonOtelTopology.js';

const sink = new CollectingSpanSink();
let receivers: RunningReceivers;
const url = (path: string): string => `http://127.0.0.1:${receivers.addresses.zipkin!.port}${path}`;

beforeAll(async () => {
  receivers = await startReceivers({ sink, ports: onlyReceivers('zipkin') });
});
afterAll(() => receivers.close());

describe('Zipkin receiver with the Python clients', () => {
  it('takes Zipkin v2 proto3 from opentelemetry-exporter-zipkin-proto-http', async () => {
    sink.clear();
    const sent = await runPythonClient('send_zipkin_proto.py', [url('/api/v2/spans')]);
    const received = await sink.waitForSpans(sent.length);
    expectSpans(received, pythonTopologyExpectations(sent, 'cart-zipkin-proto', 'strings'));
    expect(sink.batches[0]!.meta.format).toBe('zipkin_proto');
    const client = received.find((s) => s.name === 'SELECT cart')!;
    expect(client.events.map((e) => [e.name, e.attr.toObject()])).toEqual([
      ['exception', { 'exception.type': 'TimeoutError' }],
    ]);
  });

  for (const encoding of ['v1_json', 'v1_thrift'] as const) {
    it(`takes Zipkin ${encoding} from py-zipkin`, async () => {
      sink.clear();
      const sent = await runPythonClient('send_py_zipkin.py', [url('/api/v1/spans'), encoding]);
      const received = await sink.waitForSpans(sent.length);
      expectSpans(received, pyZipkinExpectations(sent), 'py-zipkin');
      expect(sink.batches[0]!.meta.format).toBe(encoding === 'v1_json' ? 'zipkin_v1_json' : 'zipkin_thrift');
    });
  }
});
