import { builtinViews } from '@ht/enricher-sdk/builtins';
import { attributeEq, eq, planQuery } from '@ht/sinks';
import type { Query } from '@ht/sinks';
import { describe, expect, it } from 'vitest';
import {
  dependenciesQuery,
  JaegerRequestError,
  operationsQuery,
  servicesQuery,
  tagFilters,
  tenantScoped,
  traceSearchQuery,
} from '../../src/index.js';

const viewOf = (query: Query) => builtinViews.find((v) => v.name === query.view)!;

describe('the Jaeger API queries', () => {
  const search = {
    service: 'cart',
    operation: 'GET /cart',
    tags: new Map([
      ['error', 'true'],
      ['http.route', '/cart'],
    ]),
    startMicros: 1,
    endMicros: 2,
    minDurationMicros: 1.5,
    maxDurationMicros: 9.5,
    limit: 20,
    traceIds: [],
  };
  const queries: [string, Query][] = [
    ['services', servicesQuery('acme')],
    ['operations', operationsQuery('acme', 'cart', 'server')],
    ['trace search', traceSearchQuery('acme', search)],
    ['dependencies', dependenciesQuery('acme', { startMicros: 1, endMicros: 2 })],
  ];

  it.each(queries)('%s plans against its built-in view and reads one tenant', (_name, query) => {
    expect(() => planQuery(query, viewOf(query))).not.toThrow();
    expect(query.tenantId).toBe('acme');
  });

  it('puts every condition of a search on one span row, durations rounded inward to whole µs', () => {
    expect(traceSearchQuery('acme', search).where).toEqual(
      expect.arrayContaining([
        eq('service_name', 'cart'),
        eq('span_name', 'GET /cart'),
        { op: 'ge', column: 'duration_micros', value: 2 },
        { op: 'le', column: 'duration_micros', value: 9 },
        eq('status_code', 'ERROR'),
        attributeEq('attribute_keys', 'attribute_values', 'http.route', '/cart'),
      ]),
    );
  });

  it('reads span rows without deduplication (no FINAL on ClickHouse) for the search, where replays change no trace id', () => {
    expect(traceSearchQuery('acme', search).dedup).toBe(false);
    expect(traceSearchQuery('acme', search).groupBy).toEqual(['trace_id']);
    // Counting calls needs one row per key.
    expect(dependenciesQuery('acme', { startMicros: 1, endMicros: 2 }).dedup).toBeUndefined();
  });

  it('gives the special tag keys the meaning Jaeger v2 gives them', () => {
    expect(tagFilters('error', 'false')).toEqual([eq('status_code', 'OK')]);
    expect(tagFilters('span.status', 'error')).toEqual([eq('status_code', 'ERROR')]);
    expect(tagFilters('span.status', 'whatever')).toEqual([eq('status_code', 'UNSET')]);
    expect(tagFilters('span.kind', 'Consumer')).toEqual([eq('span_kind', 'CONSUMER')]);
    expect(tagFilters('span.kind', '__proto__')).toEqual([eq('span_kind', '')]);
    expect(tagFilters('resource.service.name', 'cart')).toEqual([eq('service_name', 'cart')]);
    expect(tagFilters('error', 'maybe')).toHaveLength(2);
    expect(() => tagFilters('scope.name', 'x')).toThrow(JaegerRequestError);
    expect(() => tagFilters('resource.host.name', 'x')).toThrow(/resource attributes/);
  });

  it('scopes any query to its tenant (Query.tenantId), its own filters unchanged', () => {
    const scoped = tenantScoped('t1', { view: 'v', select: [], where: [eq('a', 1)] });
    expect(scoped.tenantId).toBe('t1');
    expect(scoped.where).toEqual([eq('a', 1)]);
  });
});
