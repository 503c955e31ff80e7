import { describe, expect, it } from 'vitest';
import { builtinEnrichers } from '../../../src/builtins/index.js';
import { builtinViews } from '../../../src/builtins/views/index.js';
import type { Trace } from '../../../src/model/Trace.js';
import { runEnricher } from '../../../src/testing/runEnricher.js';
import { runView } from '../../../src/testing/runView.js';
import { CASES } from '../enrichers/fixtures/index.js';
import { checkoutTrace, rawCheckoutTrace } from './checkoutTrace.js';

/*
 * The views over traces enriched by the real built-in chain: the enrichers' golden cases (HTTP, gRPC,
 * SQL, Redis, Kafka, errors, broken parents, clock skew, Zipkin tags) and the checkout fixture, whose
 * hand-set enrichment the other view tests rely on.
 */

async function enrich(traces: Trace[]): Promise<Trace[]> {
  const [last, ...others] = [...builtinEnrichers].reverse();
  const run = await runEnricher(last!, traces, undefined, { with: others });
  expect(run.errors).toEqual([]);
  return traces;
}

const keysOf = (view: (typeof builtinViews)[number], rows: readonly Record<string, unknown>[]) =>
  rows.map((r) => JSON.stringify(view.key.map((k) => String(r[k]))));

describe('views over traces the built-in enrichers enriched', () => {
  it.each(Object.keys(CASES))('golden case %s: every view gives valid rows with unique keys', async (name) => {
    const traces = await enrich(CASES[name]!());
    const rows = Object.fromEntries(builtinViews.map((v) => [v.name, runView(v, traces)]));
    const spans = traces.flatMap((t) => t.spans);
    expect(rows['span_event_view']).toHaveLength(spans.length);
    expect(rows['raw_trace_view']).toHaveLength(traces.length);
    expect(rows['service_call_view']).toHaveLength(traces.reduce((n, t) => n + t.callEdges.length, 0));
    expect(rows['backend_entity_view']).toHaveLength(spans.filter((s) => s.enriched.has('ht.backend.id')).length);
    expect(rows['raw_service_view']).toHaveLength(
      spans.filter((s) => s.enriched.string('ht.api.boundary') === 'ENTRY').length,
    );
    expect(rows['log_event_view']).toHaveLength(spans.reduce((n, s) => n + s.events.length, 0));
  });

  it.each(builtinViews.map((v) => [v.name, v] as const))(
    '%s: the checkout fixture has the rows (keys) the real enrichers give',
    async (_name, view) => {
      const [real] = await enrich([rawCheckoutTrace()]);
      expect(keysOf(view, runView(view, real!))).toEqual(keysOf(view, runView(view, checkoutTrace())));
    },
  );

  it('the checkout fixture names services, APIs, backends and call edges as the real enrichers do', async () => {
    const [real] = await enrich([rawCheckoutTrace()]);
    const fixture = checkoutTrace();
    const pick = (trace: Trace) => ({
      spans: runView(builtinViews[0]!, trace).map((r) => [
        r['service_name'],
        r['service_id'],
        r['api_name'],
        r['span_type'],
      ]),
      edges: runView(builtinViews[1]!, trace).map((r) => [r['caller_api_id'], r['callee_name'], r['callee_id']]),
      visits: runView(builtinViews[4]!, trace).map((r) => [r['api_id'], r['is_error'], r['exit_call_count']]),
    });
    expect(pick(real!)).toEqual(pick(fixture));
  });
});
