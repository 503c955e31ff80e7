/**
 * The operators of `FilterArg`: comparisons, `IN` (one of `values`), `CONTAINS` (an array column holds
 * the value; a string column or attribute contains the text), string matches (`STARTS_WITH`, `ENDS_WITH`,
 * `LIKE` with `%` and `_`) and `EXISTS` (attributes only).
 *
 * @example
 * ```ts
 * const op: FilterOp = 'STARTS_WITH';
 * ```
 */
export type FilterOp =
  'EQ' | 'NEQ' | 'LT' | 'LE' | 'GT' | 'GE' | 'IN' | 'CONTAINS' | 'STARTS_WITH' | 'ENDS_WITH' | 'LIKE' | 'EXISTS';

/**
 * One `filterBy` entry as the schema takes it (`FilterArg`): a condition on a column of the view (`key`)
 * or on an attribute (`attribute`), with an operator and a value (or `values` for `IN`), always as text:
 * numbers in decimal, booleans `true`/`false`, times in RFC 3339. Or a group: `anyOf` (at least one
 * holds: OR) or `allOf` (all hold). `not` negates the condition or the group; `caseInsensitive` makes
 * equality and matches ignore the case of ASCII letters.
 *
 * @example
 * ```ts
 * const f: FilterArg = { anyOf: [{ key: 'service_name', value: 'cart' }, { attribute: 'http.route', op: 'STARTS_WITH', value: '/api' }] };
 * ```
 */
export interface FilterArg {
  readonly key?: string | null;
  readonly attribute?: string | null;
  readonly op?: FilterOp | null;
  readonly value?: string | null;
  readonly values?: readonly string[] | null;
  readonly caseInsensitive?: boolean | null;
  readonly not?: boolean | null;
  readonly anyOf?: readonly FilterArg[] | null;
  readonly allOf?: readonly FilterArg[] | null;
}
