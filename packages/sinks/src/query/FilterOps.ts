/**
 * How a dialect spells the parts of string matches and attribute predicates (a member of `DialectOps`).
 * Every argument is SQL already: escaped identifiers, or literals from `sqlLiteral`.
 *
 * @example
 * ```ts
 * const sql = ops.filter.like(ops.filter.lowerAscii('"span_name"'), "'get %'");
 * ```
 */
export interface FilterOps {
  /** `expr LIKE pattern`, `pattern` a canonical LIKE pattern literal whose escape character is `\`. */
  like(expr: string, pattern: string): string;
  /** `expr` with ASCII letters lowered and every other character as is. */
  lowerAscii(expr: string): string;
  /** The value paired with the first `key` in `keys` (an empty string when absent). */
  attributeValue(keys: string, values: string, key: string): string;
  /** `expr` (a string) is a decimal number as {@link NUMBER_PATTERN} defines it. */
  isNumber(expr: string): string;
  /** `expr` (a string that {@link FilterOps.isNumber} accepted) as a Float64. */
  toNumber(expr: string): string;
}

/**
 * The strings attribute comparisons read as numbers: an optional `-`, 1–20 digits, optionally a point
 * and 1–20 digits, optionally an exponent of 1–2 digits (so every engine parses them to a finite Float64).
 *
 * @example
 * ```ts
 * new RegExp(NUMBER_PATTERN).test('-12.5e3'); // true
 * ```
 */
export const NUMBER_PATTERN = '^-?[0-9]{1,20}(\\.[0-9]{1,20})?([eE][-+]?[0-9]{1,2})?$';
