import type { SpanKind, StatusCode } from '@ht/enricher-sdk';
import type { DemoAttributes } from './semconvDialects.js';
import type { ShopServiceName } from './shopServices.js';
import type { PlannedEvent, PlannedSpan } from './TracePlan.js';

/**
 * A {@link PlannedSpan} while the simulator still builds it: its end, children, status and events are
 * filled in as the simulated call runs.
 *
 * @example
 * ```ts
 * const draft = newDraft('cart', 'GET /carts/:id', 'SERVER', 0, {});
 * ```
 */
export interface SpanDraft extends PlannedSpan {
  durationMicros: number;
  attributes: DemoAttributes;
  status: StatusCode;
  statusMessage: string;
  events: PlannedEvent[];
  children: SpanDraft[];
  linkKey?: string;
  linksTo: string[];
}

/**
 * A draft span that starts at `startMicros` and has no duration yet.
 *
 * @example
 * ```ts
 * const root = newDraft('web-frontend', 'GET /cart', 'SERVER', 0, { 'http.route': '/cart' });
 * ```
 */
export function newDraft(
  service: ShopServiceName,
  name: string,
  kind: SpanKind,
  startMicros: number,
  attributes: DemoAttributes,
): SpanDraft {
  return {
    service,
    name,
    kind,
    startMicros,
    durationMicros: 0,
    attributes,
    status: 'UNSET',
    statusMessage: '',
    events: [],
    children: [],
    linksTo: [],
  };
}

/**
 * The simulated clock inside one span while it runs: calls it makes become its children, one after the
 * other (or side by side with {@link Timeline.parallel}), and `now` moves past each.
 *
 * @example
 * ```ts
 * const timeline = new Timeline(draft, draft.startMicros + 150);
 * timeline.call((start) => newDraft('cart', 'HGETALL', 'CLIENT', start, {}));
 * timeline.work(80);
 * ```
 */
export class Timeline {
  constructor(
    readonly span: SpanDraft,
    public now: number,
  ) {}

  /** Makes a call that starts now, as a child of this span; `now` moves to its end. */
  call(make: (start: number) => SpanDraft): SpanDraft {
    const child = make(this.now);
    this.span.children.push(child);
    this.now = endOf(child);
    return child;
  }

  /** Makes several calls that all start now (a fan-out); `now` moves to the last one's end. */
  parallel(...makes: ((start: number) => SpanDraft)[]): SpanDraft[] {
    const children = makes.map((make) => make(this.now));
    this.span.children.push(...children);
    this.now = Math.max(this.now, ...children.map(endOf));
    return children;
  }

  /** Time spent in the span's own code. */
  work(micros: number): void {
    this.now += micros;
  }
}

/**
 * Microseconds from the plan's start to a span's end.
 *
 * @example
 * ```ts
 * endOf(newDraft('cart', 'GET', 'CLIENT', 100, {})); // 100
 * ```
 */
export function endOf(span: PlannedSpan): number {
  return span.startMicros + span.durationMicros;
}
