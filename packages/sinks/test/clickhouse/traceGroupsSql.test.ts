import { builtinViews } from '@ht/enricher-sdk/builtins';
import { describe, expect, it } from 'vitest';
import { clickHouseFeatures } from '../../src/clickhouse/ClickHouseFeatures.js';
import { compileClickHouse18 } from '../../src/clickhouse/compileQuery18.js';
import {
  traceGroupColumns,
  traceGroupsFillStatement,
  traceGroupsFilter,
  traceGroupsReadStatement,
  traceGroupsStatements,
} from '../../src/clickhouse/traceGroupsSql.js';
import { column } from '../../src/query/build.js';
import { tableLayout } from '../../src/store/tableLayout.js';
import { fixtureRawTraceView, fixtureSpanEventView } from '../../src/testing/index.js';

const v18 = clickHouseFeatures('18.16.1');
const v24 = clickHouseFeatures('24.8.4.13');
const byName = new Map(builtinViews.map((v) => [v.name, v]));

describe('traceGroupColumns', () => {
  it('takes the sort-key columns between tenant_id and the time column', () => {
    const groups = (name: string): readonly string[] => traceGroupColumns(tableLayout(byName.get(name)!));
    expect(groups('span_event_view')).toEqual(['service_name', 'span_name']);
    expect(groups('log_event_view')).toEqual(['service_name', 'span_name']);
    expect(groups('span_link_view')).toEqual(['service_name', 'span_name']);
    expect(groups('span_resource_view')).toEqual(['service_name']);
    expect(groups('raw_trace_view')).toEqual(['root_service', 'root_operation']);
  });

  it('none when the time column follows tenant_id, or the view has no trace lookup', () => {
    expect(traceGroupColumns(tableLayout(fixtureRawTraceView))).toEqual([]);
    const noTrace = tableLayout(byName.get('span_event_view')!);
    expect(traceGroupColumns({ ...noTrace, traceLookup: false })).toEqual([]);
    expect(traceGroupColumns({ ...noTrace, sortKey: ['service_name', 'tenant_id', 'start_time'] })).toEqual([]);
    expect(traceGroupColumns({ ...noTrace, sortKey: ['tenant_id', 'trace_id', 'start_time'] })).toEqual([]);
    expect(traceGroupColumns({ ...noTrace, sortKey: ['tenant_id', 'duration_micros', 'start_time'] })).toEqual([]);
  });
});

describe('traceGroupsStatements', () => {
  const layout = tableLayout(fixtureSpanEventView);

  it('18.x: an AggregatingMergeTree by tenant, trace and groups, filled by a materialized view', () => {
    const [table, mv] = traceGroupsStatements(layout, { database: 'ht', features: v18 });
    expect(table).toContain('CREATE TABLE IF NOT EXISTS `ht`.`fixture_span_event_view_trace_groups`');
    expect(table).toContain('`service_name` LowCardinality(String), `span_name` String, `day` UInt32');
    expect(table).toContain('AggregateFunction(min, UInt64)');
    expect(table).toContain(
      'ENGINE = AggregatingMergeTree PARTITION BY `day` ORDER BY (`tenant_id`, `trace_id`, `service_name`, `span_name`)',
    );
    expect(mv).toContain(
      'TO `ht`.`fixture_span_event_view_trace_groups` AS SELECT `tenant_id`, `trace_id`, `service_name`',
    );
    expect(mv).toContain('GROUP BY `tenant_id`, `trace_id`, `service_name`, `span_name`, `day`');
    expect(traceGroupsFillStatement(layout, 'ht', v18)).toMatch(
      /^INSERT INTO `ht`\.`fixture_span_event_view_trace_groups` SELECT .* FROM `ht`\.`fixture_span_event_view` GROUP BY/,
    );
  });

  it('modern: Date day with a TTL; µs bounds read back', () => {
    const [table] = traceGroupsStatements(layout, { database: 'ht', features: v24, retentionDays: 7 });
    expect(table).toContain('`day` Date');
    expect(table).toContain('TTL `day` + INTERVAL 7 DAY');
    expect(traceGroupsReadStatement(layout, 'ht', v24, 'acme', 'ab')).toContain(
      'toUnixTimestamp64Micro(minMerge(`start_min`)) AS `s`',
    );
  });

  it('none for a view without group columns', () => {
    expect(traceGroupsStatements(tableLayout(fixtureRawTraceView), { database: 'ht', features: v18 })).toEqual([]);
  });
});

describe('traceGroupsFilter', () => {
  it("compiles to one condition per group, each with the group's values and time range", () => {
    const layout = tableLayout(fixtureSpanEventView);
    const filter = traceGroupsFilter(layout, [
      { service_name: 'cart', span_name: "it's", s: '10', e: '20' },
      { service_name: 'shop', span_name: 'GET /', s: 30, e: 30 },
    ]);
    const { sql } = compileClickHouse18(
      { view: layout.view.name, tenantId: 'acme', select: [column('span_id')], where: [filter] },
      layout.view,
      '`ht`.`fixture_span_event_view`',
    );
    expect(sql).toContain("`service_name` = 'cart'");
    expect(sql).toContain("`span_name` = 'it\\'s'");
    expect(sql).toContain('`start_time` >= 10');
    expect(sql).toContain('`start_time` <= 30');
    expect(sql.split(' OR ')).toHaveLength(2);
  });
});
