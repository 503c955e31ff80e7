import DataLoader from 'dataloader';
import type { QueryRow } from '@ht/sinks';
import type { QueryContext } from '../query/QueryContext.js';
import { storeError } from '../query/runStoreQuery.js';
import { num, strings, text } from './rowValues.js';
import type { AttributeObject } from './spanObject.js';
import { someSpans, spansByTrace } from './spanEventsLoader.js';
import type { SpanRef } from './spanEventsLoader.js';

/**
 * A span's resource, as `Span.resource` asks it: the trace and the span's `resource_id`
 * (span_event_view 0.2.0).
 *
 * @example
 * ```ts
 * const ref: ResourceRef = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', resourceId: 'r1' };
 * ```
 */
export interface ResourceRef {
  readonly traceId: string;
  readonly resourceId: string;
}

/**
 * A `SpanLink` of the schema, read from a `span_link_view` row.
 *
 * @example
 * ```ts
 * const link: LinkObject = { index: 0, traceId: 'ab…', spanId: 'cd…', traceState: '', attributes: [] };
 * ```
 */
export interface LinkObject {
  readonly index: number;
  readonly traceId: string;
  readonly spanId: string;
  readonly traceState: string;
  readonly attributes: readonly AttributeObject[];
}

const attributesOf = (row: QueryRow): AttributeObject[] => {
  const values = strings(row, 'attribute_values');
  return strings(row, 'attribute_keys').map((key, i) => ({ key, value: values[i] ?? '' }));
};

/**
 * Reads one view's rows of each distinct trace asked (trace by id, the request's tenant), of the spans
 * asked only when `spans` gives them; none when the view is not served.
 */
async function rowsByTrace(
  ctx: QueryContext,
  view: string,
  traceIds: readonly string[],
  spans?: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<QueryRow[]> {
  if (!ctx.catalog.has(view)) return [];
  const all = await Promise.all(
    [...new Set(traceIds)].map((traceId) => {
      const spanIds = spans?.get(traceId);
      return ctx.store.traceRows(view, ctx.tenantId, traceId, spanIds ? someSpans(spanIds) : {}).catch((e: unknown) => {
        throw storeError(e, ctx.limits);
      });
    }),
  );
  return all.flat();
}

/**
 * Batches `Span.resource`: one `span_resource_view` read per trace asked, the attributes of each resource
 * by its id (every fragment of a trace repeats its resources: the first row read wins).
 *
 * @example
 * ```ts
 * const attributes = await spanResourceLoader(() => context).load({ traceId, resourceId });
 * ```
 */
export function spanResourceLoader(context: () => QueryContext): DataLoader<ResourceRef, AttributeObject[], string> {
  return new DataLoader<ResourceRef, AttributeObject[], string>(
    async (refs) => {
      const rows = await rowsByTrace(
        context(),
        'span_resource_view',
        refs.map((r) => r.traceId),
      );
      const byResource = new Map<string, AttributeObject[]>();
      for (const row of rows) {
        const key = `${text(row, 'trace_id')}/${text(row, 'resource_id')}`;
        if (!byResource.has(key)) byResource.set(key, attributesOf(row));
      }
      return refs.map((r) => (r.resourceId === '' ? [] : (byResource.get(`${r.traceId}/${r.resourceId}`) ?? [])));
    },
    { cacheKeyFn: (r) => `${r.traceId}/${r.resourceId}` },
  );
}

/**
 * Batches `Span.links`: one `span_link_view` read per trace asked (of the spans asked only, when they are
 * up to 1,000), each span's links in their order.
 *
 * @example
 * ```ts
 * const links = await spanLinksLoader(() => context).load({ traceId, spanId });
 * ```
 */
export function spanLinksLoader(context: () => QueryContext): DataLoader<SpanRef, LinkObject[], string> {
  return new DataLoader<SpanRef, LinkObject[], string>(
    async (refs) => {
      const rows = await rowsByTrace(
        context(),
        'span_link_view',
        refs.map((r) => r.traceId),
        spansByTrace(refs),
      );
      const bySpan = new Map<string, Map<number, LinkObject>>();
      for (const row of rows) {
        const key = `${text(row, 'trace_id')}/${text(row, 'span_id')}`;
        const links = bySpan.get(key) ?? new Map<number, LinkObject>();
        bySpan.set(key, links);
        const index = num(row, 'link_index');
        links.set(index, {
          index,
          traceId: text(row, 'linked_trace_id'),
          spanId: text(row, 'linked_span_id'),
          traceState: text(row, 'linked_trace_state'),
          attributes: attributesOf(row),
        });
      }
      return refs.map((r) =>
        [...(bySpan.get(`${r.traceId}/${r.spanId}`)?.values() ?? [])].sort((a, b) => a.index - b.index),
      );
    },
    { cacheKeyFn: (r) => `${r.traceId}/${r.spanId}` },
  );
}
