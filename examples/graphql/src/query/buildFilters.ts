import type { ColumnType, ViewDefinition } from '@ht/enricher-sdk';
import { eq, ge, gt, has, isIn, le, lt, ne } from '@ht/sinks';
import type { Filter, ScalarValue } from '@ht/sinks';
import { GraphQLError } from 'graphql';
import { attributeCondition } from './attributeCondition.js';
import { parseTimeMicros } from './timeText.js';

/**
 * One `filterBy` condition as the schema takes it (`FilterArg`): a column of the view (`key`) or an
 * attribute (`attribute`, in `attribute_keys`/`attribute_values`), an operator and a value (or `values`
 * for `IN`), always as text: numbers in decimal, booleans `true`/`false`, times in RFC 3339.
 *
 * @example
 * ```ts
 * const f: FilterArg = { key: 'service_name', op: 'EQ', value: 'cart' };
 * ```
 */
export interface FilterArg {
  readonly key?: string | null;
  readonly attribute?: string | null;
  readonly op?: FilterOp | null;
  readonly value?: string | null;
  readonly values?: readonly string[] | null;
}

/**
 * The operators of `FilterArg`: comparisons, `IN` (one of `values`) and `CONTAINS` (an array column holds
 * the value). Attributes take `EQ` only, for now.
 *
 * @example
 * ```ts
 * const op: FilterOp = 'GE';
 * ```
 */
export type FilterOp = 'EQ' | 'NEQ' | 'LT' | 'LE' | 'GT' | 'GE' | 'IN' | 'CONTAINS';

const bad = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/**
 * A filter value given as text, as the column's type: numbers for integer and float columns, booleans,
 * unix µs for datetimes (from RFC 3339), text for strings.
 *
 * @example
 * ```ts
 * typedValue('duration_micros', 'uint64', '1500'); // 1500
 * ```
 */
export function typedValue(column: string, type: ColumnType, text: string): ScalarValue {
  switch (type) {
    case 'string':
    case 'lowCardinalityString':
    case 'stringArray':
    case 'lowCardinalityStringArray':
      return text;
    case 'bool':
      if (text !== 'true' && text !== 'false') throw bad(`'${column}' is a boolean: give true or false`);
      return text === 'true';
    case 'datetime':
      return parseTimeMicros(text, column);
    default: {
      const n = Number(text);
      if (text.trim() === '' || !Number.isFinite(n))
        throw bad(`'${column}' is a number: '${text.slice(0, 40)}' is not`);
      if (type === 'float32' || type === 'float64' || type === 'float64Array') return n;
      if (!Number.isInteger(n)) throw bad(`'${column}' is an integer: '${text.slice(0, 40)}' is not`);
      return Number.isSafeInteger(n) ? n : BigInt(text);
    }
  }
}

function columnType(view: ViewDefinition, column: string): ColumnType {
  const spec = Object.hasOwn(view.columns, column) ? view.columns[column] : undefined;
  if (!spec) {
    throw bad(
      `${view.name} has no column '${column.slice(0, 80)}'; its columns: ${Object.keys(view.columns).join(', ')}`,
    );
  }
  return spec.type;
}

/**
 * Turns `filterBy` into the query model's filters over `view` (all must hold), checking columns and value
 * types. The one function to extend when the model gains OR, NOT and string matching.
 *
 * @example
 * ```ts
 * buildFilters(spanEventView, [{ key: 'service_name', op: 'EQ', value: 'cart' }, { attribute: 'http.route', value: '/cart' }]);
 * ```
 */
export function buildFilters(view: ViewDefinition, filterBy: readonly FilterArg[] | null | undefined): Filter[] {
  return (filterBy ?? []).map((f) => {
    const op = f.op ?? 'EQ';
    if ((f.key == null) === (f.attribute == null)) throw bad('a filter names either a key (column) or an attribute');
    if (f.attribute != null) {
      if (!Object.hasOwn(view.columns, 'attribute_keys') || !Object.hasOwn(view.columns, 'attribute_values')) {
        throw bad(`${view.name} has no attributes (attribute_keys, attribute_values)`);
      }
      if (op !== 'EQ' || f.value == null)
        throw bad(`attribute filters take op EQ and a value (attribute '${f.attribute.slice(0, 80)}')`);
      return attributeCondition(view, f.attribute, f.value);
    }
    const column = f.key!;
    const type = columnType(view, column);
    if (op === 'IN') {
      if (f.values == null) throw bad(`IN on '${column}' takes values`);
      return isIn(
        column,
        f.values.map((v) => typedValue(column, type, v)),
      );
    }
    if (f.value == null) throw bad(`${op} on '${column}' takes a value`);
    if (op === 'CONTAINS') {
      if (!type.endsWith('Array')) throw bad(`CONTAINS needs an array column; '${column}' is ${type}`);
      const value = typedValue(
        column,
        type === 'int64Array' ? 'int64' : type === 'float64Array' ? 'float64' : 'string',
        f.value,
      );
      if (typeof value === 'boolean' || typeof value === 'bigint')
        throw bad(`CONTAINS on '${column}' takes a number or text`);
      return has(column, value);
    }
    const value = typedValue(column, type, f.value);
    switch (op) {
      case 'EQ':
        return eq(column, value);
      case 'NEQ':
        return ne(column, value);
      case 'LT':
        return lt(column, value);
      case 'LE':
        return le(column, value);
      case 'GT':
        return gt(column, value);
      case 'GE':
        return ge(column, value);
    }
  });
}
