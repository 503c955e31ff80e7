import { isHtError } from '@ht/stream-core';
import { DEFAULT_RECEIVER_PORTS, FORMATS, defineFormat, httpEndpoint } from '@ht/sources';
import { describe, expect, it } from 'vitest';
import { APP_PORTS, portTable, portsWithOffset } from '../src/index.js';

describe('portsWithOffset', () => {
  it('keeps the docs/contracts.md defaults at offset 0: the receivers of @ht/sources, then the UI and ops', () => {
    expect(portsWithOffset(0)).toEqual({ ...DEFAULT_RECEIVER_PORTS, ui: 2020, ops: 8099 });
    expect(portsWithOffset(0)).toMatchObject({
      otlpGrpc: 4317,
      otlpHttp: 4318,
      zipkin: 9411,
      jaegerThriftHttp: 14268,
      jaegerAgentCompact: 6831,
      jaegerAgentBinary: 6832,
      jaegerGrpc: 14250,
      openCensus: 55678,
    });
  });

  it('adds the offset to every port', () => {
    const defaults = portsWithOffset(0);
    const ports = portsWithOffset(1000);
    for (const [name, port] of Object.entries(defaults)) expect(ports[name as keyof typeof ports]).toBe(port + 1000);
  });

  it('refuses an offset that pushes a port outside 1-65535 with CONFIG_INVALID, naming that port and its purpose', () => {
    expect(() => portsWithOffset(10_000)).toThrow(
      'port offset 10000 moves the openCensus port (OpenCensus) 55678 to 65678, outside 1-65535',
    );
    expect(() => portsWithOffset(-2500)).toThrow(/moves the ui port \(UI \+ GraphQL\) 2020 to -480/);
    expect(() => portsWithOffset(1.5)).toThrow('port offset must be an integer, got 1.5');
    let thrown: unknown;
    try {
      portsWithOffset(20_000);
    } catch (error) {
      thrown = error;
    }
    expect(isHtError(thrown, 'CONFIG_INVALID')).toBe(true);
  });
});

describe('portTable (the ht demo banner)', () => {
  it('lists every receiver endpoint under its @ht/sources name and purpose, then the app ports', () => {
    const rows = portTable(0);
    expect(rows.map((r) => r.name)).toEqual([...Object.keys(DEFAULT_RECEIVER_PORTS), ...Object.keys(APP_PORTS)]);
    expect(rows.find((r) => r.name === 'jaegerAgentCompact')).toEqual({
      name: 'jaegerAgentCompact',
      purpose: 'Jaeger agent UDP (compact)',
      port: 6831,
    });
    expect(rows.at(-1)).toEqual({ name: 'ops', purpose: 'Ops (health, metrics)', port: 8099 });
  });

  it('shows a format added to the list with nothing else changed', () => {
    // A test-only format: one endpoint, never started here.
    const dummyFormat = defineFormat({
      name: 'dummy',
      endpoints: [httpEndpoint({ name: 'dummyHttp', purpose: 'Dummy HTTP', defaultPort: 7070, routes: () => [] })],
      decoders: [],
      kafkaEncodings: [],
    });
    const rows = portTable(100, [...FORMATS, dummyFormat]);
    expect(rows.find((r) => r.name === 'dummyHttp')).toEqual({ name: 'dummyHttp', purpose: 'Dummy HTTP', port: 7170 });
    expect(rows).toHaveLength(portTable(100).length + 1);
  });
});
