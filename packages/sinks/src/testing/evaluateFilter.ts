import { NUMBER_PATTERN } from '../query/FilterOps.js';
import type { StringMatch } from '../query/filterTypes.js';
import type { CompareOp, Filter, ScalarValue } from '../query/Query.js';
import { foldAsciiCase, matchTokens } from '../query/stringMatch.js';
import type { ViewRow } from '../store/ViewStore.js';
import { compareStrings } from './reference.js';

const NUMBER = new RegExp(NUMBER_PATTERN);

/**
 * Whether `value` matches a {@link StringMatch}, in memory: the reference the stores' `LIKE` must equal
 * (`_` one code point, `%` any run including newlines; case-insensitive folds ASCII letters only).
 *
 * @example
 * ```ts
 * matchesString('GET /cart', { mode: 'prefix', pattern: 'get', caseInsensitive: true }); // true
 * ```
 */
export function matchesString(value: string, match: StringMatch): boolean {
  const fold = (s: string): string => (match.caseInsensitive === true ? foldAsciiCase(s) : s);
  const source = matchTokens(match)
    .map((t) => {
      if (t.kind !== 'text') return t.kind === 'any' ? '[^]*' : '[^]';
      return fold(t.text).replace(/[\\^$.*+?()[\]{}|/]/g, (c) => `\\${c}`);
    })
    .join('');
  return new RegExp(`^${source}$`, 'u').test(fold(value));
}

function compareValues(a: unknown, b: ScalarValue): number {
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b);
  if (typeof a === 'boolean' || typeof b === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'bigint' || typeof b === 'bigint') {
    const x = BigInt(a as number | bigint);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

function holds(op: CompareOp, order: number): boolean {
  switch (op) {
    case 'eq':
      return order === 0;
    case 'ne':
      return order !== 0;
    case 'lt':
      return order < 0;
    case 'le':
      return order <= 0;
    case 'gt':
      return order > 0;
    case 'ge':
      return order >= 0;
  }
}

function attributeOf(row: ViewRow, keysColumn: string, valuesColumn: string, key: string): string | undefined {
  const keys = row[keysColumn] as readonly string[];
  const i = keys.indexOf(key);
  return i < 0 ? undefined : ((row[valuesColumn] as readonly string[])[i] ?? '');
}

/**
 * Whether a row satisfies a filter, in memory: the reference every store's compiled filter must equal
 * (strings compare byte-wise, attribute predicates need the key present, numeric attribute comparisons
 * read only values matching `NUMBER_PATTERN`).
 *
 * @example
 * ```ts
 * const expected = rows.filter((r) => evaluateFilter(or(eq('service_name', 'cart'), not(has('attribute_keys', 'x'))), r));
 * ```
 */
export function evaluateFilter(filter: Filter, row: ViewRow): boolean {
  switch (filter.op) {
    case 'and':
      return filter.filters.every((f) => evaluateFilter(f, row));
    case 'or':
      return filter.filters.some((f) => evaluateFilter(f, row));
    case 'not':
      return !evaluateFilter(filter.filter, row);
    case 'match':
      return matchesString(String(row[filter.column]), filter);
    case 'in':
      return filter.values.some((v) => compareValues(row[filter.column], v) === 0);
    case 'has':
      return (row[filter.column] as readonly unknown[]).some((v) => compareValues(v, filter.value) === 0);
    case 'attribute':
      return attributeOf(row, filter.keysColumn, filter.valuesColumn, filter.key) === filter.value;
    case 'attributeExists':
      return attributeOf(row, filter.keysColumn, filter.valuesColumn, filter.key) !== undefined;
    case 'attributeMatch': {
      const value = attributeOf(row, filter.keysColumn, filter.valuesColumn, filter.key);
      return value !== undefined && matchesString(value, filter);
    }
    case 'attributeCompare': {
      const value = attributeOf(row, filter.keysColumn, filter.valuesColumn, filter.key);
      if (value === undefined) return false;
      if (typeof filter.value === 'string') return holds(filter.compare, compareStrings(value, filter.value));
      return NUMBER.test(value) && holds(filter.compare, Number(value) - filter.value);
    }
    default:
      return holds(filter.op, compareValues(row[filter.column], filter.value));
  }
}
