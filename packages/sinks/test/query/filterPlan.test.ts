import { describe, expect, it } from 'vitest';
import { compileClickHouse18 } from '../../src/clickhouse/compileQuery18.js';
import { compileDuckDb } from '../../src/duckdb/compileQuery.js';
import {
  attributeCompare,
  attributeMatch,
  contains,
  count,
  eq,
  like,
  not,
  or,
  planQuery,
  startsWith,
} from '../../src/index.js';
import type { Filter, Query } from '../../src/index.js';
import { likePattern } from '../../src/query/stringMatch.js';
import { matchesString } from '../../src/testing/evaluateFilter.js';
import { fixtureSpanEventView } from '../../src/testing/index.js';

const VIEW = 'fixture_span_event_view';
const where = (...filters: Filter[]): Query => ({ view: VIEW, tenantId: 'acme', select: [count('n')], where: filters });

describe('string match patterns', () => {
  it('escapes %, _ and \\ in plain text and keeps LIKE wildcards', () => {
    expect(likePattern({ mode: 'prefix', pattern: '100%_off\\' })).toBe('100\\%\\_off\\\\%');
    expect(likePattern({ mode: 'contains', pattern: '' })).toBe('%%');
    expect(likePattern({ mode: 'suffix', pattern: 'X', caseInsensitive: true })).toBe('%x');
    expect(likePattern({ mode: 'like', pattern: 'A\\%_%\\\\' })).toBe('A\\%_%\\\\');
    expect(likePattern({ mode: 'like', pattern: 'a\\b' })).toBe('ab');
  });

  it('matches in memory as the engines do: _ is one code point, % crosses newlines, case folds ASCII only', () => {
    expect(matchesString('🚀', { mode: 'like', pattern: '_' })).toBe(true);
    expect(matchesString('a\nb', { mode: 'like', pattern: 'a%b' })).toBe(true);
    expect(matchesString('GET /Cart', { mode: 'prefix', pattern: 'get /c', caseInsensitive: true })).toBe(true);
    expect(matchesString('Ä', { mode: 'like', pattern: 'ä', caseInsensitive: true })).toBe(false);
    expect(matchesString('a.b', { mode: 'like', pattern: 'a_b' })).toBe(true);
    expect(matchesString('a(b', { mode: 'contains', pattern: '(' })).toBe(true);
  });
});

describe('planning filters', () => {
  const bad: [string, Query, RegExp][] = [
    ['a match on a number column', where(startsWith('duration_micros', '1')), /'match' needs a string column/],
    ['a LIKE pattern ending in a lone backslash', where(like('span_name', 'ab\\')), /lone '\\'/],
    ['a pattern with NUL', where(contains('span_name', 'a\0')), /NUL/],
    ['an unknown mode', where({ op: 'match', column: 'span_name', mode: 'regex' as 'like', pattern: 'x' }), /mode/],
    [
      'attributes on scalar columns',
      where(attributeMatch('span_name', 'attribute_values', 'k', 'prefix', 'x')),
      /string-array columns/,
    ],
    [
      'a non-finite number',
      where(attributeCompare('attribute_keys', 'attribute_values', 'k', 'gt', Number.NaN)),
      /finite number/,
    ],
    [
      'an unknown column inside a group',
      where(or(eq('service_name', 'a'), not(eq('nope', 1)))),
      /unknown column 'nope'/,
    ],
    ['no tenant', { view: VIEW, select: [count('n')] } as unknown as Query, /tenant/],
    ['an empty tenant', { view: VIEW, tenantId: '', select: [count('n')] }, /tenant/],
    ['a tenant that is no tenant id', { view: VIEW, tenantId: "a' OR 1=1", select: [count('n')] }, /not a tenant id/],
  ];
  for (const [what, q, message] of bad) {
    it(`refuses ${what} with INPUT_INVALID`, () => {
      expect(() => planQuery(q, fixtureSpanEventView)).toThrow(message);
      expect(() => planQuery(q, fixtureSpanEventView)).toThrow(expect.objectContaining({ code: 'INPUT_INVALID' }));
    });
  }

  it('refuses a view without tenant_id', () => {
    const { tenant_id: _, ...columns } = fixtureSpanEventView.columns;
    const view = { ...fixtureSpanEventView, columns } as unknown as typeof fixtureSpanEventView;
    expect(() => planQuery(where(), view)).toThrow(/no 'tenant_id' column/);
  });

  it('needs a tenant in the type', () => {
    // @ts-expect-error a Query without tenantId does not type-check
    const q: Query = { view: VIEW, select: [count('n')] };
    expect(() => compileDuckDb(q, fixtureSpanEventView, 't')).toThrow(/tenant/);
  });
});

describe('compiling filters', () => {
  const q = where(
    or(eq('service_name', 'cart'), not(startsWith('span_name', "it's 50%", { caseInsensitive: true }))),
    attributeCompare('attribute_keys', 'attribute_values', 'http.status_code', 'ge', 500),
  );

  it('ClickHouse 18: the tenant first, parenthesized groups, LIKE with backslash escapes, guarded numbers', () => {
    const { sql } = compileClickHouse18(q, fixtureSpanEventView, 't');
    expect(sql).toBe(
      "SELECT count() AS `o$0` FROM t FINAL WHERE `tenant_id` = 'acme' AND ((`service_name` = 'cart') OR " +
        "(NOT ((lower(`span_name`) LIKE 'it\\'s 50\\\\%%')))) AND (has(`attribute_keys`, 'http.status_code') AND " +
        "match(`attribute_values`[indexOf(`attribute_keys`, 'http.status_code')], '^-?[0-9]{1,20}(\\\\.[0-9]{1,20})?([eE][-+]?[0-9]{1,2})?$') AND " +
        "toFloat64OrZero(`attribute_values`[indexOf(`attribute_keys`, 'http.status_code')]) >= 500)",
    );
  });

  it("DuckDB: LIKE … ESCAPE '\\', ASCII folding with translate, absent attributes read ''", () => {
    const { sql } = compileDuckDb(q, fixtureSpanEventView, 't');
    expect(sql).toContain(
      `WHERE "tenant_id" = 'acme' AND (("service_name" = 'cart') OR (NOT ((translate("span_name", `,
    );
    expect(sql).toContain(`LIKE 'it''s 50\\%%' ESCAPE '\\'`);
    expect(sql).toContain(
      `coalesce(TRY_CAST(coalesce("attribute_values"[list_position("attribute_keys", 'http.status_code')], '') AS DOUBLE), 0) >= 500`,
    );
  });
});
