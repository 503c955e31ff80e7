/**
 * The limits of the Jaeger API, each named in the error a request meeting it gets.
 *
 * @example
 * ```ts
 * const limits: JaegerApiLimits = { ...DEFAULT_JAEGER_API_LIMITS, maxTraces: 500 };
 * ```
 */
export interface JaegerApiLimits {
  /** The largest `limit` of a trace search (Jaeger UI offers up to 1500). */
  readonly maxTraces: number;
  /** The widest time range of a trace search or a dependency graph, in µs. */
  readonly maxTimeRangeMicros: number;
  /** The time each store query may take (the store's `timeoutMs`); a request meeting it gets 504. */
  readonly queryTimeoutMs: number;
  /** Trace ids one search by `traceID` may name. */
  readonly maxTraceIds: number;
}

/**
 * The defaults: 1500 traces, 31 days, 10 s per query, 100 trace ids.
 *
 * @example
 * ```ts
 * DEFAULT_JAEGER_API_LIMITS.maxTraces; // 1500
 * ```
 */
export const DEFAULT_JAEGER_API_LIMITS: JaegerApiLimits = {
  maxTraces: 1500,
  maxTimeRangeMicros: 31 * 24 * 3600 * 1e6,
  queryTimeoutMs: 10_000,
  maxTraceIds: 100,
};
