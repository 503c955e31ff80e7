import type {
  AttributeCompareFilter,
  AttributeExistsFilter,
  AttributeMatchFilter,
  FilterGroup,
  MatchFilter,
  MatchMode,
  NotFilter,
} from './filterTypes.js';
import type { CompareOp, Filter } from './Query.js';

/**
 * Options of the string-match builders.
 *
 * @example
 * ```ts
 * const options: MatchOptions = { caseInsensitive: true };
 * ```
 */
export interface MatchOptions {
  /** Fold ASCII letters (`A`–`Z`) on both sides; other letters still match exactly. */
  readonly caseInsensitive?: boolean;
}

const match = (column: string, mode: MatchMode, pattern: string, options?: MatchOptions): MatchFilter =>
  options?.caseInsensitive === true
    ? { op: 'match', column, mode, pattern, caseInsensitive: true }
    : { op: 'match', column, mode, pattern };

/** Every filter holds (none: every row). @example `and(eq('span_kind', 'SERVER'), gt('duration_micros', 1000))` */
export const and = (...filters: Filter[]): FilterGroup => ({ op: 'and', filters });
/** At least one filter holds (none: no row). @example `or(eq('service_name', 'cart'), eq('status_code', 'ERROR'))` */
export const or = (...filters: Filter[]): FilterGroup => ({ op: 'or', filters });
/** The filter does not hold. @example `not(isIn('service_name', ['cart', 'checkout']))` */
export const not = (filter: Filter): NotFilter => ({ op: 'not', filter });

/** A string column starts with `prefix` (plain text: `%`, `_`, `\` are literal). @example `startsWith('span_name', 'GET /')` */
export const startsWith = (column: string, prefix: string, options?: MatchOptions): MatchFilter =>
  match(column, 'prefix', prefix, options);
/** A string column ends with `suffix` (plain text). @example `endsWith('span_name', '/checkout')` */
export const endsWith = (column: string, suffix: string, options?: MatchOptions): MatchFilter =>
  match(column, 'suffix', suffix, options);
/** A string column contains `text` (plain text). @example `contains('span_name', '50%', { caseInsensitive: true })` */
export const contains = (column: string, text: string, options?: MatchOptions): MatchFilter =>
  match(column, 'contains', text, options);
/**
 * A string column matches a SQL LIKE pattern: `%` any run, `_` one character, `\` makes the next
 * character literal (a trailing lone `\` is refused).
 * @example `like('span_name', 'GET /items/%/reviews')`
 */
export const like = (column: string, pattern: string, options?: MatchOptions): MatchFilter =>
  match(column, 'like', pattern, options);

/**
 * The attribute `key` is present in the key/value array pair.
 * @example `attributeExists('attribute_keys', 'attribute_values', 'error.type')`
 */
export const attributeExists = (keysColumn: string, valuesColumn: string, key: string): AttributeExistsFilter => ({
  op: 'attributeExists',
  keysColumn,
  valuesColumn,
  key,
});

/**
 * The attribute `key` is present and compares with `value` (as a string, or as a number when `value` is one).
 * @example `attributeCompare('attribute_keys', 'attribute_values', 'http.response.status_code', 'ge', 500)`
 */
export const attributeCompare = (
  keysColumn: string,
  valuesColumn: string,
  key: string,
  compare: CompareOp,
  value: string | number,
): AttributeCompareFilter => ({ op: 'attributeCompare', keysColumn, valuesColumn, key, compare, value });

/**
 * The attribute `key` is present and its value matches (`prefix`, `suffix`, `contains`, `like`).
 * @example `attributeMatch('attribute_keys', 'attribute_values', 'url.path', 'prefix', '/api/')`
 */
export const attributeMatch = (
  keysColumn: string,
  valuesColumn: string,
  key: string,
  mode: MatchMode,
  pattern: string,
  options?: MatchOptions,
): AttributeMatchFilter => ({
  op: 'attributeMatch',
  keysColumn,
  valuesColumn,
  key,
  mode,
  pattern,
  ...(options?.caseInsensitive === true ? { caseInsensitive: true } : {}),
});
