import { describe, expect, it } from 'vitest';
import {
  attributeEq,
  bucket,
  column,
  compileClickHouse18,
  compileClickHouseModern,
  compileDuckDb,
  count,
  eq,
  ge,
  has,
  isIn,
  planQuery,
  quantile,
  uniq,
} from '../../src/index.js';
import type { Query } from '../../src/index.js';
import { rawTraceView, spanEventView } from '../../src/testing/index.js';

const query: Query = {
  view: 'span_event_view',
  select: [
    bucket('start_time', 'minute', 'minute'),
    column('service_name'),
    count('calls'),
    count('errors', [eq('status_code', 'ERROR')]),
    quantile('duration_micros', 0.99, 'p99'),
    uniq('trace_id', 'traces'),
  ],
  where: [
    eq('tenant_id', "o'neil"),
    ge('start_time', 1_767_225_600_000_000),
    isIn('span_kind', ['SERVER', 'CLIENT']),
    attributeEq('attribute_keys', 'attribute_values', 'http.method', 'GET'),
  ],
  groupBy: ['minute', 'service_name'],
  orderBy: [{ by: 'calls', direction: 'desc' }],
  limit: 10,
};

describe('query compilers', () => {
  it('ClickHouse 18: UInt64 µs arithmetic, -If combinators, FINAL, no parameters', () => {
    const { sql, outputs } = compileClickHouse18(query, spanEventView, '`ht`.`span_event_view`');
    expect(sql).toBe(
      'SELECT intDiv(`start_time`, 60000000) * 60000000 AS `o$0`, `service_name` AS `o$1`, count() AS `o$2`, ' +
        "countIf(`status_code` = 'ERROR') AS `o$3`, quantile(0.99)(`duration_micros`) AS `o$4`, uniq(`trace_id`) AS `o$5` " +
        "FROM `ht`.`span_event_view` FINAL WHERE `tenant_id` = 'o\\'neil' AND `start_time` >= 1767225600000000 " +
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
    const { sql } = compileClickHouseModern(query, spanEventView, '`ht`.`span_event_view`');
    expect(sql).toContain('intDiv(toUnixTimestamp64Micro(`start_time`), 60000000) * 60000000 AS `o$0`');
    expect(sql).toContain('`start_time` >= fromUnixTimestamp64Micro(toInt64(1767225600000000))');
  });

  it('DuckDB: epoch_us, FILTER, quantile_cont, list functions, no FINAL', () => {
    const { sql } = compileDuckDb(query, spanEventView, '"main"."span_event_view"');
    expect(sql).toContain('(epoch_us("start_time") // 60000000) * 60000000 AS "o$0"');
    expect(sql).toContain(`count(*) FILTER (WHERE "status_code" = 'ERROR') AS "o$3"`);
    expect(sql).toContain('quantile_cont("duration_micros", 0.99) AS "o$4"');
    expect(sql).toContain('count(DISTINCT "trace_id") AS "o$5"');
    expect(sql).toContain(`"tenant_id" = 'o''neil'`);
    expect(sql).toContain('"start_time" >= make_timestamp(CAST(1767225600000000 AS BIGINT))');
    expect(sql).toContain(`list_contains("attribute_keys", 'http.method')`);
    expect(sql).not.toContain('FINAL');
  });

  it('reads raw rows without FINAL when dedup is off', () => {
    const { sql } = compileClickHouse18(
      { view: 'raw_trace_view', select: [count('n')], where: [has('services', 'cart')], dedup: false },
      rawTraceView,
      't',
    );
    expect(sql).toBe("SELECT count() AS `o$0` FROM t WHERE has(`services`, 'cart')");
  });
});

describe('planQuery', () => {
  const bad: [string, Query, RegExp][] = [
    ['unknown column', { view: 'span_event_view', select: [column('nope')] }, /unknown column 'nope'/],
    [
      'ungrouped column',
      { view: 'span_event_view', select: [column('service_name'), count('n')] },
      /'service_name' must be in groupBy/,
    ],
    [
      'has on a scalar',
      { view: 'span_event_view', select: [count('n')], where: [has('service_name', 'x')] },
      /'has' needs an array column/,
    ],
    [
      'compare an array',
      { view: 'span_event_view', select: [count('n')], where: [eq('attribute_keys', 'x')] },
      /cannot compare the array column/,
    ],
    ['quantile level', { view: 'span_event_view', select: [quantile('duration_micros', 1.5, 'q')] }, /p in \[0, 1\]/],
    [
      'sum of strings',
      { view: 'span_event_view', select: [{ kind: 'aggregate', fn: 'sum', column: 'span_name', as: 's' }] },
      /numeric column/,
    ],
    ['order by a non-output', { view: 'span_event_view', select: [count('n')], orderBy: [{ by: 'x' }] }, /orderBy 'x'/],
    ['bad limit', { view: 'span_event_view', select: [count('n')], limit: -1 }, /limit/],
    ['duplicate output', { view: 'span_event_view', select: [count('n'), count('n')] }, /selected twice/],
  ];
  for (const [what, q, message] of bad) {
    it(`refuses ${what} with INPUT_INVALID`, () => {
      expect(() => planQuery(q, spanEventView)).toThrow(message);
      try {
        planQuery(q, spanEventView);
      } catch (e) {
        expect((e as { code: string }).code).toBe('INPUT_INVALID');
      }
    });
  }
});
