import type { GrouperOptions } from '@ht/enricher-sdk/grouper';
import type { RedisEntityStoreOptions } from '@ht/enricher-sdk/redis';
import { resolveGrouperOptions } from '@ht/enricher-sdk/grouper';
import type { ClickHouseStoreOptions, DuckDbStoreOptions, ViewSinkOptions } from '@ht/sinks';
import type { ReceiversOptions, TenancyOptions } from '@ht/sources';
import { CollectingSpanSink, resolvePorts, validateTenancy } from '@ht/sources';
import type { WatermarkOptions } from '@ht/stream-core';
import { describe, expect, it } from 'vitest';
import { grouperOptionsOf, receiverPorts, validateConfig } from '../../src/config/index.js';
import { LOCAL_WATERMARK_DEFAULTS } from '../../src/local/localWatermarks.js';

describe('each section is the options object of the package it configures', () => {
  const config = validateConfig(
    {
      portOffset: 100,
      receivers: { endpoints: { openCensus: false }, ports: { zipkin: 19411 } },
      tenancy: { apiKeys: { 'k-1': 'acme' } },
      grouper: { gapMs: '3s', idleTimeoutMs: 'off' },
      sink: { maxRows: 1000 },
    },
    { source: 'test' },
  );

  it('receivers and tenancy: ReceiversOptions of @ht/sources, accepted by its own checks', () => {
    const options: ReceiversOptions = {
      sink: new CollectingSpanSink(),
      host: config.receivers.host,
      ports: receiverPorts(config.receivers),
      portOffset: config.portOffset,
      tenancy: config.tenancy,
      limits: config.receivers.limits,
    };
    const tenancy: TenancyOptions = config.tenancy;
    expect(() => validateTenancy(tenancy)).not.toThrow();
    expect(resolvePorts(options.portOffset, { ports: options.ports ?? {} })).toMatchObject({
      otlpHttp: 4418,
      zipkin: 19511,
    });
    expect(resolvePorts(options.portOffset, { ports: options.ports ?? {} })).not.toHaveProperty('openCensus');
  });

  it("grouper: GrouperOptions, accepted by the grouper's own checks", () => {
    const grouper: GrouperOptions = grouperOptionsOf(config.grouper);
    expect(grouper).not.toHaveProperty('state');
    expect(grouper).not.toHaveProperty('watermarks');
    expect(resolveGrouperOptions(grouper)).toMatchObject({ gapMs: 3000, idleTimeoutMs: Infinity });
  });

  it("grouper.watermarks: WatermarkOptions of @ht/stream-core, LOCAL_WATERMARK_DEFAULTS when unset; 'off' is never idle", () => {
    const defaults: WatermarkOptions = config.grouper.watermarks;
    expect(defaults).toEqual(LOCAL_WATERMARK_DEFAULTS);
    const catchUp = validateConfig(
      { grouper: { watermarks: { whenAllIdle: 'hold', idleTimeoutMs: 'off', outOfOrdernessMs: '2s' } } },
      { source: 'test' },
    ).grouper.watermarks;
    expect(catchUp).toEqual({ outOfOrdernessMs: 2_000, idleTimeoutMs: Infinity, whenAllIdle: 'hold' });
  });

  it('entities: RedisEntityStoreOptions of @ht/enricher-sdk/redis, plus the URL its client connects to', () => {
    const entities = validateConfig(
      { entities: { type: 'redis', url: 'redis://cache:6379', keyPrefix: 'acme:' } },
      { source: 'test' },
    ).entities;
    if (entities.type !== 'redis') throw new Error('expected the Redis entity store');
    const { type: _type, url, ...rest } = entities;
    const options: Required<Omit<RedisEntityStoreOptions, 'logger'>> = rest;
    expect(options).toEqual({ keyPrefix: 'acme:', cacheSize: 10_000, writeTimeoutMs: 1_000 });
    expect(url).toBe('redis://cache:6379');
  });

  it('sink and store: ViewSinkOptions and the store factories’ options of @ht/sinks', () => {
    const sink: ViewSinkOptions = config.sink;
    expect(sink).toEqual({ maxRows: 1000, maxDelayMs: 1000 });
    const store = config.store;
    if (store.type !== 'duckdb') throw new Error('expected the default DuckDB store');
    const duckdb: DuckDbStoreOptions = store;
    expect(duckdb.path).toBe('ht-data/ht.duckdb');
    const clickhouse = validateConfig({ store: { type: 'clickhouse' } }, { source: 'test' }).store;
    if (clickhouse.type !== 'clickhouse') throw new Error('expected a ClickHouse store');
    const options: ClickHouseStoreOptions = clickhouse;
    expect(options).toEqual({
      type: 'clickhouse',
      url: 'http://127.0.0.1:8123',
      database: 'ht',
      username: 'default',
      password: '',
    });
  });
});
