import { describe, expect, it } from 'vitest';
import { compileDuckDb } from '../../src/duckdb/compileQuery.js';
import { fixtureSpanEventView } from '../../src/testing/index.js';
import { query } from '../support/sampleQuery.js';

describe('DuckDB query compiler', () => {
  it('DuckDB: epoch_us, FILTER, quantile_cont, list functions, no FINAL', () => {
    const { sql } = compileDuckDb(query, fixtureSpanEventView, '"main"."fixture_span_event_view"');
    expect(sql).toContain('(epoch_us("start_time") // 60000000) * 60000000 AS "o$0"');
    expect(sql).toContain(`count(*) FILTER (WHERE "status_code" = 'ERROR') AS "o$3"`);
    expect(sql).toContain('quantile_cont("duration_micros", 0.99) AS "o$4"');
    expect(sql).toContain('count(DISTINCT "trace_id") AS "o$5"');
    expect(sql).toContain(`WHERE "tenant_id" = 'acme' AND "span_name" = 'o''neil'`);
    expect(sql).toContain('"start_time" >= make_timestamp(CAST(1767225600000000 AS BIGINT))');
    expect(sql).toContain(`list_contains("attribute_keys", 'http.method')`);
    expect(sql).not.toContain('FINAL');
  });
});
