import type { SpanKind, StatusCode } from '@ht/enricher-sdk';
import type { DemoAttributes } from './semconvDialects.js';
import type { ShopServiceName } from './shopServices.js';

/**
 * An event the demo records on a span (`exception` with `exception.type`, `.message`, `.stacktrace`).
 *
 * @example
 * ```ts
 * const event: PlannedEvent = { name: 'exception', atMicros: 1200, attributes: { 'exception.type': 'Error' } };
 * ```
 */
export interface PlannedEvent {
  readonly name: string;
  /** Microseconds after the start of the plan. */
  readonly atMicros: number;
  readonly attributes: DemoAttributes;
}

/**
 * One span the simulated shop will emit: which service records it, what it is, when (microseconds after
 * the start of its {@link TracePlan}) and its children. Times are simulated: emitting never waits for them.
 *
 * @example
 * ```ts
 * const total = (s: PlannedSpan): number => 1 + s.children.reduce((n, c) => n + total(c), 0);
 * ```
 */
export interface PlannedSpan {
  readonly service: ShopServiceName;
  readonly name: string;
  readonly kind: SpanKind;
  readonly startMicros: number;
  readonly durationMicros: number;
  readonly attributes: DemoAttributes;
  readonly status: StatusCode;
  readonly statusMessage: string;
  readonly events: readonly PlannedEvent[];
  readonly children: readonly PlannedSpan[];
  /** A name other spans of the same plan link to ({@link PlannedSpan.linksTo}): the Kafka producer's. */
  readonly linkKey?: string;
  /** The {@link PlannedSpan.linkKey}s of spans this one links to (the consumer, to its producer). */
  readonly linksTo: readonly string[];
}

/**
 * What the shop does for one simulated user action: one or more traces (a checkout's request trace, and
 * the notification service's consumer trace that links to its Kafka message), and whether an error or a
 * slow call was planted.
 *
 * @example
 * ```ts
 * const plan: TracePlan = new ShopSimulator({ seed: 1 }).next();
 * console.log(plan.action, plan.traces.length, plan.failed);
 * ```
 */
export interface TracePlan {
  /** The user action (`browse-product`, `checkout`, …). */
  readonly action: string;
  /** Each trace's root span; a later trace may link to a span of an earlier one. */
  readonly traces: readonly PlannedSpan[];
  /** Microseconds from the plan's first start to its last end. */
  readonly extentMicros: number;
  /** An exception was planted (one span with an exception event and status ERROR, and its callers ERROR). */
  readonly failed: boolean;
  /** How many slow queries (0.8-2.5 s) it holds. */
  readonly slowCalls: number;
}

/**
 * How many spans a planned span's subtree holds (itself included).
 *
 * @example
 * ```ts
 * const plan = new ShopSimulator({ seed: 1 }).next();
 * const spans = plan.traces.reduce((n, root) => n + countSpans(root), 0);
 * ```
 */
export function countSpans(span: PlannedSpan): number {
  let n = 1;
  for (const child of span.children) n += countSpans(child);
  return n;
}

/**
 * Every span of a planned subtree, parents before their children.
 *
 * @example
 * ```ts
 * const plan = new ShopSimulator({ seed: 1 }).next();
 * const services = new Set(plan.traces.flatMap(planSpans).map((s) => s.service));
 * ```
 */
export function planSpans(span: PlannedSpan): PlannedSpan[] {
  return [span, ...span.children.flatMap(planSpans)];
}
