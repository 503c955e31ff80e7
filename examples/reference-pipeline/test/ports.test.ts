import { describe, expect, it } from 'vitest';
import { DEFAULT_PORTS, portsWithOffset } from '../src/index.js';

describe('portsWithOffset', () => {
  it('keeps the docs/contracts.md defaults at offset 0', () => {
    expect(portsWithOffset(0)).toEqual(DEFAULT_PORTS);
    expect(DEFAULT_PORTS).toMatchObject({
      otlpGrpc: 4317,
      otlpHttp: 4318,
      zipkin: 9411,
      ui: 2020,
      ops: 8099,
      openCensus: 55678,
    });
  });

  it('adds the offset to every port', () => {
    const ports = portsWithOffset(1000);
    for (const [name, port] of Object.entries(DEFAULT_PORTS))
      expect(ports[name as keyof typeof DEFAULT_PORTS]).toBe(port + 1000);
  });

  it('refuses an offset that pushes a port past 65535, naming that port', () => {
    expect(() => portsWithOffset(10_000)).toThrow(
      '--port-offset 10000 moves the OpenCensus port 55678 to 65678, outside 1-65535',
    );
    expect(() => portsWithOffset(-2500)).toThrow(/moves the UI \+ GraphQL port 2020 to -480/);
    expect(() => portsWithOffset(1.5)).toThrow('--port-offset must be an integer, got 1.5');
  });
});
