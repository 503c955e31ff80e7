import { createSpanLink, normalizeSpanId, normalizeTraceId } from '@ht/enricher-sdk';
import type { Attributes, SpanLink } from '@ht/enricher-sdk';
import { collectorJsonAttributes, uint32 } from './zipkinAnnotation.js';

/** The Collector reads at most this many link tags (`otlp.link.0` … `otlp.link.127`). */
const MAX_LINKS = 128;
const LINK_TEXT = /^([0-9a-fA-F]{32})\|([0-9a-fA-F]{16})\|([^|]*)\|(\{[\s\S]*\})\|(\d{1,10})$/;

/**
 * The span links the OTel Collector's zipkin exporter writes as tags (pkg/translator/zipkin:
 * `otlp.link.<i>` = `<traceId>|<spanId>|<traceState>|<JSON object of attributes>|<dropped count>`),
 * read as its zipkin receiver does: indexes from 0 up while the tag exists (at most 128). A tag of
 * exactly that form (32 and 16 hex ids, not all zeros) becomes a link and leaves the attributes; any
 * other value stays a string attribute (the Collector would fail the whole payload or drop the tag).
 *
 * @example
 * ```ts
 * const attrs = new Attributes({ 'otlp.link.0': `${traceId}|${spanId}||{"reason":"batch"}|0` });
 * linksFromTags(attrs); // [link to traceId/spanId with { reason: 'batch' }]; attrs is now empty
 * ```
 */
export function linksFromTags(attrs: Attributes): SpanLink[] {
  const links: SpanLink[] = [];
  for (let i = 0; i < MAX_LINKS; i++) {
    const key = `otlp.link.${i}`;
    const value = attrs.get(key);
    if (value === undefined) break;
    const link = typeof value === 'string' ? linkText(value) : undefined;
    if (!link) continue;
    attrs.delete(key);
    links.push(link);
  }
  return links;
}

function linkText(value: string): SpanLink | undefined {
  const match = LINK_TEXT.exec(value);
  if (!match) return undefined;
  const traceId = normalizeTraceId(match[1]!);
  const spanId = normalizeSpanId(match[2]!);
  const attributes = collectorJsonAttributes(match[4]!);
  const droppedAttributesCount = uint32(match[5]!);
  if (!traceId || !spanId || !attributes || droppedAttributesCount === undefined) return undefined;
  return createSpanLink({ traceId, spanId, traceState: match[3]!, attributes, droppedAttributesCount });
}
