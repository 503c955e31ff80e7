import {
  createResource,
  createScope,
  createSpan,
  createSpanEvent,
  createSpanLink,
  createTrace,
} from '../../src/index.js';
import type { Resource, Span, Trace } from '../../src/index.js';

export const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
/** A value that a double cannot hold exactly. */
export const ABOVE_2_53 = 2n ** 53n + 1n;
export const START = 1_700_000_000_123_456_789n;

export function fullSpan(spanId: string, resource: Resource, parentSpanId = ''): Span {
  return createSpan({
    tenantId: 'acme',
    traceId: TRACE_ID,
    spanId,
    parentSpanId,
    traceState: 'ot=p:8',
    flags: 1,
    name: 'GET /users/{id}',
    kind: 'CLIENT',
    startTimeUnixNano: START,
    endTimeUnixNano: START + ABOVE_2_53,
    statusCode: 'ERROR',
    statusMessage: 'timeout',
    attributes: {
      s: 'x',
      i: ABOVE_2_53,
      neg: -(2n ** 63n),
      d: 0.1,
      b: true,
      raw: new Uint8Array([9, 8, 7]),
      ss: ['a'],
      is: [ABOVE_2_53, -1n],
      ds: [Number.NaN, 2.5],
      bs: [false, true],
      empty: [],
    },
    resource,
    scope: createScope({ name: 'http', version: '1.2', attributes: { k: 1n } }),
    events: [
      createSpanEvent({
        name: 'exception',
        timeUnixNano: START + 1n,
        attributes: { 'exception.type': 'E' },
        droppedAttributesCount: 1,
      }),
    ],
    links: [
      createSpanLink({
        traceId: 'f'.repeat(32),
        spanId: 'e'.repeat(16),
        traceState: 't',
        flags: 1,
        attributes: { n: 2n },
      }),
    ],
    droppedAttributesCount: 3,
    droppedEventsCount: 4,
    droppedLinksCount: 5,
    receivedAtUnixNano: START + 10n,
    sourceFormat: 'jaeger',
    enriched: { 'ht.api.name': 'GET /users/{id}', 'ht.exit.count': ABOVE_2_53 },
  });
}

export function serviceResource(name: string): Resource {
  return createResource({
    attributes: { 'service.name': name, 'host.name': `${name}-1` },
    schemaUrl: 'u',
    droppedAttributesCount: 2,
  });
}

export function enrichedTrace(): Trace {
  const frontend = serviceResource('frontend');
  const spans = [
    fullSpan('00000000000000a1', frontend),
    fullSpan('00000000000000a2', frontend, '00000000000000a1'),
    // An equal but distinct resource object, as spans decoded from separate RawSpans carry.
    fullSpan('00000000000000a3', serviceResource('frontend'), '00000000000000a2'),
    fullSpan('00000000000000b1', serviceResource('backend'), '00000000000000a2'),
  ];
  const trace = createTrace({ spans, fragment: 3, enriched: { 'ht.trace.has_error': true } });
  trace.entities.push({
    id: 'svc-1',
    tenantId: 'acme',
    type: 'SERVICE',
    name: 'frontend',
    attributes: { env: 'prod' },
  });
  trace.callEdges.push({
    id: '00000000000000a2:00000000000000b1',
    callerSpanId: '00000000000000a2',
    calleeSpanId: '00000000000000b1',
    callerServiceId: 'svc-1',
    callerApiId: '',
    calleeType: 'SERVICE',
    calleeId: 'svc-2',
    calleeApiId: 'api-2',
  });
  trace.enrichmentErrors.push({
    enricher: 'geo',
    spanId: '00000000000000a1',
    code: 'TIMEOUT',
    message: 'took over 100 ms',
  });
  return trace;
}
