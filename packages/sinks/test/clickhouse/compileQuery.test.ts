import { describe, expect, it } from 'vitest';
import { compileClickHouse18 } from '../../src/clickhouse/compileQuery18.js';
import { compileClickHouseModern } from '../../src/clickhouse/compileQueryModern.js';
import { count, has } from '../../src/index.js';
import { fixtureRawTraceView, fixtureSpanEventView } from '../../src/testing/index.js';
import { query } from '../support/sampleQuery.js';

/** ClickHouse 18's exact interpolated quantile: the sorted group values, read at the two nearest ranks. */
function exactQuantile18(p: string, arg: string): string {
  const sorted = `arraySort(groupArray(toFloat64(${arg})))`;
  const rank = `(${p} * (length(${sorted}) - 1))`;
  const at = (f: string): string => `arrayElement(${sorted}, toUInt64(${f}(${rank})) + 1)`;
  return `if(empty(${sorted}), nan, ${at('floor')} + (${at('ceil')} - ${at('floor')}) * (${rank} - floor(${rank})))`;
}

describe('ClickHouse query compilers', () => {
  it('ClickHouse 18: UInt64 µs arithmetic, -If combinators, FINAL, no parameters', () => {
    const { sql, outputs } = compileClickHouse18(query, fixtureSpanEventView, '`ht`.`fixture_span_event_view`');
    expect(sql).toBe(
      'SELECT intDiv(`start_time`, 60000000) * 60000000 AS `o$0`, `service_name` AS `o$1`, count() AS `o$2`, ' +
        "countIf(`status_code` = 'ERROR') AS `o$3`, " +
        exactQuantile18('0.99', '`duration_micros`') +
        ' AS `o$4`, uniqExact(`trace_id`) AS `o$5` ' +
        "FROM `ht`.`fixture_span_event_view` FINAL WHERE `tenant_id` = 'acme' AND `span_name` = 'o\\'neil' AND `start_time` >= 1767225600000000 " +
        "AND `span_kind` IN ('SERVER', 'CLIENT') AND (has(`attribute_keys`, 'http.method') AND " +
        "`attribute_values`[indexOf(`attribute_keys`, 'http.method')] = 'GET') GROUP BY `o$0`, `service_name` ORDER BY `o$2` DESC LIMIT 10",
    );
    expect(sql).not.toMatch(/\{\w+:|WITH |OVER \(|toStartOfInterval/);
    expect(outputs).toEqual([
      { name: 'minute', kind: 'datetime' },
      { name: 'service_name', kind: 'string' },
      { name: 'calls', kind: 'int' },
      { name: 'errors', kind: 'int' },
      { name: 'p99', kind: 'float' },
      { name: 'traces', kind: 'int' },
    ]);
  });

  it('modern ClickHouse: DateTime64 read as µs and compared as DateTime64 (keeps index use)', () => {
    const { sql } = compileClickHouseModern(query, fixtureSpanEventView, '`ht`.`fixture_span_event_view`');
    expect(sql).toContain('intDiv(toUnixTimestamp64Micro(`start_time`), 60000000) * 60000000 AS `o$0`');
    expect(sql).toContain('`start_time` >= fromUnixTimestamp64Micro(toInt64(1767225600000000))');
    expect(sql).toContain('quantileExactInclusive(0.99)(`duration_micros`) AS `o$4`');
    expect(sql).toContain('uniqExact(`trace_id`) AS `o$5`');
  });

  it('reads raw rows without FINAL when dedup is off', () => {
    const { sql } = compileClickHouse18(
      {
        view: 'fixture_raw_trace_view',
        tenantId: 'default',
        select: [count('n')],
        where: [has('services', 'cart')],
        dedup: false,
      },
      fixtureRawTraceView,
      't',
    );
    expect(sql).toBe("SELECT count() AS `o$0` FROM t WHERE `tenant_id` = 'default' AND has(`services`, 'cart')");
  });
});
