import { describe, expect, it } from 'vitest';
import { column, count, eq, has, planQuery, quantile } from '../../src/index.js';
import type { Query } from '../../src/index.js';
import { fixtureSpanEventView } from '../../src/testing/index.js';

describe('planQuery', () => {
  const bad: [string, Query, RegExp][] = [
    [
      'unknown column',
      { view: 'fixture_span_event_view', tenantId: 'default', select: [column('nope')] },
      /unknown column 'nope'/,
    ],
    [
      'ungrouped column',
      { view: 'fixture_span_event_view', tenantId: 'default', select: [column('service_name'), count('n')] },
      /'service_name' must be in groupBy/,
    ],
    [
      'has on a scalar',
      { view: 'fixture_span_event_view', tenantId: 'default', select: [count('n')], where: [has('service_name', 'x')] },
      /'has' needs an array column/,
    ],
    [
      'compare an array',
      {
        view: 'fixture_span_event_view',
        tenantId: 'default',
        select: [count('n')],
        where: [eq('attribute_keys', 'x')],
      },
      /cannot compare the array column/,
    ],
    [
      'quantile level',
      { view: 'fixture_span_event_view', tenantId: 'default', select: [quantile('duration_micros', 1.5, 'q')] },
      /p in \[0, 1\]/,
    ],
    [
      'sum of strings',
      {
        view: 'fixture_span_event_view',
        tenantId: 'default',
        select: [{ kind: 'aggregate', fn: 'sum', column: 'span_name', as: 's' }],
      },
      /numeric column/,
    ],
    [
      'order by a non-output',
      { view: 'fixture_span_event_view', tenantId: 'default', select: [count('n')], orderBy: [{ by: 'x' }] },
      /orderBy 'x'/,
    ],
    ['bad limit', { view: 'fixture_span_event_view', tenantId: 'default', select: [count('n')], limit: -1 }, /limit/],
    [
      'duplicate output',
      { view: 'fixture_span_event_view', tenantId: 'default', select: [count('n'), count('n')] },
      /selected twice/,
    ],
  ];
  for (const [what, q, message] of bad) {
    it(`refuses ${what} with INPUT_INVALID`, () => {
      expect(() => planQuery(q, fixtureSpanEventView)).toThrow(message);
      try {
        planQuery(q, fixtureSpanEventView);
      } catch (e) {
        expect((e as { code: string }).code).toBe('INPUT_INVALID');
      }
    });
  }
});
