import { describe, expect, it } from 'vitest';
import { builtinViews } from '../../../src/builtins/views/index.js';
import { rawTraceView } from '../../../src/builtins/views/rawTraceView.js';
import { spanResourceView } from '../../../src/builtins/views/spanResourceView.js';
import type { Span } from '../../../src/model/Span.js';
import { createTrace } from '../../../src/model/Trace.js';
import type { Trace } from '../../../src/model/Trace.js';
import { runView } from '../../../src/testing/runView.js';
import { checkoutTrace } from './checkoutTrace.js';

/*
 * The grouper emits a trace after an inactivity gap; spans arriving later go out as follow-up fragments
 * (1, 2, …). Each fragment is enriched and viewed on its own, and may be replayed after a crash. Rows
 * of all fragments of a trace, replays included, must never share a key: stores deduplicate by key,
 * and a key shared by two different rows would drop one of them.
 */

/** Splits a trace into fragments by span number (1-based), keeping each span's enrichment and the edges within. */
function split(trace: Trace, groups: readonly (readonly number[])[]): Trace[] {
  return groups.map((numbers, fragment) => {
    const spans: Span[] = numbers.map((n) => trace.spans[n - 1]!);
    const ids = new Set(spans.map((s) => s.spanId));
    const edges = trace.callEdges.filter(
      (e) => ids.has(e.callerSpanId) && (e.calleeSpanId === '' || ids.has(e.calleeSpanId)),
    );
    return createTrace({ spans, fragment, callEdges: edges });
  });
}

const keyOf = (key: readonly string[], row: Record<string, unknown>): string =>
  JSON.stringify(key.map((k) => String(row[k])));

describe('a trace split into fragments', () => {
  const whole = checkoutTrace();
  const fragments = split(whole, [[1, 2, 3, 6, 7], [4, 5], [8]]);

  it.each(builtinViews.map((v) => [v.name, v] as const))('%s: no key shared across fragments', (_name, view) => {
    // runView fails on a key seen twice across the traces it is given.
    const rows = runView(view, fragments);
    const replayed = runView(view, [...fragments].reverse());
    const keys = (rs: readonly Record<string, unknown>[]) => new Set(rs.map((r) => keyOf(view.key, r)));
    expect(keys(replayed)).toEqual(keys(rows));
  });

  // Rows per fragment: raw_trace_view's and span_resource_view's keys hold the fragment.
  const perFragment = new Set(['raw_trace_view', 'span_resource_view']);
  it.each(builtinViews.filter((v) => !perFragment.has(v.name)).map((v) => [v.name, v] as const))(
    '%s: the fragments give the rows of the whole trace, by key',
    (_name, view) => {
      const byKey = (rs: readonly Record<string, unknown>[]) => new Set(rs.map((r) => keyOf(view.key, r)));
      expect(byKey(runView(view, fragments))).toEqual(byKey(runView(view, whole)));
    },
  );

  it('raw_trace_view: one row per fragment, merged on read into the whole trace', () => {
    const rows = runView(rawTraceView, fragments);
    expect(rows.map((r) => r.fragment)).toEqual([0, 1, 2]);
    const [wholeRow] = runView(rawTraceView, whole);
    expect(rows.reduce((n, r) => n + r.span_count, 0)).toBe(wholeRow?.span_count);
    expect(Math.min(...rows.map((r) => r.start_time))).toBe(wholeRow?.start_time);
    expect(Math.max(...rows.map((r) => r.end_time))).toBe(wholeRow?.end_time);
    expect(new Set(rows.flatMap((r) => r.services))).toEqual(new Set(wholeRow?.services));
  });

  it('span_resource_view: one row per resource and fragment, their span counts adding up to the whole trace', () => {
    const rows = runView(spanResourceView, fragments);
    const wholeRows = runView(spanResourceView, whole);
    expect(new Set(rows.map((r) => r.fragment))).toEqual(new Set([0, 1, 2]));
    expect(new Set(rows.map((r) => r.resource_id))).toEqual(new Set(wholeRows.map((r) => r.resource_id)));
    const spans = (rs: typeof rows) => rs.reduce((n, r) => n + r.span_count, 0);
    expect(spans(rows)).toBe(spans(wholeRows));
  });
});
