import { createSpanEvent } from '@ht/enricher-sdk';
import type { AttributeValue, SpanEvent } from '@ht/enricher-sdk';

/**
 * A Zipkin annotation as a span event. OTel exporters write an event with attributes as the JSON text
 * `{"<event name>": {"<key>": <value>, …}}` (OTel's Zipkin exporter specification); such a value becomes
 * an event with that name and those attributes (integers as ints, other numbers as doubles, booleans,
 * strings, homogeneous arrays). Any other value is the event name as is.
 *
 * @example
 * ```ts
 * annotationToEvent('{"exception": {"exception.type": "TimeoutError"}}', 1_700_000_000_000_000_000n).name; // 'exception'
 * ```
 */
export function annotationToEvent(value: string, timeUnixNano: bigint): SpanEvent {
  const parsed = value.startsWith('{') && value.endsWith('}') ? otelEventJson(value) : undefined;
  if (!parsed) return createSpanEvent({ name: value, timeUnixNano });
  return createSpanEvent({ name: parsed.name, timeUnixNano, attributes: parsed.attributes });
}

function otelEventJson(value: string): { name: string; attributes: Record<string, AttributeValue> } | undefined {
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const entries = Object.entries(json as Record<string, unknown>);
  if (entries.length !== 1) return undefined;
  const [name, attrs] = entries[0]!;
  if (typeof attrs !== 'object' || attrs === null || Array.isArray(attrs)) return undefined;
  const attributes: Record<string, AttributeValue> = {};
  for (const [key, v] of Object.entries(attrs as Record<string, unknown>)) {
    const converted = attributeOf(v);
    if (converted === undefined) return undefined;
    attributes[key] = converted;
  }
  return { name, attributes };
}

function attributeOf(value: unknown): AttributeValue | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) {
    const items = value.map(attributeOf);
    if (items.some((i) => i === undefined || Array.isArray(i) || i instanceof Uint8Array)) return undefined;
    const kinds = new Set(items.map((i) => typeof i));
    return kinds.size <= 1 ? (items as string[]) : JSON.stringify(value);
  }
  return undefined;
}
