import { describe, expect, it } from 'vitest';
import { isHtError } from '@ht/stream-core';
import { DEFAULT_RECEIVER_PORTS, EPHEMERAL_PORTS, FORMATS, receiverEndpoints, resolvePorts } from '../../src/index.js';
import type { ReceiverName } from '../../src/index.js';

const APP = { ui: { port: 2020, purpose: 'UI + GraphQL' }, ops: { port: 8099, purpose: 'Ops (health, metrics)' } };

describe('the ports table', () => {
  it('lists every endpoint of FORMATS on its docs/contracts.md port, under one name', () => {
    expect(DEFAULT_RECEIVER_PORTS).toEqual({
      otlpGrpc: 4317,
      otlpHttp: 4318,
      zipkin: 9411,
      jaegerThriftHttp: 14268,
      jaegerAgentCompact: 6831,
      jaegerAgentBinary: 6832,
      jaegerGrpc: 14250,
      openCensus: 55678,
    });
    expect(Object.keys(EPHEMERAL_PORTS)).toEqual(Object.keys(DEFAULT_RECEIVER_PORTS));
    expect(new Set(Object.values(EPHEMERAL_PORTS))).toEqual(new Set([0]));
  });

  it('gives every endpoint a purpose, a transport and its paths, and no two the same default port', () => {
    const endpoints = receiverEndpoints(FORMATS);
    for (const e of endpoints) {
      expect(e.purpose, e.name).not.toBe('');
      expect(e.paths.length, e.name).toBeGreaterThan(0);
    }
    expect(new Set(endpoints.map((e) => e.defaultPort)).size).toBe(endpoints.length);
    expect(Object.fromEntries(endpoints.map((e) => [e.name, e.transport]))).toEqual({
      otlpGrpc: 'grpc',
      otlpHttp: 'http',
      zipkin: 'http',
      jaegerThriftHttp: 'http',
      jaegerAgentCompact: 'udp',
      jaegerAgentBinary: 'udp',
      jaegerGrpc: 'grpc',
      openCensus: 'grpc',
    });
    expect(endpoints.find((e) => e.name === 'zipkin')?.paths).toEqual(['/api/v2/spans', '/api/v1/spans']);
  });

  it('refuses two endpoints of the same name', () => {
    expect(() => receiverEndpoints([...FORMATS, FORMATS[0]])).toThrow(
      'formats otlp and otlp both have an endpoint named otlpGrpc: endpoint names must be unique',
    );
  });
});

describe('resolvePorts', () => {
  it('shifts every endpoint port and every extra port by the offset', () => {
    const ports = resolvePorts(1000, { extra: APP });
    for (const name of Object.keys(DEFAULT_RECEIVER_PORTS) as ReceiverName[]) {
      expect(ports[name]).toBe(DEFAULT_RECEIVER_PORTS[name] + 1000);
    }
    expect(ports.ui).toBe(3020);
    expect(ports.ops).toBe(9099);
    expect(resolvePorts()).toEqual(DEFAULT_RECEIVER_PORTS);
  });

  it('takes configured ports, leaves out disabled endpoints and keeps 0 (a free port) as 0', () => {
    const ports = resolvePorts(5, { ports: { zipkin: false, otlpHttp: 0, jaegerGrpc: 20000 } });
    expect(ports.zipkin).toBeUndefined();
    expect(ports.otlpHttp).toBe(0);
    expect(ports.jaegerGrpc).toBe(20005);
    expect(ports.otlpGrpc).toBe(4322);
  });

  it('refuses an offset that pushes a port outside 1-65535 with CONFIG_INVALID, naming the port and its purpose', () => {
    expect(() => resolvePorts(60_000)).toThrow(
      'port offset 60000 moves the zipkin port (Zipkin) 9411 to 69411, outside 1-65535: use a smaller offset',
    );
    expect(() => resolvePorts(10_000)).toThrow(
      'port offset 10000 moves the openCensus port (OpenCensus) 55678 to 65678, outside 1-65535: use a smaller offset',
    );
    expect(() => resolvePorts(-2500, { extra: APP })).toThrow(
      'port offset -2500 moves the ui port (UI + GraphQL) 2020 to -480, outside 1-65535',
    );
    let thrown: unknown;
    try {
      resolvePorts(70_000);
    } catch (error) {
      thrown = error;
    }
    expect(isHtError(thrown, 'CONFIG_INVALID')).toBe(true);
  });

  it('refuses a fractional offset, an unknown endpoint, a bad port and an extra port named like an endpoint', () => {
    expect(() => resolvePorts(1.5)).toThrow('port offset must be an integer, got 1.5');
    expect(() => resolvePorts(0, { ports: { jaegerHttp: 1 } as never })).toThrow(
      'ports.jaegerHttp is not a receiver endpoint; known: otlpGrpc, otlpHttp, zipkin, jaegerThriftHttp',
    );
    expect(() => resolvePorts(0, { ports: { zipkin: 70_000 } })).toThrow(
      'ports.zipkin (Zipkin) must be a port from 0 to 65535, got 70000',
    );
    expect(() => resolvePorts(0, { extra: { zipkin: { port: 1, purpose: 'mine' } } })).toThrow(
      'extra port zipkin has the name of a receiver endpoint: rename it',
    );
  });
});
