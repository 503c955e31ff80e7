import { describe, expect, it } from 'vitest';
import { enrichedTraceCodec } from '../../../src/avro/codecs.js';
import { spanLinkView } from '../../../src/builtins/views/spanLinkView.js';
import { createResource, createSpan, createSpanLink, createTrace } from '../../../src/index.js';
import { runView } from '../../../src/testing/runView.js';

const PRODUCER_A = { traceId: '1'.repeat(32), spanId: '2'.repeat(16) };
const PRODUCER_B = { traceId: '3'.repeat(32), spanId: '4'.repeat(16) };

/** A batch consumer span linking the two producers' spans, and a plain child without links. */
function batchTrace() {
  const resource = createResource({ attributes: { 'service.name': 'billing' } });
  const times = { startTimeUnixNano: 1_700_000_000_000_000_000n, endTimeUnixNano: 1_700_000_000_002_000_000n };
  const consumer = createSpan({
    tenantId: 'acme',
    traceId: 'a'.repeat(32),
    spanId: 'b'.repeat(16),
    name: 'invoices process',
    kind: 'CONSUMER',
    ...times,
    resource,
    links: [
      createSpanLink({
        ...PRODUCER_A,
        traceState: 'vendor=1',
        attributes: { 'messaging.message.id': 'm-1', "it's": '\\' },
      }),
      createSpanLink(PRODUCER_B),
    ],
  });
  const child = createSpan({
    ...times,
    tenantId: 'acme',
    traceId: 'a'.repeat(32),
    spanId: 'c'.repeat(16),
    parentSpanId: 'b'.repeat(16),
    name: 'write',
    resource,
  });
  return createTrace({ spans: [consumer, child] });
}

describe('span_link_view', () => {
  it("has one row per link, in the span's order, with the linking span and the link's attributes", () => {
    const rows = runView(spanLinkView, batchTrace());
    expect(rows).toEqual([
      {
        tenant_id: 'acme',
        service_name: 'billing',
        span_name: 'invoices process',
        start_time: 1_700_000_000_000_000,
        trace_id: 'a'.repeat(32),
        span_id: 'b'.repeat(16),
        link_index: 0,
        linked_trace_id: PRODUCER_A.traceId,
        linked_span_id: PRODUCER_A.spanId,
        linked_trace_state: 'vendor=1',
        attribute_keys: ["it's", 'messaging.message.id'],
        attribute_values: ['\\', 'm-1'],
      },
      expect.objectContaining({ link_index: 1, linked_trace_id: PRODUCER_B.traceId, attribute_keys: [] }) as unknown,
    ]);
  });

  it('gives the same rows for the trace read back from Kafka (links survive the Avro form)', () => {
    const trace = batchTrace();
    expect(runView(spanLinkView, enrichedTraceCodec.decode(enrichedTraceCodec.encode(trace)))).toEqual(
      runView(spanLinkView, trace),
    );
  });
});
