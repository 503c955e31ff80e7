// Compiled, never run: the published types reject what they must (an unused @ts-expect-error fails tsc,
// so types that degraded to `any` on the way to npm fail the install test).
import { defineEnricher, defineView } from '@ht/enricher-sdk';
import type { Attributes } from '@ht/enricher-sdk';
import { runEnricher, traceBuilder } from '@ht/enricher-sdk/testing';
import { customerTier } from './customerTier.js';

export function rejectedByTheTypes(): void {
  defineEnricher({
    name: 'writes-client-data',
    version: '1.0.0',
    enrichSpan(span) {
      // @ts-expect-error client attributes are read-only: no writable view of them
      const writable: Attributes = span.attr;
      void writable;
    },
  });
  defineView({
    name: 'bad_view',
    version: '1.0.0',
    columns: { trace_id: { type: 'string' }, start_time: { type: 'datetime' } },
    // @ts-expect-error the key must name a column
    key: ['span_id'],
    // @ts-expect-error a string is not a datetime (unix microseconds)
    fromTrace: (trace) => [{ trace_id: trace.traceId, start_time: 'now' }],
  });
  const trace = traceBuilder().span('web', 'GET /').build();
  // @ts-expect-error the config is typed by the zod schema
  void runEnricher(customerTier, trace, { header: 42 });
}
