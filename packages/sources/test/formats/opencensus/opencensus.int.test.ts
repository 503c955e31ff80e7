import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollectingSpanSink, startReceivers } from '../../../src/index.js';
import type { RunningReceivers } from '../../../src/index.js';
import { expectSpans } from '../../support/expectSpans.js';
import { onlyReceivers } from '../../support/onlyReceivers.js';
import { opencensusExpectations } from '../../support/clientExpectations.js';
import { runPythonClient } from '../../support/pythonClient.js';

const sink = new CollectingSpanSink();
let receivers: RunningReceivers;

beforeAll(async () => {
  receivers = await startReceivers({ sink, ports: onlyReceivers('openCensus') });
});
afterAll(() => receivers.close());

describe('OpenCensus receiver with a real client', () => {
  it('takes the agent Export stream from opencensus-ext-ocagent', async () => {
    const sent = await runPythonClient('send_opencensus.py', [`127.0.0.1:${receivers.addresses.openCensus!.port}`]);
    const received = await sink.waitForSpans(sent.length);
    expectSpans(received, opencensusExpectations(sent));
    const child = received.find((s) => s.name === 'SELECT cart')!;
    expect(child.events.map((e) => [e.name, e.attr.toObject()])).toEqual([['cache miss', { key: 'cart-1' }]]);
    expect(child.resource.attr.toObject()).toMatchObject({
      'host.name': 'oc-host',
      'telemetry.sdk.language': 'python',
    });
    expect(sink.batches[0]!.meta).toMatchObject({ receiver: 'openCensus', format: 'opencensus' });
  });
});
