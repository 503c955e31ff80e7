import { expect } from 'vitest';
import { serviceName } from '@ht/enricher-sdk';
import type { AttributeValue, Span } from '@ht/enricher-sdk';

/** What a receiver must produce for one span a real client sent. */
export interface ExpectedSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string;
  readonly name: string;
  readonly kind: Span['kind'];
  readonly status: Span['statusCode'];
  readonly statusMessage?: string;
  readonly start: bigint;
  readonly end: bigint;
  readonly service: string;
  /** Every one must be present with this exact value (typed); others may exist too unless `exactAttributes`. */
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly exactAttributes?: boolean;
  readonly scope?: string;
  readonly events?: readonly { name: string; time: bigint; attributes: Readonly<Record<string, AttributeValue>> }[];
  readonly links?: readonly { traceId: string; spanId: string; attributes: Readonly<Record<string, AttributeValue>> }[];
}

/** Asserts that `received` holds exactly the expected spans (by span id), every field intact. */
export function expectSpans(received: readonly Span[], expected: readonly ExpectedSpan[], tenantId = 'default'): void {
  expect(received.map((s) => s.spanId).sort()).toEqual(expected.map((s) => s.spanId).sort());
  for (const want of expected) {
    const got = received.find((s) => s.spanId === want.spanId)!;
    const context = `span '${want.name}'`;
    expect(
      {
        tenantId: got.tenantId,
        traceId: got.traceId,
        parentSpanId: got.parentSpanId,
        name: got.name,
        kind: got.kind,
        status: got.statusCode,
        start: got.startTimeUnixNano,
        end: got.endTimeUnixNano,
        service: serviceName(got.resource),
      },
      context,
    ).toEqual({
      tenantId,
      traceId: want.traceId,
      parentSpanId: want.parentSpanId,
      name: want.name,
      kind: want.kind,
      status: want.status,
      start: want.start,
      end: want.end,
      service: want.service,
    });
    if (want.statusMessage !== undefined) expect(got.statusMessage, context).toBe(want.statusMessage);
    if (want.scope !== undefined) expect(got.scope.name, context).toBe(want.scope);
    const attrs = got.attr.toObject();
    if (want.exactAttributes) expect(attrs, context).toEqual(want.attributes);
    else expect(attrs, context).toMatchObject(want.attributes);
    if (want.events) {
      expect(
        got.events.map((e) => ({ name: e.name, time: e.timeUnixNano, attributes: e.attr.toObject() })),
        context,
      ).toEqual(want.events);
    }
    if (want.links) {
      expect(
        got.links.map((l) => ({ traceId: l.traceId, spanId: l.spanId, attributes: l.attr.toObject() })),
        context,
      ).toEqual(want.links);
    }
  }
}
