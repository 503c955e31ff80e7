import { SpanAttr } from '@ht/enricher-sdk';
import { attributeValue, column, isIn } from '@ht/sinks';
import type { QueryRow, Selection, TraceRowsOptions } from '@ht/sinks';
import { limitError } from '../limits/limitError.js';
import type { QueryContext } from '../query/QueryContext.js';
import { storeError } from '../query/runStoreQuery.js';
import { traceIdArgument } from './contractResolvers.js';
import { text } from './rowValues.js';
import { spanObject, spanTreeFields } from './spanObject.js';
import type { SpanObject } from './spanObject.js';

/**
 * A `SpanOutline` of the schema: a span's place in its trace, without its attributes, events and links.
 *
 * @example
 * ```ts
 * const outline = (await traceOutline(context, traceId))?.spans.filter((s) => s.onCriticalPath);
 * ```
 */
export interface SpanOutlineObject {
  readonly spanId: string;
  readonly parentSpanId: string | null;
  readonly serviceName: string;
  readonly name: string;
  readonly kind: string;
  readonly startTime: string;
  readonly durationMicros: number;
  readonly statusCode: string;
  readonly apiName: string;
  readonly spanType: string;
  readonly protocol: string;
  readonly errorCount: number;
  readonly onCriticalPath: boolean;
}

/**
 * A `TraceOutline` of the schema.
 *
 * @example
 * ```ts
 * const o: TraceOutlineObject = { traceId: '4bf9…', spanCount: 0, spans: [] };
 * ```
 */
export interface TraceOutlineObject {
  readonly traceId: string;
  readonly spanCount: number;
  readonly spans: readonly SpanOutlineObject[];
}

const CRITICAL = 'critical_path';

/**
 * What the outline reads of each span_event_view row: the columns of its tree, timings and status, and the
 * critical-path attribute's value alone (the store looks it up in the enriched arrays: the arrays do not
 * leave the database). Rows of span_event_view 0.1.0, which kept the enrichers' attributes with the
 * client's, show no critical path here (their `trace` and `traceSpans` read it).
 */
const OUTLINE: TraceRowsOptions = {
  select: [
    ...[
      'parent_span_id',
      'service_name',
      'span_name',
      'span_kind',
      'duration_micros',
      'status_code',
      'api_name',
      'span_type',
      'protocol',
      'error_count',
    ].map((c): Selection => column(c)),
    attributeValue('enriched_attribute_keys', 'enriched_attribute_values', SpanAttr.CRITICAL_PATH, CRITICAL),
  ],
};

function spanOutlineObject(row: QueryRow): SpanOutlineObject {
  return { ...spanTreeFields(row), onCriticalPath: text(row, CRITICAL) === 'true' };
}

/** One trace's span_event_view rows in the request's tenant (every fragment, time order). */
function readTrace(context: QueryContext, traceId: string, options?: TraceRowsOptions): Promise<QueryRow[]> {
  return context.store.traceRows('span_event_view', context.tenantId, traceId, options).catch((e: unknown) => {
    throw storeError(e, context.limits);
  });
}

/**
 * `traceOutline(traceId)`: every span of the trace (all fragments, time order) without its attributes,
 * events and links, read from the columns that hold its tree, timings and status; null when the tenant has
 * no such trace. What a large trace's page loads first.
 *
 * @example
 * ```ts
 * const outline = await traceOutline(context, '4bf92f3577b34da6a3ce929d0e0e4736');
 * ```
 */
export async function traceOutline(context: QueryContext, traceId: string): Promise<TraceOutlineObject | null> {
  const id = traceIdArgument(traceId);
  const rows = await readTrace(context, id, OUTLINE);
  if (rows.length === 0) return null;
  return { traceId: id, spanCount: rows.length, spans: rows.map(spanOutlineObject) };
}

/**
 * `traceSpans(traceId, spanIds)`: those spans of the trace, whole (the `Span` type: attributes, and its
 * events, links and resource through their loaders), in time order; ids the trace does not have are left
 * out. More ids than `maxRows` are refused (`LIMIT_EXCEEDED`).
 *
 * @example
 * ```ts
 * const [span] = await traceSpans(context, traceId, ['a1b2c3d4e5f60718']);
 * ```
 */
export async function traceSpans(
  context: QueryContext,
  traceId: string,
  spanIds: readonly string[],
): Promise<SpanObject[]> {
  const id = traceIdArgument(traceId);
  if (spanIds.length > context.limits.maxRows) {
    throw limitError(
      'maxRows',
      `${spanIds.length} span ids are over the max rows limit (maxRows ${context.limits.maxRows})`,
    );
  }
  if (spanIds.length === 0) return [];
  const rows = await readTrace(context, id, { where: [isIn('span_id', [...new Set(spanIds)])] });
  return rows.map(spanObject);
}

/**
 * `findInTrace(traceId, text)`: the ids of the trace's spans whose name, service or an attribute key or
 * value (client, resource, enriched) contains `text`, ignoring case, or whose id is `text` (trimmed), in
 * time order; none for a blank text. The trace page's find box: the outline it holds has no attributes.
 *
 * @example
 * ```ts
 * const ids = await findInTrace(context, traceId, 'status_code'); // spans with an attribute named so
 * ```
 */
export async function findInTrace(context: QueryContext, traceId: string, textArg: string): Promise<string[]> {
  const id = traceIdArgument(traceId);
  const needle = textArg.trim().toLowerCase();
  if (needle === '') return [];
  const rows = await readTrace(context, id);
  const contains = (s: string): boolean => s.toLowerCase().includes(needle);
  return rows
    .map(spanObject)
    .filter(
      (s) =>
        s.spanId === needle ||
        contains(s.name) ||
        contains(s.serviceName) ||
        s.attributes.some((a) => contains(a.key) || contains(a.value)),
    )
    .map((s) => s.spanId);
}
