/**
 * How one dialect spells the aggregation side of the query model (attribute values, computed columns);
 * part of a dialect's `DialectOps` (`aggregation`).
 *
 * @example
 * ```ts
 * const ops: AggregationOps = duckDbOps.aggregation;
 * ops.divide('"a"', '"b"'); // CASE WHEN "b" = 0 THEN CAST(0 AS DOUBLE) ELSE "a" / "b" END
 * ```
 */
export interface AggregationOps {
  /** `values[position of key in keys]`, the empty string when `key` is absent (arguments are SQL). */
  attributeValue(keys: string, values: string, key: string): string;
  /** An expression as a 64-bit float. */
  toFloat(expr: string): string;
  /** An expression as a signed 64-bit integer. */
  toInt(expr: string): string;
  /** Floating-point `numerator / denominator` (both already floats), 0 when the denominator is 0. */
  divide(numerator: string, denominator: string): string;
}
