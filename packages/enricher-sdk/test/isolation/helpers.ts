import { createSpan, createTrace, defineEnricher, defineView } from '../../src/index.js';
import type { Trace } from '../../src/index.js';

const T = '0af7651916cd43dd8448eb211c80319c';

/** A trace whose spans have the given names (ids 1..n, the first one the root). */
export function traceOf(...names: string[]): Trace {
  const spans = names.map((name, i) =>
    createSpan({
      traceId: T,
      spanId: (i + 1).toString(16).padStart(16, '0'),
      parentSpanId: i === 0 ? '' : '0000000000000001',
      name,
      startTimeUnixNano: 1_700_000_000_000_000_000n,
      endTimeUnixNano: 1_700_000_000_001_000_000n,
    }),
  );
  return createTrace({ spans });
}

/** An enricher that marks every span with `ht.<name>` (proves it ran). */
export function marker(name: string) {
  return defineEnricher({
    name,
    version: '1',
    enrichSpan(span) {
      span.enriched.set(`ht.${name}`, true);
    },
  });
}

/** A view named `name` giving one row per span (proves it ran); `fromTrace` runs `before` first. */
export function spanRows(name: string, before: (trace: Trace) => void = () => undefined) {
  return defineView({
    name,
    version: '1',
    columns: { tenant_id: { type: 'lowCardinalityString' }, trace_id: { type: 'string' }, span_id: { type: 'string' } },
    key: ['tenant_id', 'trace_id', 'span_id'],
    fromTrace(trace) {
      before(trace);
      return trace.spans.map((s) => ({ tenant_id: s.tenantId, trace_id: s.traceId, span_id: s.spanId }));
    },
  });
}

/** Blocks the thread for `ms` milliseconds (synchronous work a timer cannot interrupt). */
export function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    /* spinning */
  }
}
