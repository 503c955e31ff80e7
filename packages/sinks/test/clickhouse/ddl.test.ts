import { describe, expect, it } from 'vitest';
import { clickHouseFeatures } from '../../src/clickhouse/ClickHouseFeatures.js';
import { createTableStatements } from '../../src/clickhouse/ddl.js';
import { jsonEachRowEncoder } from '../../src/clickhouse/jsonEachRow.js';
import { tableLayout } from '../../src/store/tableLayout.js';
import { fixtureTraces, fixtureRawTraceView, fixtureSpanEventView, viewRows } from '../../src/testing/index.js';

const v18 = clickHouseFeatures('18.16.1');
const v24 = clickHouseFeatures('24.8.4.13');

describe('clickHouseFeatures', () => {
  it('tells the 18.x branch from the modern one', () => {
    expect(v18).toMatchObject({ major: 18, modern: false, lowCardinalitySetting: true, codeInMessage: true });
    expect(v24).toMatchObject({ major: 24, modern: true, lowCardinalitySetting: false, codeInMessage: false });
    expect(clickHouseFeatures('21.11.1').modern).toBe(false);
    expect(clickHouseFeatures('21.12.1').modern).toBe(true);
    expect(() => clickHouseFeatures('17.1')).toThrow(/too old/);
    expect(() => clickHouseFeatures('banana')).toThrow(/unrecognized/);
  });
});

describe('createTableStatements', () => {
  it('18.x: plain types, ReplacingMergeTree sorted by hint then key, day partitions, lookup table + MV', () => {
    const [table, index, mv] = createTableStatements(tableLayout(fixtureSpanEventView), {
      database: 'ht',
      features: v18,
      retentionDays: 7,
    });
    expect(table).toContain('`start_time` UInt64');
    expect(table).toContain('`is_entry` UInt8');
    expect(table).toContain('`tenant_id` LowCardinality(String)');
    expect(table).toContain("`service_name` LowCardinality(String) COMMENT 'the span\\'s service'");
    expect(table).toContain(
      'ENGINE = ReplacingMergeTree PARTITION BY toYYYYMMDD(toDateTime(intDiv(`start_time`, 1000000)))',
    );
    expect(table).toContain(
      'ORDER BY (`tenant_id`, `service_name`, `span_name`, `start_time`, `trace_id`, `span_id`) SETTINGS index_granularity = 1024',
    );
    expect(table).not.toMatch(/CODEC|TTL|INDEX|DateTime64|Map\(/);
    expect(index).toContain('`ht`.`fixture_span_event_view_trace_index`');
    expect(index).toContain('AggregateFunction(min, UInt64)');
    expect(index).toContain(
      'ENGINE = AggregatingMergeTree PARTITION BY `day` ORDER BY (`tenant_id`, `trace_id`) SETTINGS index_granularity = 1024',
    );
    expect(mv).toContain(
      'CREATE MATERIALIZED VIEW IF NOT EXISTS `ht`.`fixture_span_event_view_trace_index_mv` TO `ht`.`fixture_span_event_view_trace_index`',
    );
    expect(mv).toContain('minState(`start_time`)');
  });

  it('modern: DateTime64(6), Bool, codecs, bloom-filter skip index, TTL', () => {
    const [table, index] = createTableStatements(tableLayout(fixtureSpanEventView), {
      database: 'ht',
      features: v24,
      retentionDays: 7,
    });
    expect(table).toContain('`start_time` DateTime64(6) CODEC(DoubleDelta, ZSTD(1))');
    expect(table).toContain('`is_entry` Bool');
    expect(table).toContain('`span_name` String CODEC(ZSTD(1))');
    expect(table).toContain('INDEX `idx_trace_id` `trace_id` TYPE bloom_filter(0.01) GRANULARITY 4');
    expect(table).toContain('PARTITION BY toYYYYMMDD(`start_time`)');
    expect(table).toContain('TTL toDateTime(`start_time`) + INTERVAL 7 DAY SETTINGS index_granularity = 1024');
    expect(index).toContain('`day` Date');
    expect(index).toContain('TTL `day` + INTERVAL 7 DAY');
  });

  it('sorts fixture_raw_trace_view by tenant, time, then trace + session + fragment', () => {
    expect(tableLayout(fixtureRawTraceView).sortKey).toEqual([
      'tenant_id',
      'start_time',
      'trace_id',
      'session',
      'fragment',
    ]);
  });
});

describe('jsonEachRowEncoder', () => {
  const row = {
    tenant_id: 'default',
    trace_id: 't',
    session: 1_767_225_600_000,
    fragment: 1,
    root_service: 'a"b',
    root_operation: 'op',
    services: ['x'],
    span_count: 3,
    error_count: 0,
    start_time: 1_767_225_600_000_001,
    duration_micros: 2n ** 62n,
  };
  it('18.x: datetime as exact integer µs, 64-bit integers unquoted and exact', () => {
    expect(jsonEachRowEncoder(fixtureRawTraceView, v18)(row)).toBe(
      '{"tenant_id":"default","trace_id":"t","session":1767225600000,"fragment":1,"root_service":"a\\"b","root_operation":"op","services":["x"],"span_count":3,"error_count":0,"start_time":1767225600000001,"duration_micros":4611686018427387904}',
    );
  });
  it('modern: DateTime64 as exact "seconds.micros" text, bools as true/false', () => {
    expect(jsonEachRowEncoder(fixtureRawTraceView, v24)(row)).toContain('"start_time":"1767225600.000001"');
    const span = { ...viewRows(fixtureSpanEventView, fixtureTraces({ traces: 1 }))[0]!, is_entry: true };
    expect(jsonEachRowEncoder(fixtureSpanEventView, v24)(span)).toContain('"is_entry":true');
    // 18.x: rows without bigints go through JSON.stringify as they are (18.16 reads true into UInt8).
    expect(jsonEachRowEncoder(fixtureSpanEventView, v18)(span)).toBe(JSON.stringify(span));
  });
});
