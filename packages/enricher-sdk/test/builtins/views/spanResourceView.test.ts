import { describe, expect, it } from 'vitest';
import { spanEventView } from '../../../src/builtins/views/spanEventView.js';
import { spanResourceView } from '../../../src/builtins/views/spanResourceView.js';
import { runView } from '../../../src/testing/runView.js';
import { checkoutTrace } from './checkoutTrace.js';

describe('span_resource_view', () => {
  it("has one row per resource of the fragment, with all its attributes and the id its spans' rows carry", () => {
    const trace = checkoutTrace();
    const rows = runView(spanResourceView, trace);
    expect(rows.map((r) => [r.service_name, r.span_count])).toEqual([
      ['frontend', 4],
      ['cart', 3],
      ['payment', 1],
    ]);
    const spans = runView(spanEventView, trace);
    for (const row of rows) {
      const own = spans.filter((s) => s.resource_id === row.resource_id);
      expect(own.map((s) => s.service_name)).toEqual(own.map(() => row.service_name));
      expect(own).toHaveLength(row.span_count);
      expect(row.start_time).toBe(Math.min(...own.map((s) => s.start_time)));
      expect(row).toMatchObject({ tenant_id: 'acme', trace_id: trace.traceId, session: 0, fragment: 0 });
    }
    const frontend = rows[0]!;
    expect(frontend.attribute_keys).toEqual(['deployment.environment.name', 'service.name']);
    expect(frontend.attribute_values).toEqual(['prod', 'frontend']);
  });

  it('keys late fragments apart: same resource, another fragment, another row', () => {
    const [first] = runView(spanResourceView, checkoutTrace());
    const [late] = runView(spanResourceView, checkoutTrace(undefined, 1));
    expect(late?.resource_id).toBe(first?.resource_id);
    expect(late?.fragment).toBe(1);
  });
});
