import { describe, expect, it } from 'vitest';
import { compileClickHouse18 } from '../../src/clickhouse/compileQuery18.js';
import { compileClickHouseModern } from '../../src/clickhouse/compileQueryModern.js';
import { compileDuckDb } from '../../src/duckdb/compileQuery.js';
import {
  approxQuantile,
  approxUniq,
  attributeValue,
  bucket,
  column,
  count,
  eq,
  ge,
  max,
  min,
  difference,
  rate,
  ratio,
} from '../../src/index.js';
import type { Query } from '../../src/index.js';
import { fixtureSpanEventView } from '../../src/testing/index.js';

const grouped: Query = {
  view: 'fixture_span_event_view',
  tenantId: 'acme',
  select: [
    attributeValue('attribute_keys', 'attribute_values', "it's", 'agent'),
    bucket('start_time', 'second', 't', 30),
    count('calls'),
    count('errors', [eq('status_code', 'ERROR')]),
    ratio('errors', 'calls', 'r'),
    rate('calls', 'second', 30_000_000, 'rps'),
  ],
  groupBy: ['agent', 't'],
  having: [ge('calls', 10)],
  orderBy: [{ by: 'calls', direction: 'desc' }, { by: 'agent' }, { by: 't' }],
  after: [12, "O'Brien", 1_767_225_600_000_000],
  limit: 5,
  offset: 10,
};

describe('compiling the aggregation side', () => {
  it('ClickHouse: attribute value by indexOf, computed columns over inlined aggregates, cursor in HAVING', () => {
    const { sql } = compileClickHouse18(grouped, fixtureSpanEventView, 't');
    expect(sql).toContain("`attribute_values`[indexOf(`attribute_keys`, 'it\\'s')] AS `o$0`");
    expect(sql).toContain('intDiv(`start_time`, 30000000) * 30000000 AS `o$1`');
    expect(sql).toContain(
      "if(toFloat64(count()) = 0, 0, toFloat64(countIf(`status_code` = 'ERROR')) / toFloat64(count())) AS `o$4`",
    );
    expect(sql).toContain('if(toFloat64(30) = 0, 0, toFloat64(count()) / toFloat64(30)) AS `o$5`');
    expect(sql).toContain(
      "FROM t FINAL WHERE `tenant_id` = 'acme' GROUP BY `o$0`, `o$1` HAVING count() >= 10 AND ((count() < 12) OR (count() = 12 AND ",
    );
    expect(sql).toContain("`attribute_values`[indexOf(`attribute_keys`, 'it\\'s')] > 'O\\'Brien')");
    expect(sql).toMatch(/ORDER BY `o\$2` DESC, `o\$0` ASC, `o\$1` ASC LIMIT 5 OFFSET 10$/);
  });

  it('DuckDB: attribute value by list_position (absent: empty string), CASE for a zero denominator', () => {
    const { sql } = compileDuckDb(grouped, fixtureSpanEventView, 't');
    expect(sql).toContain(`coalesce("attribute_values"[list_position("attribute_keys", 'it''s')], '') AS "o$0"`);
    expect(sql).toContain(
      `(CASE WHEN CAST(count(*) AS DOUBLE) = 0 THEN CAST(0 AS DOUBLE) ELSE CAST(count(*) FILTER (WHERE "status_code" = 'ERROR') AS DOUBLE) / CAST(count(*) AS DOUBLE) END) AS "o$4"`,
    );
    expect(sql).toContain(
      `FROM t WHERE "tenant_id" = 'acme' GROUP BY "o$0", "o$1" HAVING count(*) >= 10 AND ((count(*) < 12) OR`,
    );
    expect(sql).toMatch(/LIMIT 5 OFFSET 10$/);
  });

  it('a cursor over plain rows goes to WHERE, after the tenant and the filters; differences are Int64 arithmetic', () => {
    const { sql } = compileDuckDb(
      {
        view: 'fixture_span_event_view',
        tenantId: 'default',
        select: [column('tenant_id'), column('trace_id'), column('span_id')],
        orderBy: [{ by: 'tenant_id' }, { by: 'trace_id' }, { by: 'span_id' }],
        where: [eq('service_name', 'cart')],
        after: ['default', 'a', 'b'],
        limit: 2,
      },
      fixtureSpanEventView,
      't',
    );
    expect(sql).toContain(
      `WHERE "tenant_id" = 'default' AND "service_name" = 'cart' AND (("tenant_id" > 'default') OR ("tenant_id" = 'default' AND "trace_id" > 'a') OR ("tenant_id" = 'default' AND "trace_id" = 'a' AND "span_id" > 'b'))`,
    );
    expect(sql).not.toContain('HAVING');
    const spread = compileClickHouseModern(
      {
        view: 'fixture_span_event_view',
        tenantId: 'default',
        select: [min('start_time', 'a'), max('start_time', 'b'), difference('b', 'a', 'd')],
      },
      fixtureSpanEventView,
      't',
    );
    expect(spread.sql).toContain(
      '(toInt64(max(toUnixTimestamp64Micro(`start_time`))) - toInt64(min(toUnixTimestamp64Micro(`start_time`)))) AS `o$2`',
    );
    expect(spread.outputs[2]).toEqual({ name: 'd', kind: 'int' });
  });

  it('approximate aggregates only when asked', () => {
    const q: Query = {
      view: 'fixture_span_event_view',
      tenantId: 'default',
      select: [approxUniq('trace_id', 'u'), approxQuantile('duration_micros', 0.9, 'q')],
    };
    expect(compileClickHouse18(q, fixtureSpanEventView, 't').sql).toBe(
      'SELECT uniq(`trace_id`) AS `o$0`, quantileTDigest(0.9)(`duration_micros`) AS `o$1` FROM t FINAL ' +
        "WHERE `tenant_id` = 'default'",
    );
    expect(compileDuckDb(q, fixtureSpanEventView, 't').sql).toBe(
      'SELECT count(DISTINCT "trace_id") AS "o$0", approx_quantile(CAST("duration_micros" AS DOUBLE), 0.9) AS "o$1" FROM t ' +
        `WHERE "tenant_id" = 'default'`,
    );
  });
});
