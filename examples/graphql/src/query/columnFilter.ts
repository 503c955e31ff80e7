import type { ColumnType, ViewDefinition } from '@ht/enricher-sdk';
import { contains, endsWith, eq, ge, gt, has, isIn, le, like, lt, ne, not, or, startsWith } from '@ht/sinks';
import type { Filter, MatchOptions } from '@ht/sinks';
import { GraphQLError } from 'graphql';
import { exactLikePattern } from './attributeCondition.js';
import type { FilterOp } from './filterArg.js';
import { typedValue } from './typedValue.js';

const bad = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
const STRING_TYPES: readonly ColumnType[] = ['string', 'lowCardinalityString'];

function columnType(view: ViewDefinition, column: string): ColumnType {
  const spec = Object.hasOwn(view.columns, column) ? view.columns[column] : undefined;
  if (!spec) {
    throw bad(
      `${view.name} has no column '${column.slice(0, 80)}'; its columns: ${Object.keys(view.columns).join(', ')}`,
    );
  }
  return spec.type;
}

/** `column` equals `text` ignoring the case of ASCII letters: a case-insensitive LIKE of the exact text. */
const equalsIgnoringCase = (column: string, text: string): Filter =>
  like(column, exactLikePattern(text), { caseInsensitive: true });

/**
 * One `filterBy` condition on a column of `view`: comparisons and `IN` on the column's type (values as
 * text), `CONTAINS` (an array column holds the value; a string column contains the text), `STARTS_WITH`,
 * `ENDS_WITH` and `LIKE` on string columns. `caseInsensitive` (string columns: `EQ`, `NEQ`, `IN` and the
 * matches) folds ASCII letters. Throws `BAD_USER_INPUT` naming the column or the operator that does not fit.
 *
 * @example
 * ```ts
 * columnFilter(spanEventView, 'span_name', 'STARTS_WITH', 'get /', null, true); // startsWith(…, { caseInsensitive: true })
 * ```
 */
export function columnFilter(
  view: ViewDefinition,
  column: string,
  op: FilterOp,
  value: string | null | undefined,
  values: readonly string[] | null | undefined,
  caseInsensitive = false,
): Filter {
  const type = columnType(view, column);
  const isString = STRING_TYPES.includes(type);
  if (caseInsensitive && !(isString && op !== 'LT' && op !== 'LE' && op !== 'GT' && op !== 'GE')) {
    throw bad(`caseInsensitive applies to EQ, NEQ, IN and matches on a string column ('${column}' ${op}, ${type})`);
  }
  if (op === 'EXISTS') throw bad(`EXISTS is for attributes; '${column}' is a column`);
  if (op === 'IN') {
    if (values == null) throw bad(`IN on '${column}' takes values`);
    if (caseInsensitive) return or(...values.map((v) => equalsIgnoringCase(column, v)));
    return isIn(
      column,
      values.map((v) => typedValue(column, type, v)),
    );
  }
  if (value == null) throw bad(`${op} on '${column}' takes a value`);
  const ci: MatchOptions | undefined = caseInsensitive ? { caseInsensitive: true } : undefined;
  if (op === 'CONTAINS' && isString) return contains(column, value, ci);
  if (op === 'CONTAINS') {
    if (!type.endsWith('Array')) throw bad(`CONTAINS needs a string or array column; '${column}' is ${type}`);
    const element = typedValue(
      column,
      type === 'int64Array' ? 'int64' : type === 'float64Array' ? 'float64' : 'string',
      value,
    );
    if (typeof element === 'boolean' || typeof element === 'bigint')
      throw bad(`CONTAINS on '${column}' takes a number or text`);
    return has(column, element);
  }
  if (op === 'STARTS_WITH' || op === 'ENDS_WITH' || op === 'LIKE') {
    if (!isString) throw bad(`${op} needs a string column; '${column}' is ${type}`);
    if (op === 'STARTS_WITH') return startsWith(column, value, ci);
    if (op === 'ENDS_WITH') return endsWith(column, value, ci);
    return like(column, value, ci);
  }
  if (caseInsensitive) {
    const equal = equalsIgnoringCase(column, value);
    return op === 'EQ' ? equal : not(equal);
  }
  const typed = typedValue(column, type, value);
  switch (op) {
    case 'EQ':
      return eq(column, typed);
    case 'NEQ':
      return ne(column, typed);
    case 'LT':
      return lt(column, typed);
    case 'LE':
      return le(column, typed);
    case 'GT':
      return gt(column, typed);
    case 'GE':
      return ge(column, typed);
  }
}
