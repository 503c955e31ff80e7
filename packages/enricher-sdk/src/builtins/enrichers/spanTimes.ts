import type { Span } from '../../model/Span.js';
import { SpanAttr } from '../../catalogue/attributeKeys.js';

/**
 * The clock-skew adjusted times of a trace's spans, read once per trace (`trace-stats` needs each span's
 * times several times: trace start and end, the root, every step of the critical path). Only spans that
 * `clock-skew` shifted are kept; the others' times are their own.
 *
 * @example
 * ```ts
 * const times = SpanTimes.of(trace.spans);
 * times.startOf(span); // as adjustedStartOf(span)
 * ```
 */
export class SpanTimes {
  private constructor(private readonly shifted: ReadonlyMap<Span, { start: bigint; end: bigint }>) {}

  /** Reads `ht.span.adjusted_start_unix_nano` / `…_end_…` of each span once. */
  static of(spans: readonly Span[]): SpanTimes {
    let shifted: Map<Span, { start: bigint; end: bigint }> | undefined;
    for (const span of spans) {
      const start = span.enriched.bigint(SpanAttr.ADJUSTED_START);
      const end = span.enriched.bigint(SpanAttr.ADJUSTED_END);
      if (start === undefined && end === undefined) continue;
      (shifted ??= new Map()).set(span, {
        start: start ?? span.startTimeUnixNano,
        end: end ?? span.endTimeUnixNano,
      });
    }
    return new SpanTimes(shifted ?? NONE);
  }

  /** As `adjustedStartOf(span)`. */
  startOf(span: Span): bigint {
    if (this.shifted.size === 0) return span.startTimeUnixNano;
    return this.shifted.get(span)?.start ?? span.startTimeUnixNano;
  }

  /** As `adjustedEndOf(span)`. */
  endOf(span: Span): bigint {
    if (this.shifted.size === 0) return span.endTimeUnixNano;
    return this.shifted.get(span)?.end ?? span.endTimeUnixNano;
  }
}

const NONE: ReadonlyMap<Span, { start: bigint; end: bigint }> = new Map();
