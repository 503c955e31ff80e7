import DataLoader from 'dataloader';
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
 * The batched span-events look-up of one request: the events of every span asked, one trace-by-id read
 * of `log_event_view` per trace (scoped to the request's tenant), whatever the number of spans.
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
      const traces = [...new Set(refs.map((r) => r.traceId))];
      const bySpan = new Map<string, LogEventObject[]>();
      await Promise.all(
        traces.map(async (traceId) => {
          const rows = await ctx.store.traceRows('log_event_view', ctx.tenantId, traceId).catch((e: unknown) => {
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
