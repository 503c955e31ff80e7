import type { CompareOp, Filter } from './Query.js';

/**
 * How a string filter matches: `prefix` (starts with), `suffix` (ends with), `contains` (the pattern is
 * plain text in all three), or `like` (a SQL LIKE pattern: `%` any run of characters, `_` one character,
 * `\` makes the next character literal).
 *
 * @example
 * ```ts
 * const mode: MatchMode = 'prefix';
 * ```
 */
export type MatchMode = 'prefix' | 'suffix' | 'contains' | 'like';

/**
 * A string match: the mode, the pattern, and whether to ignore case. Case-insensitive matching folds
 * ASCII letters only (`A`–`Z`), the same way on every engine; other letters must match exactly.
 *
 * @example
 * ```ts
 * const m: StringMatch = { mode: 'contains', pattern: '50%', caseInsensitive: true };
 * ```
 */
export interface StringMatch {
  readonly mode: MatchMode;
  readonly pattern: string;
  readonly caseInsensitive?: boolean;
}

/**
 * A string column matches a {@link StringMatch}.
 *
 * @example
 * ```ts
 * const f: MatchFilter = { op: 'match', column: 'span_name', mode: 'prefix', pattern: 'GET /' };
 * ```
 */
export interface MatchFilter extends StringMatch {
  readonly op: 'match';
  readonly column: string;
}

/**
 * Every filter holds (`and`), or at least one (`or`). An empty `and` holds for every row, an empty
 * `or` for none.
 *
 * @example
 * ```ts
 * const f: FilterGroup = { op: 'or', filters: [eq('service_name', 'cart'), gt('duration_micros', 1000)] };
 * ```
 */
export interface FilterGroup {
  readonly op: 'and' | 'or';
  readonly filters: readonly Filter[];
}

/**
 * The filter does not hold.
 *
 * @example
 * ```ts
 * const f: NotFilter = { op: 'not', filter: eq('status_code', 'OK') };
 * ```
 */
export interface NotFilter {
  readonly op: 'not';
  readonly filter: Filter;
}

/**
 * Where a view keeps attributes: two parallel string-array columns, keys and values.
 *
 * @example
 * ```ts
 * const where: AttributeColumns = { keysColumn: 'attribute_keys', valuesColumn: 'attribute_values' };
 * ```
 */
export interface AttributeColumns {
  readonly keysColumn: string;
  readonly valuesColumn: string;
}

/**
 * The attribute `key` is present (its value may be empty).
 *
 * @example
 * ```ts
 * const f: AttributeExistsFilter = { op: 'attributeExists', keysColumn: 'attribute_keys', valuesColumn: 'attribute_values', key: 'http.method' };
 * ```
 */
export interface AttributeExistsFilter extends AttributeColumns {
  readonly op: 'attributeExists';
  readonly key: string;
}

/**
 * The attribute `key` is present and its value compares with `value`: as strings (byte-wise) when
 * `value` is a string, as numbers when it is a number (values that are not decimal numbers, like
 * `12`, `-0.5` or `1e3`, then never match). A key present twice is read at its first position.
 *
 * @example
 * ```ts
 * const f: AttributeCompareFilter = { op: 'attributeCompare', keysColumn: 'attribute_keys',
 *   valuesColumn: 'attribute_values', key: 'http.response.status_code', compare: 'ge', value: 500 };
 * ```
 */
export interface AttributeCompareFilter extends AttributeColumns {
  readonly op: 'attributeCompare';
  readonly key: string;
  readonly compare: CompareOp;
  readonly value: string | number;
}

/**
 * The attribute `key` is present and its value matches a {@link StringMatch}.
 *
 * @example
 * ```ts
 * const f: AttributeMatchFilter = { op: 'attributeMatch', keysColumn: 'attribute_keys',
 *   valuesColumn: 'attribute_values', key: 'url.path', mode: 'prefix', pattern: '/api/' };
 * ```
 */
export interface AttributeMatchFilter extends AttributeColumns, StringMatch {
  readonly op: 'attributeMatch';
  readonly key: string;
}
