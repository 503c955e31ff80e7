/**
 * Arithmetic over a query's other outputs: `{ output }` reads another output (an aggregate, a bucket, a
 * column, an attribute value; not another computed one), `{ number }` is a finite constant. `div` is
 * floating-point and gives 0 for a zero denominator; `add`, `sub` and `mul` are 64-bit integer
 * arithmetic when every operand is an integer (datetimes are unix µs), floating-point otherwise.
 *
 * @example
 * ```ts
 * const errorRatio: Expression = { op: 'div', left: { output: 'errors' }, right: { output: 'calls' } };
 * ```
 */
export type Expression =
  | { readonly output: string }
  | { readonly number: number }
  | { readonly op: ArithmeticOp; readonly left: Expression; readonly right: Expression };

/**
 * The operators of an {@link Expression}.
 *
 * @example
 * ```ts
 * const op: ArithmeticOp = 'div';
 * ```
 */
export type ArithmeticOp = 'add' | 'sub' | 'mul' | 'div';

/**
 * A computed output column: rates, ratios of two aggregates, `max(end) - min(start)`. Build it with
 * `computed`, `ratio`, `difference` or `rate`.
 *
 * @example
 * ```ts
 * const s: ComputedSelection = ratio('errors', 'calls', 'error_ratio');
 * ```
 */
export interface ComputedSelection {
  readonly kind: 'computed';
  readonly expression: Expression;
  readonly as: string;
}
