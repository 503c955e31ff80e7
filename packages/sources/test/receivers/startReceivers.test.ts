import { describe, expect, it } from 'vitest';
import { CollectingSpanSink, startReceivers } from '../../src/index.js';
import { onlyReceivers } from '../support/onlyReceivers.js';

describe('startReceivers', () => {
  it('names the port when one is taken, and closes what it had started', async () => {
    const first = await startReceivers({ sink: new CollectingSpanSink(), ports: onlyReceivers('otlpHttp') });
    const taken = first.addresses.otlpHttp!.port;
    await expect(
      startReceivers({ sink: new CollectingSpanSink(), ports: { ...onlyReceivers('zipkin'), otlpHttp: taken } }),
    ).rejects.toThrow(`cannot listen on 127.0.0.1:${taken}: the port is taken`);
    await first.close();
  });

  it('starts only the endpoints asked for, each under its endpoint name', async () => {
    const receivers = await startReceivers({
      sink: new CollectingSpanSink(),
      ports: onlyReceivers('otlpGrpc', 'jaegerAgentCompact', 'openCensus'),
    });
    try {
      expect(Object.keys(receivers.addresses).sort()).toEqual(['jaegerAgentCompact', 'openCensus', 'otlpGrpc']);
    } finally {
      await receivers.close();
    }
  });

  it('refuses a port for an endpoint that does not exist (an old name)', async () => {
    await expect(startReceivers({ sink: new CollectingSpanSink(), ports: { jaegerHttp: 0 } as never })).rejects.toThrow(
      'ports.jaegerHttp is not a receiver endpoint',
    );
  });
});
