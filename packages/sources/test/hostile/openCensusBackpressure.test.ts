import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InMemoryReceiverMetrics, ReceiverCounter, startReceivers } from '../../src/index.js';
import type { RunningReceivers } from '../../src/index.js';
import { loadGoldenCaptures } from '../support/goldenFile.js';
import { HeldSink, openCensusStream, until } from '../support/hostile.js';
import { onlyReceivers } from '../support/onlyReceivers.js';

const message = loadGoldenCaptures().get('opencensus-ocagent')!.payloads[0]!;

describe('OpenCensus stream: backpressure and a bound on queued messages (docs/reliability.md)', () => {
  const sink = new HeldSink();
  const metrics = new InMemoryReceiverMetrics();
  let receivers: RunningReceivers;
  beforeAll(async () => {
    receivers = await startReceivers({
      sink,
      metrics,
      ports: onlyReceivers('openCensus'),
      limits: { maxStreamBacklog: 4 },
    });
  });
  afterAll(() => receivers.close());

  it('pauses the stream while the sink holds, then takes all 200 messages once it is released', async () => {
    const address = `127.0.0.1:${receivers.addresses.openCensus!.port}`;
    const sent = 200;
    const stream = openCensusStream(
      address,
      Array.from({ length: sent }, () => message),
    );
    await until(() => sink.waiting === 1);
    // Held: one message is in the sink, the rest wait in the paused stream, none past the bound ends it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(metrics.get('openCensus', ReceiverCounter.REQUESTS)).toBe(1);
    sink.release();
    const result = await stream;
    expect(result.error).toBeNull();
    expect(result.answers).toBe(sent);
    expect(metrics.get('openCensus', ReceiverCounter.REQUESTS)).toBe(sent);
    const perMessage = sink.spans.length / sent;
    expect(Number.isInteger(perMessage) && perMessage > 0).toBe(true);
  });
});
