import { describe, expect, it } from 'vitest';
import { enrichedTraceCodec } from '../../../src/avro/codecs.js';
import { builtinViews } from '../../../src/builtins/views/index.js';
import { runView } from '../../../src/testing/runView.js';
import { traceBuilder } from '../../../src/testing/TraceBuilder.js';
import { checkoutTrace, rawCheckoutTrace } from './checkoutTrace.js';

/** Rows per view for the checkout (8 spans, 3 API visits, 5 call edges of which 3 to backends, 2 events). */
const ROWS = {
  span_event_view: { enriched: 8, raw: 8 },
  service_call_view: { enriched: 5, raw: 0 }, // edges come from enrichment
  raw_trace_view: { enriched: 1, raw: 1 },
  backend_entity_view: { enriched: 3, raw: 0 }, // backends come from enrichment
  raw_service_view: { enriched: 3, raw: 3 }, // unenriched: SERVER and CONSUMER spans
  log_event_view: { enriched: 2, raw: 2 },
  span_resource_view: { enriched: 3, raw: 3 }, // frontend, cart, payment
  span_link_view: { enriched: 0, raw: 0 }, // no links here: spanLinkView.test.ts
} as const;

describe('the built-in views', () => {
  it.each(builtinViews.map((v) => [v.name, v] as const))(
    '%s: typed rows with unique keys, the same on a replay, enriched or not',
    (name, view) => {
      const expected = ROWS[name as keyof typeof ROWS];
      expect(runView(view, checkoutTrace())).toHaveLength(expected.enriched);
      expect(runView(view, rawCheckoutTrace())).toHaveLength(expected.raw);
    },
  );

  it("are Hypertrace's six, by name, then the resources' and the links' views", () => {
    expect(builtinViews.map((v) => v.name)).toEqual([
      'span_event_view',
      'service_call_view',
      'raw_trace_view',
      'backend_entity_view',
      'raw_service_view',
      'log_event_view',
      'span_resource_view',
      'span_link_view',
    ]);
  });

  describe.each(builtinViews.map((v) => [v.name, v] as const))('%s', (_name, view) => {
    it('puts the tenant first: first column, first of the key and of the sort order', () => {
      expect(Object.keys(view.columns)[0]).toBe('tenant_id');
      expect(view.key[0]).toBe('tenant_id');
      expect(view.sortBy[0]).toBe('tenant_id');
    });

    it('is partitioned by a microsecond datetime column that it sorts by', () => {
      expect(view.columns[view.timeColumn]?.type).toBe('datetime');
      expect(view.sortBy).toContain(view.timeColumn);
    });

    it('sorts by what queries filter on, then time, then the key', () => {
      const keyTail = view.key.slice(1);
      expect(view.sortBy.slice(-keyTail.length)).toEqual(keyTail);
      expect(view.sortBy.indexOf(view.timeColumn)).toBe(view.sortBy.length - keyTail.length - 1);
    });

    it('gives the same rows for the trace read back from Kafka (EnrichedTrace Avro)', () => {
      const trace = checkoutTrace();
      const replayed = enrichedTraceCodec.decode(enrichedTraceCodec.encode(trace));
      expect(runView(view, replayed)).toEqual(runView(view, trace));
    });

    it('gives no row for an empty trace fragment', () => {
      const trace = traceBuilder().span('web', 'GET /').build();
      expect(runView(view, { ...trace, spans: [] })).toEqual([]);
    });
  });
});
