/**
 * Names a typed side output of a `process` function or window (late data). The type parameter ties
 * what the operator emits to what `sideOutput(tag)` returns.
 *
 * @example
 * ```ts
 * const lateSpans = new OutputTag<Span>('late-spans');
 * const traces = spans.keyBy((s) => s.traceId).window(sessionWindows({ gapMs: 3_000 })).lateData(lateSpans).process(group);
 * traces.sideOutput(lateSpans).to(followUpSink);
 * ```
 */
export class OutputTag<T> {
  /** Never set: carries the type. */
  declare readonly __type?: (value: T) => T;

  constructor(readonly id: string) {}

  toString(): string {
    return `OutputTag(${this.id})`;
  }
}
