import { dirname, join } from 'node:path';
import { DEFAULT_LIMITS } from '@ht/sources';
import { isHtError } from '@ht/stream-core';
import { describe, expect, it } from 'vitest';
import { loadConfig, RECEIVER_NAMES, receiverPorts } from '../../src/config/index.js';
import type { HtConfig } from '../../src/config/index.js';
import { writeConfig } from './writeConfig.js';

const FULL = `
portOffset: 1000
receivers:
  host: 0.0.0.0
  endpoints: { jaegerAgentBinary: false, openCensus: false }
  ports: { otlpHttp: 14318, zipkin: 0 }
  limits: { maxBodyBytes: 1048576 }
tenancy:
  tenantHeader: X-Org
  defaultTenant: acme
  apiKeys: { k-1: acme, k-2: globex }
channel: { capacity: 5000, waitForRoomMs: 250ms }
grouper: { gapMs: 3s, maxSpansPerTrace: 500, maxOpenSpans: 50000, allowedLatenessMs: 0, idleTimeoutMs: off }
plugins:
  builtins: none
  enrichers: [{ name: span-type }]
store: { type: clickhouse, url: 'http://127.0.0.1:8123', database: traces, password: s3cret, requestTimeoutMs: 30s }
sink: { maxRows: 10000, maxDelayMs: 250ms }
retention: 24h
ops: { port: 9099 }
ui: { enabled: false }
logging: { level: debug, format: json }
`;

describe('loadConfig', () => {
  it('reads a full config and applies the defaults of every key it leaves out', async () => {
    const config = await loadConfig(writeConfig(FULL), { env: {} });
    const expected: HtConfig = {
      portOffset: 1000,
      receivers: {
        host: '0.0.0.0',
        endpoints: {
          otlpGrpc: true,
          otlpHttp: true,
          zipkin: true,
          jaegerThriftHttp: true,
          jaegerAgentCompact: true,
          jaegerAgentBinary: false,
          jaegerGrpc: true,
          openCensus: false,
        },
        ports: { otlpHttp: 14318, zipkin: 0 },
        limits: { ...DEFAULT_LIMITS, maxBodyBytes: 1_048_576 },
      },
      tenancy: { tenantHeader: 'x-org', defaultTenant: 'acme', apiKeys: { 'k-1': 'acme', 'k-2': 'globex' } },
      channel: { capacity: 5000, waitForRoomMs: 250 },
      grouper: {
        gapMs: 3000,
        maxSpansPerTrace: 500,
        maxTraceDurationMs: 300_000,
        maxOpenSpans: 50_000,
        allowedLatenessMs: 0,
        idleTimeoutMs: Infinity,
        state: { kind: 'memory' },
        watermarks: { outOfOrdernessMs: 1_000, idleTimeoutMs: 1_000, whenAllIdle: 'follow-clock' },
      },
      plugins: {
        builtins: 'none',
        order: [],
        defaults: { isolation: 'inProcess', timeoutMs: 1000 },
        enrichers: [{ name: 'span-type', enabled: true }],
        views: [],
      },
      entities: { type: 'memory' },
      store: {
        type: 'clickhouse',
        url: 'http://127.0.0.1:8123',
        database: 'traces',
        username: 'default',
        password: 's3cret',
        requestTimeoutMs: 30_000,
      },
      sink: { maxRows: 10_000, maxDelayMs: 250 },
      retention: 86_400_000,
      ops: { enabled: true, host: '127.0.0.1', port: 9099 },
      ui: { enabled: false, host: '127.0.0.1', port: 2020 },
      logging: { level: 'debug', format: 'json' },
      kafka: {
        brokers: ['127.0.0.1:9092'],
        clientId: 'ht',
        schemaRegistryUrl: 'http://127.0.0.1:8081',
        topics: { rawSpans: 'raw-spans', structuredTraces: 'structured-traces', enrichedTraces: 'enriched-traces' },
        partitions: 6,
        createTopics: true,
        retentionMs: 86_400_000,
        sendTimeoutMs: 5_000,
        groupPrefix: 'ht',
        maxInFlightRecords: 10_000,
        maxInFlightBytes: 8 * 1024 * 1024,
      },
      normalizer: { inputs: [] },
    };
    expect(config).toEqual(expected);
    expect(receiverPorts(config.receivers)).toEqual({
      otlpHttp: 14318,
      zipkin: 0,
      jaegerAgentBinary: false,
      openCensus: false,
    });
  });

  it('gives an empty file every default: all receivers on their ports, DuckDB beside the file, 7 days of retention', async () => {
    const path = writeConfig('');
    const config = await loadConfig(path, { env: {} });
    expect(Object.keys(config.receivers.endpoints)).toEqual([...RECEIVER_NAMES]);
    expect(Object.values(config.receivers.endpoints).every(Boolean)).toBe(true);
    expect(receiverPorts(config.receivers)).toEqual({});
    expect(config.store).toEqual({
      type: 'duckdb',
      path: join(dirname(path), 'ht-data/ht.duckdb'),
      memoryLimit: '1GB',
    });
    expect(config.retention).toBe(7 * 86_400_000);
    expect(config.tenancy).toEqual({ tenantHeader: 'x-tenant-id', defaultTenant: 'default' });
    expect(config.grouper.gapMs).toBe(30_000);
    expect(config.grouper.idleTimeoutMs).toBeUndefined();
    expect(config.plugins.builtins).toBe('all');
    expect(config.logging).toEqual({ level: 'info', format: 'auto' });
  });

  it('takes a list of endpoints as exactly those on', async () => {
    const config = await loadConfig(writeConfig('receivers:\n  endpoints: [otlpHttp, zipkin]\n'), { env: {} });
    expect(receiverPorts(config.receivers)).toEqual(
      Object.fromEntries(RECEIVER_NAMES.filter((n) => n !== 'otlpHttp' && n !== 'zipkin').map((n) => [n, false])),
    );
  });

  it('reads JSON, which is YAML', async () => {
    const path = writeConfig(
      JSON.stringify({ store: { type: 'duckdb', path: ':memory:' }, retention: 'off' }),
      'ht.json',
    );
    const config = await loadConfig(path, { env: {} });
    expect(config.store).toEqual({ type: 'duckdb', path: ':memory:', memoryLimit: '1GB' });
    expect(config.retention).toBe(false);
  });

  it('keeps an absolute DuckDB path as it is', async () => {
    const config = await loadConfig(writeConfig('store: { type: duckdb, path: /data/ht.duckdb, threads: 1 }'), {
      env: {},
    });
    expect(config.store).toEqual({ type: 'duckdb', path: '/data/ht.duckdb', threads: 1, memoryLimit: '1GB' });
  });

  it('refuses a file that is not there with CONFIG_INVALID naming it', async () => {
    const error: unknown = await loadConfig('/nowhere/ht.yaml', { env: {} }).catch((e: unknown) => e);
    expect(isHtError(error, 'CONFIG_INVALID')).toBe(true);
    expect((error as Error).message).toBe(
      '/nowhere/ht.yaml: cannot read the config (no such file); give the path of a YAML or JSON file',
    );
  });
});
