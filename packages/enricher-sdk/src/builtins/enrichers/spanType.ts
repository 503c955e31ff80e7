import { serviceName } from '../../model/Resource.js';
import type { Span } from '../../model/Span.js';
import type { Trace } from '../../model/Trace.js';
import { indexTrace } from '../../model/TraceIndex.js';
import { defineEnricher } from '../../plugin/defineEnricher.js';
import { Protocol, SpanAttr, SpanType } from '../../catalogue/attributeKeys.js';
import { Normalized } from '../../catalogue/normalized.js';
import { BUILTIN_VERSION, BuiltinEnricher } from './names.js';
import { setTrusted } from '../../model/attributes.js';

/**
 * Built-in `span-type`: whether a span is where a request enters a service (`ENTRY`), leaves it
 * (`EXIT`) or stays inside (`INTERNAL`), and its protocol.
 * - SERVER and CONSUMER spans are entries; CLIENT and PRODUCER spans are exits.
 * - An INTERNAL (or unspecified) span is an entry when it has no parent in the trace or its parent is in
 *   another service (an uninstrumented server), an exit when a child is in another service (an
 *   uninstrumented client), else internal.
 * - Protocol: `GRPC` (rpc system grpc), `RPC` (another rpc system), `HTTPS`/`HTTP` (by scheme), `DB`,
 *   `MESSAGING`, else `UNKNOWN`, read from the normalized attributes.
 * Also marks `ht.span.parent_missing` on spans whose parent is not in the trace. Depends on `semconv`.
 *
 * @example
 * ```ts
 * const run = await runEnricher(spanType, trace, undefined, { with: [semconv] });
 * run.trace.spans[0]?.enriched.string(SpanAttr.TYPE); // 'ENTRY'
 * ```
 */
export const spanType = defineEnricher({
  name: BuiltinEnricher.SPAN_TYPE,
  version: BUILTIN_VERSION,
  description: 'span type (entry/exit/internal) from kind, parent and service changes; protocol',
  dependsOn: [BuiltinEnricher.SEMCONV],
  enrichSpan(span, trace) {
    setTrusted(span.enriched, SpanAttr.TYPE, typeOf(span, trace));
    setTrusted(span.enriched, SpanAttr.PROTOCOL, protocolOf(span));
    if (span.parentSpanId !== '' && !indexTrace(trace).byId.has(span.parentSpanId)) {
      setTrusted(span.enriched, SpanAttr.PARENT_MISSING, true);
    }
  },
});

function typeOf(span: Span, trace: Trace): SpanType {
  switch (span.kind) {
    case 'SERVER':
    case 'CONSUMER':
      return SpanType.ENTRY;
    case 'CLIENT':
    case 'PRODUCER':
      return SpanType.EXIT;
    default: {
      const index = indexTrace(trace);
      const parent = index.parentOf(span);
      if (parent === undefined || !sameService(parent, span)) return SpanType.ENTRY;
      for (const child of index.childrenOf(span)) if (!sameService(child, span)) return SpanType.EXIT;
      return SpanType.INTERNAL;
    }
  }
}

/**
 * Whether two spans come from the same service (same resource object, or same `service.name`).
 *
 * @example
 * ```ts
 * if (!sameService(parent, span)) console.log('crossed a service boundary');
 * ```
 */
export function sameService(a: Span, b: Span): boolean {
  return a.resource === b.resource || serviceName(a.resource) === serviceName(b.resource);
}

function protocolOf(span: Span): Protocol {
  const e = span.enriched;
  const rpc = e.string(Normalized.RPC_SYSTEM_NAME);
  if (rpc !== undefined) return rpc === 'grpc' ? Protocol.GRPC : Protocol.RPC;
  if (
    e.has(Normalized.HTTP_REQUEST_METHOD) ||
    e.has(Normalized.URL_FULL) ||
    e.has(Normalized.HTTP_RESPONSE_STATUS_CODE)
  ) {
    const scheme = e.string(Normalized.URL_SCHEME) ?? e.string(Normalized.URL_FULL)?.split(':', 1)[0];
    return scheme?.toLowerCase() === 'https' ? Protocol.HTTPS : Protocol.HTTP;
  }
  if (e.has(Normalized.DB_SYSTEM_NAME)) return Protocol.DB;
  if (e.has(Normalized.MESSAGING_SYSTEM)) return Protocol.MESSAGING;
  return Protocol.UNKNOWN;
}
