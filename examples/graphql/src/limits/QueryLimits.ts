/**
 * The limits every GraphQL request is held to; a request over one gets an error naming it (`extensions.code`
 * `LIMIT_EXCEEDED`, `extensions.limit` the limit's name).
 *
 * @example
 * ```ts
 * const limits: QueryLimits = { ...DEFAULT_QUERY_LIMITS, maxRows: 1_000 };
 * ```
 */
export interface QueryLimits {
  /** Deepest field nesting of an operation (`{ a { b } }` is 2). */
  readonly maxDepth: number;
  /** Estimated cost of an operation: each field 1, list fields times their `limit` (see docs/graphql.md). */
  readonly maxComplexity: number;
  /** Rows one store query may return, and the largest `limit` a field accepts. */
  readonly maxRows: number;
  /** Longest time range (`between`, `startTime`..`endTime`) one field may read, in milliseconds. */
  readonly maxTimeRangeMs: number;
  /** How long one store query may run, in milliseconds. */
  readonly queryTimeoutMs: number;
}

/**
 * The default limits: depth 10, complexity 5 000, 10 000 rows, 31 days, 30 s per store query.
 *
 * @example
 * ```ts
 * DEFAULT_QUERY_LIMITS.maxDepth; // 10
 * ```
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = Object.freeze({
  maxDepth: 10,
  maxComplexity: 5_000,
  maxRows: 10_000,
  maxTimeRangeMs: 31 * 24 * 3600_000,
  queryTimeoutMs: 30_000,
});
