import { builtinViews } from '@ht/enricher-sdk/builtins';
import { builtinRollups, serviceRedRollup } from '@ht/sinks';
import { describe, expect, it } from 'vitest';
import { pipelineRollups } from '../../src/local/index.js';

const names = (rollups: readonly { name: string }[]): string[] => rollups.map((r) => r.name);

describe('pipelineRollups', () => {
  it('keeps the built-in rollups rebuilt on a store that rebuilds rollups (ClickHouse)', () => {
    const { ensure, rebuild } = pipelineRollups({ rollups: 'rebuilt' }, builtinViews, undefined);
    expect(names(ensure)).toEqual(names(builtinRollups));
    expect(names(rebuild)).toEqual(names(builtinRollups));
  });

  it('registers them for queries but rebuilds nothing where rollups are computed on query (DuckDB)', () => {
    const { ensure, rebuild } = pipelineRollups({ rollups: 'on-query' }, builtinViews, undefined);
    expect(names(ensure)).toEqual(names(builtinRollups));
    expect(rebuild).toEqual([]);
  });

  it('leaves out the rollups of a view turned off, and takes the configured rollups instead of the built-in ones', () => {
    const withoutCalls = builtinViews.filter((v) => v.name !== 'service_call_view');
    expect(names(pipelineRollups({ rollups: 'rebuilt' }, withoutCalls, undefined).rebuild)).toEqual([
      'service_red_1m',
      'api_red_1m',
      'backend_red_1m',
    ]);
    expect(pipelineRollups({ rollups: 'rebuilt' }, builtinViews, [serviceRedRollup]).rebuild).toEqual([
      serviceRedRollup,
    ]);
    expect(pipelineRollups({ rollups: 'rebuilt' }, builtinViews, []).rebuild).toEqual([]);
  });
});
