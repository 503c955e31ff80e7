import type { ColumnType, ViewDefinition } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';
import { escapeIdentifier } from '../sql/escape.js';
import type { DialectOps } from './compileQuery.js';
import type {
  AttributeCompareFilter,
  AttributeExistsFilter,
  AttributeMatchFilter,
  FilterGroup,
  MatchFilter,
  NotFilter,
  StringMatch,
} from './filterTypes.js';
import type { Filter } from './Query.js';
import { likePattern } from './stringMatch.js';

/**
 * The filters compiled by {@link compileGroupOrMatch}: groups, negation, string matches and attribute
 * predicates.
 *
 * @example
 * ```ts
 * const f: GroupOrMatchFilter = or(eq('service_name', 'cart'), startsWith('span_name', 'GET '));
 * ```
 */
export type GroupOrMatchFilter =
  FilterGroup | NotFilter | MatchFilter | AttributeExistsFilter | AttributeCompareFilter | AttributeMatchFilter;

const GROUP_OR_MATCH: ReadonlySet<string> = new Set([
  'and',
  'or',
  'not',
  'match',
  'attributeExists',
  'attributeCompare',
  'attributeMatch',
]);

/**
 * Whether a filter is one {@link compileGroupOrMatch} compiles.
 *
 * @example
 * ```ts
 * isGroupOrMatch(not(eq('status_code', 'OK'))); // true
 * ```
 */
export function isGroupOrMatch(f: Filter): f is GroupOrMatchFilter {
  return GROUP_OR_MATCH.has(f.op);
}

const COMPARE = { eq: '=', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=' } as const;

function typeOf(view: ViewDefinition, column: string): ColumnType {
  const spec = view.columns[column];
  if (spec === undefined) throw new HtError('INTERNAL', `column '${column}' vanished after planning`);
  return spec.type;
}

function stringMatch(ops: DialectOps, expr: string, match: StringMatch): string {
  const subject = match.caseInsensitive === true ? ops.filter.lowerAscii(expr) : expr;
  return ops.filter.like(subject, ops.element(likePattern(match), 'string'));
}

/**
 * The SQL condition of a group, negation, string match or attribute predicate; `compileOne` compiles
 * the filters inside a group or negation. Each part is parenthesized; an empty `and` is `1 = 1`, an
 * empty `or` `1 = 0`. Attribute predicates hold only where the key is present.
 *
 * @example
 * ```ts
 * compileGroupOrMatch(duckDbOps, view, not(eq('status_code', 'OK')), (g) => compileFilter(duckDbOps, view, g));
 * ```
 */
export function compileGroupOrMatch(
  ops: DialectOps,
  view: ViewDefinition,
  f: GroupOrMatchFilter,
  compileOne: (inner: Filter) => string,
): string {
  const id = (c: string): string => escapeIdentifier(c, ops.dialect);
  switch (f.op) {
    case 'and':
    case 'or':
      if (f.filters.length === 0) return f.op === 'and' ? '1 = 1' : '1 = 0';
      return `(${f.filters.map((g) => `(${compileOne(g)})`).join(f.op === 'and' ? ' AND ' : ' OR ')})`;
    case 'not':
      return `NOT (${compileOne(f.filter)})`;
    case 'match':
      return `(${stringMatch(ops, id(f.column), f)})`;
    default: {
      const keys = id(f.keysColumn);
      const key = ops.element(f.key, typeOf(view, f.keysColumn));
      const present = ops.has(keys, key);
      if (f.op === 'attributeExists') return present;
      const value = ops.filter.attributeValue(keys, id(f.valuesColumn), key);
      if (f.op === 'attributeMatch') return `(${present} AND ${stringMatch(ops, value, f)})`;
      if (typeof f.value === 'string') {
        return `(${present} AND ${value} ${COMPARE[f.compare]} ${ops.element(f.value, 'string')})`;
      }
      const number = `${ops.filter.toNumber(value)} ${COMPARE[f.compare]} ${ops.element(f.value, 'float64')}`;
      return `(${present} AND ${ops.filter.isNumber(value)} AND ${number})`;
    }
  }
}
