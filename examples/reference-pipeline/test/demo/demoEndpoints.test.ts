import { describe, expect, it } from 'vitest';
import { isHtError } from '@ht/stream-core/errors';
import { demoEndpoints, endpointFor, startDemoTraffic } from '../../src/demo/index.js';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('demoEndpoints', () => {
  it('builds each receiver URL from its port, leaving out ports that are absent or 0', () => {
    expect(
      demoEndpoints('127.0.0.1', {
        otlpHttp: 4318,
        otlpGrpc: 4317,
        zipkin: 9411,
        jaegerThriftHttp: 14268,
        jaegerAgentBinary: 0,
      }),
    ).toEqual({
      otlpHttp: 'http://127.0.0.1:4318/v1/traces',
      otlpGrpc: 'http://127.0.0.1:4317',
      zipkin: 'http://127.0.0.1:9411/api/v2/spans',
      jaegerThriftHttp: 'http://127.0.0.1:14268/api/traces',
    });
    expect(demoEndpoints('::1', { jaegerAgentBinary: 6832, otlpGrpc: 4317 })).toEqual({
      otlpGrpc: 'http://[::1]:4317',
      jaegerAgentBinary: { host: '::1', port: 6832 },
    });
  });
});

describe('endpointFor', () => {
  const all = demoEndpoints('127.0.0.1', {
    otlpHttp: 1,
    otlpGrpc: 2,
    zipkin: 3,
    jaegerThriftHttp: 4,
    jaegerAgentBinary: 5,
  });

  it('sends each client through its own kind of endpoint when it is given', () => {
    expect(endpointFor('otlpProto', all)).toBe('otlpHttp');
    expect(endpointFor('otlpGrpc', all)).toBe('otlpGrpc');
    expect(endpointFor('zipkin', all)).toBe('zipkin');
    expect(endpointFor('jaeger', all)).toBe('jaegerThriftHttp');
    expect(endpointFor('jaeger', { jaegerAgentBinary: { host: '127.0.0.1', port: 6832 } })).toBe('jaegerAgentBinary');
  });

  it('falls back to the first endpoint given, and refuses none with CONFIG_INVALID', () => {
    expect(endpointFor('zipkin', { otlpGrpc: 'http://127.0.0.1:4317' })).toBe('otlpGrpc');
    expect(endpointFor('jaeger', { zipkin: 'http://127.0.0.1:9411/api/v2/spans', otlpGrpc: 'x' })).toBe('otlpGrpc');
    const error = thrown(() => endpointFor('otlpProto', {}));
    expect(isHtError(error, 'CONFIG_INVALID')).toBe(true);
    expect(String(error)).toContain('demo traffic needs at least one endpoint');
  });
});

describe('startDemoTraffic options', () => {
  const endpoints = { otlpHttp: 'http://127.0.0.1:1/v1/traces' };

  it('refuses a rate, seed or share that makes no sense, naming it', () => {
    for (const [options, message] of [
      [{ spansPerSecond: 0 }, 'spansPerSecond must be a positive number, got 0'],
      [{ spansPerSecond: Number.NaN }, 'spansPerSecond must be a positive number, got NaN'],
      [{ seed: 1.5 }, 'seed must be an integer, got 1.5'],
      [{ errorRate: 2 }, 'errorRate must be a number from 0 to 1, got 2'],
      [{ slowRate: -0.1 }, 'slowRate must be a number from 0 to 1, got -0.1'],
    ] as const) {
      const error = thrown(() => startDemoTraffic({ endpoints, ...options }));
      expect(isHtError(error, 'CONFIG_INVALID')).toBe(true);
      expect(String(error)).toContain(message);
    }
  });

  it('refuses to start without any endpoint', () => {
    expect(
      isHtError(
        thrown(() => startDemoTraffic({ endpoints: {} })),
        'CONFIG_INVALID',
      ),
    ).toBe(true);
  });
});
