import DataLoader from 'dataloader';
import { isIn } from '@ht/sinks';
import type { TraceRowsOptions } from '@ht/sinks';
import type { QueryContext } from '../query/QueryContext.js';
import { storeError } from '../query/runStoreQuery.js';
import { logEventObject } from './spanObject.js';
import type { LogEventObject } from './spanObject.js';

/**
 * A span whose events are asked.
 *
 * @example
 * ```ts
 * const events = await loaders.spanEvents.load({ traceId, spanId });
 * ```
 */
export interface SpanRef {
  readonly traceId: string;
  readonly spanId: string;
}

/**
 * Up to this many spans of one trace asked, a trace's events and links are read for those spans only
 * (`span_id IN …`: a span selected in a 100,000-span trace); more, and the whole trace is read.
 */
const SOME_SPANS_MAX = 1_000;

/**
 * The span ids asked, per trace.
 *
 * @example
 * ```ts
 * spansByTrace([{ traceId: 't', spanId: 'a' }, { traceId: 't', spanId: 'b' }]); // Map { 't' => Set { 'a', 'b' } }
 * ```
 */
export function spansByTrace(refs: readonly SpanRef[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of refs) {
    const ids = out.get(r.traceId);
    if (ids) ids.add(r.spanId);
    else out.set(r.traceId, new Set([r.spanId]));
  }
  return out;
}

/**
 * The trace read of the rows of `spanIds` only, when they are a few; of the whole trace otherwise.
 *
 * @example
 * ```ts
 * await store.traceRows('span_link_view', tenant, traceId, someSpans(new Set(['a1b2c3d4e5f60718'])));
 * ```
 */
export function someSpans(spanIds: ReadonlySet<string>): TraceRowsOptions {
  return spanIds.size <= SOME_SPANS_MAX ? { where: [isIn('span_id', [...spanIds])] } : {};
}

/**
 * The batched span-events look-up of one request: the events of every span asked, one trace-by-id read
 * of `log_event_view` per trace (scoped to the request's tenant; of the spans asked only, when they are
 * up to 1,000), whatever the number of spans.
 *
 * @example
 * ```ts
 * const loader = spanEventsLoader(() => context);
 * ```
 */
export function spanEventsLoader(context: () => QueryContext): DataLoader<SpanRef, LogEventObject[], string> {
  return new DataLoader<SpanRef, LogEventObject[], string>(
    async (refs) => {
      const ctx = context();
      if (!ctx.catalog.has('log_event_view')) return refs.map(() => []);
      const bySpan = new Map<string, LogEventObject[]>();
      await Promise.all(
        [...spansByTrace(refs)].map(async ([traceId, spanIds]) => {
          const rows = await ctx.store
            .traceRows('log_event_view', ctx.tenantId, traceId, someSpans(spanIds))
            .catch((e: unknown) => {
              throw storeError(e, ctx.limits);
            });
          for (const event of rows.map(logEventObject)) {
            const key = `${event.traceId}/${event.spanId}`;
            const list = bySpan.get(key);
            if (list) list.push(event);
            else bySpan.set(key, [event]);
          }
        }),
      );
      return refs.map((r) => (bySpan.get(`${r.traceId}/${r.spanId}`) ?? []).sort((a, b) => a.index - b.index));
    },
    { cacheKeyFn: (r) => `${r.traceId}/${r.spanId}` },
  );
}
