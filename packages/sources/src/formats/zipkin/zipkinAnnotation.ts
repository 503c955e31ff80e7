import { createSpanEvent } from '@ht/enricher-sdk';
import type { AttributeValue, SpanEvent } from '@ht/enricher-sdk';

/**
 * A Zipkin annotation as a span event. Two encodings of an event with attributes are read back:
 * - the OTel Collector's (its zipkin exporter, e.g. the kafka exporter's `zipkin_json` / `zipkin_proto`):
 *   `<name>|<JSON object of attributes>|<dropped attributes count>` — see {@link collectorEventText};
 * - OTel SDK exporters' (OTel's Zipkin exporter specification): the JSON text
 *   `{"<event name>": {"<key>": <value>, …}}` (integers as ints, other numbers as doubles, booleans,
 *   strings, homogeneous arrays).
 * Any other value is the event name as is.
 *
 * @example
 * ```ts
 * annotationToEvent('{"exception": {"exception.type": "TimeoutError"}}', 1_700_000_000_000_000_000n).name; // 'exception'
 * annotationToEvent('exception|{"exception.type":"TimeoutError"}|0', 1_700_000_000_000_000_000n).name; // 'exception'
 * ```
 */
export function annotationToEvent(value: string, timeUnixNano: bigint): SpanEvent {
  const collector = collectorEventText(value);
  if (collector) return createSpanEvent({ ...collector, timeUnixNano });
  const parsed = value.startsWith('{') && value.endsWith('}') ? otelEventJson(value) : undefined;
  if (!parsed) return createSpanEvent({ name: value, timeUnixNano });
  return createSpanEvent({ name: parsed.name, timeUnixNano, attributes: parsed.attributes });
}

/** An event (or link) read back from the OTel Collector's Zipkin text form. */
export interface CollectorEventText {
  readonly name: string;
  readonly attributes: Record<string, AttributeValue>;
  readonly droppedAttributesCount: number;
}

const COLLECTOR_EVENT = /^([^|]*)\|(\{[\s\S]*\})\|(\d{1,10})$/;

/**
 * Reads the OTel Collector's Zipkin annotation for an event with attributes (pkg/translator/zipkin:
 * `fmt.Sprintf("%s|%s|%d", name, json.Marshal(attributes), dropped)`), or `undefined` unless the value
 * has exactly that form: a name without `|`, a JSON object (which may hold `|`), and a uint32 count.
 * Attribute values are typed as {@link collectorJsonAttributes} does.
 *
 * @example
 * ```ts
 * collectorEventText('retry|{"attempt":2}|1'); // { name: 'retry', attributes: { attempt: 2n }, droppedAttributesCount: 1 }
 * collectorEventText('cache miss'); // undefined
 * ```
 */
export function collectorEventText(value: string): CollectorEventText | undefined {
  const match = COLLECTOR_EVENT.exec(value);
  if (!match) return undefined;
  const attributes = collectorJsonAttributes(match[2]!);
  const droppedAttributesCount = uint32(match[3]!);
  if (!attributes || droppedAttributesCount === undefined) return undefined;
  return { name: match[1]!, attributes, droppedAttributesCount };
}

/**
 * A decimal uint32 (the Collector's `strconv.ParseUint(s, 10, 32)`), or `undefined`.
 *
 * @example
 * ```ts
 * uint32('7'); // 7
 * uint32('4294967296'); // undefined
 * ```
 */
export function uint32(text: string): number | undefined {
  if (!/^\d{1,10}$/.test(text)) return undefined;
  const n = Number(text);
  return n <= 0xffffffff ? n : undefined;
}

/**
 * The attributes of the Collector's event and link text: a JSON object of the values `AsRaw()` gave.
 * Strings and booleans stay; numbers with no fraction become ints (bigint; as the Collector's receiver
 * does) when exact, others doubles; homogeneous arrays become typed arrays and objects or mixed arrays
 * their JSON text (as OTLP maps and mixed arrays do in our model); `null` (an empty value) becomes `''`.
 * `undefined` when the text is not a JSON object.
 *
 * @example
 * ```ts
 * collectorJsonAttributes('{"n":2,"r":0.5,"ok":true}'); // { n: 2n, r: 0.5, ok: true }
 * collectorJsonAttributes('[1]'); // undefined
 * ```
 */
export function collectorJsonAttributes(text: string): Record<string, AttributeValue> | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  // fromEntries defines own properties, so a `__proto__` key stays an attribute.
  return Object.fromEntries(
    Object.entries(json as Record<string, unknown>).map(([key, value]): [string, AttributeValue] => [
      key,
      value === null
        ? ''
        : typeof value === 'object' && !Array.isArray(value)
          ? JSON.stringify(value)
          : (attributeOf(value) ?? JSON.stringify(value)),
    ]),
  );
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
