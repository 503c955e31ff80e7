import { frozenAttributes } from './Resource.js';
import type { AttributeEntries, ReadonlyAttributes } from './attributes.js';

/**
 * A timestamped event on a span: logs and exceptions (`exception.type`, `exception.message`, …) live
 * here. Zipkin annotations and Jaeger logs map onto events.
 *
 * @example
 * ```ts
 * const event = createSpanEvent({ name: 'exception', timeUnixNano: 1_700_000_000_000_000_000n,
 *   attributes: { 'exception.type': 'TimeoutError' } });
 * ```
 */
export interface SpanEvent {
  readonly name: string;
  /** Unix time in nanoseconds. */
  readonly timeUnixNano: bigint;
  readonly attr: ReadonlyAttributes;
  readonly droppedAttributesCount: number;
}

/**
 * A link from a span to another span (batch consumers, fan-in): ids are lowercase hex.
 *
 * @example
 * ```ts
 * const link = createSpanLink({ traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331' });
 * ```
 */
export interface SpanLink {
  readonly traceId: string;
  readonly spanId: string;
  readonly traceState: string;
  readonly flags: number;
  readonly attr: ReadonlyAttributes;
  readonly droppedAttributesCount: number;
}

/**
 * Fields accepted by {@link createSpanEvent}.
 *
 * @example
 * ```ts
 * createSpanEvent({ name: 'log', timeUnixNano: now, attributes: { message: 'retrying' } });
 * ```
 */
export interface SpanEventInit {
  readonly name: string;
  readonly timeUnixNano: bigint;
  readonly attributes?: ReadonlyAttributes | AttributeEntries;
  readonly droppedAttributesCount?: number;
}

/**
 * Fields accepted by {@link createSpanLink}.
 *
 * @example
 * ```ts
 * createSpanLink({ traceId: producerTraceId, spanId: producerSpanId });
 * ```
 */
export interface SpanLinkInit {
  readonly traceId: string;
  readonly spanId: string;
  readonly traceState?: string;
  readonly flags?: number;
  readonly attributes?: ReadonlyAttributes | AttributeEntries;
  readonly droppedAttributesCount?: number;
}

/**
 * Builds a {@link SpanEvent} with every field set, attributes frozen.
 *
 * @example
 * ```ts
 * createSpanEvent({ name: 'cache miss', timeUnixNano: 1_700_000_000_000_000_000n });
 * ```
 */
export function createSpanEvent(init: SpanEventInit): SpanEvent {
  return {
    name: init.name,
    timeUnixNano: init.timeUnixNano,
    attr: frozenAttributes(init.attributes),
    droppedAttributesCount: init.droppedAttributesCount ?? 0,
  };
}

/**
 * Builds a {@link SpanLink} with every field set, attributes frozen.
 *
 * @example
 * ```ts
 * createSpanLink({ traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331' });
 * ```
 */
export function createSpanLink(init: SpanLinkInit): SpanLink {
  return {
    traceId: init.traceId,
    spanId: init.spanId,
    traceState: init.traceState ?? '',
    flags: init.flags ?? 0,
    attr: frozenAttributes(init.attributes),
    droppedAttributesCount: init.droppedAttributesCount ?? 0,
  };
}
