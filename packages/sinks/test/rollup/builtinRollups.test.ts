import type { ViewDefinition } from '@ht/enricher-sdk';
import { builtinViews, rawServiceView } from '@ht/enricher-sdk/builtins';
import { describe, expect, it } from 'vitest';
import { builtinRollups, builtinRollupsFor } from '../../src/index.js';

describe('the built-in rollups', () => {
  it('cover service, API and backend RED and the service-call edges of the built-in views', () => {
    expect(builtinRollups.map((r) => [r.name, r.view.name, r.entity])).toEqual([
      ['service_red_1m', 'raw_service_view', ['service_name']],
      ['api_red_1m', 'raw_service_view', ['service_name', 'api_name']],
      ['backend_red_1m', 'backend_entity_view', ['backend_name', 'backend_type']],
      ['service_call_red_1m', 'service_call_view', ['caller_service', 'callee_name', 'callee_type']],
    ]);
    expect(builtinRollupsFor(builtinViews).map((r) => r.name)).toEqual(builtinRollups.map((r) => r.name));
  });

  it('builtinRollupsFor leaves out the rollups of a view turned off, or of a view of that name without their columns', () => {
    const withoutBackends = builtinViews.filter((v) => v.name !== 'backend_entity_view');
    expect(builtinRollupsFor(withoutBackends).map((r) => r.name)).toEqual([
      'service_red_1m',
      'api_red_1m',
      'service_call_red_1m',
    ]);
    const { is_error: _dropped, ...columns } = rawServiceView.columns;
    const withoutIsError: ViewDefinition = { ...(rawServiceView as ViewDefinition), columns };
    const views = builtinViews.map((v) => (v.name === 'raw_service_view' ? withoutIsError : v));
    expect(builtinRollupsFor(views).map((r) => r.name)).toEqual(['backend_red_1m', 'service_call_red_1m']);
  });

  it('builtinRollupsFor binds each rollup to the view it is given (a newer version with more columns)', () => {
    const newer: ViewDefinition = {
      ...(rawServiceView as ViewDefinition),
      version: '0.2.0',
      columns: { ...rawServiceView.columns, region: { type: 'lowCardinalityString' } },
    };
    const views = builtinViews.map((v) => (v.name === 'raw_service_view' ? newer : v));
    const [service] = builtinRollupsFor(views);
    expect(service?.view).toBe(newer);
  });
});
