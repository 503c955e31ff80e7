import type { ViewDefinition } from '@ht/enricher-sdk';
import { ENRICHED_IN_COLUMNS, SPAN_EVENT_ENRICHED_COLUMNS } from '@ht/enricher-sdk/builtins';
import {
  and,
  attributeCompare,
  attributeEq,
  attributeExists,
  attributeMatch,
  contains,
  endsWith,
  eq,
  like,
  ne,
  not,
  or,
  startsWith,
} from '@ht/sinks';
import type { Filter, MatchFilter, MatchMode, MatchOptions } from '@ht/sinks';
import { GraphQLError } from 'graphql';

/** The prefix of the enrichers' attribute keys (span_event_view 0.2.0 keeps them in `enriched_attribute_*`). */
export const ENRICHED_PREFIX = 'ht.';

/**
 * The condition "the row's attribute `key` is `value`" on a view with `attribute_keys`/`attribute_values`.
 * On a view that also keeps the enrichers' attributes apart (`enriched_attribute_keys`/`_values`, as
 * span_event_view 0.2.0 does), an `ht.` key is looked up there, or in `attribute_*` (rows written before
 * 0.2.0 kept both there).
 *
 * @example
 * ```ts
 * import { spanEventView } from '@ht/enricher-sdk/builtins';
 *
 * attributeCondition(spanEventView, 'http.route', '/cart'); // attributeEq('attribute_keys', 'attribute_values', 'http.route', '/cart')
 * ```
 */
export function attributeCondition(
  view: Pick<ViewDefinition, 'columns'> | undefined,
  key: string,
  value: string,
): Filter {
  return attributeFilter(view, key, 'EQ', value);
}

/**
 * The operators of an `AttributeCondition` (`TraceFilter.attributeConditions`): equality, inequality (the
 * attribute is there with another value), comparisons (as numbers when the value is a decimal number,
 * else as text), existence, and string matching (`LIKE` takes `%` and `_`).
 *
 * @example
 * ```ts
 * const op: AttributeOp = 'STARTS_WITH';
 * ```
 */
export type AttributeOp =
  'EQ' | 'NEQ' | 'LT' | 'LE' | 'GT' | 'GE' | 'EXISTS' | 'STARTS_WITH' | 'ENDS_WITH' | 'CONTAINS' | 'LIKE';

/**
 * One attribute condition as the schema takes it: `key`, `op` (default `EQ`), `value` (all but `EXISTS`),
 * `caseInsensitive` (EQ, NEQ and the matches ignore the case of ASCII letters), `not` (negates it).
 *
 * @example
 * ```ts
 * const c: AttributeConditionArg = { key: 'http.route', op: 'STARTS_WITH', value: '/cart' };
 * ```
 */
export interface AttributeConditionArg {
  readonly key: string;
  readonly op?: AttributeOp | null;
  readonly value?: string | null;
  readonly caseInsensitive?: boolean | null;
  readonly not?: boolean | null;
}

const MATCH_MODES: Readonly<Partial<Record<AttributeOp, MatchMode>>> = {
  STARTS_WITH: 'prefix',
  ENDS_WITH: 'suffix',
  CONTAINS: 'contains',
  LIKE: 'like',
};
const COMPARE_OPS = { LT: 'lt', LE: 'le', GT: 'gt', GE: 'ge' } as const;
const DECIMAL = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/**
 * `value` as a LIKE pattern matching exactly it (`%`, `_` and `\` made literal): a case-insensitive
 * equality is a case-insensitive LIKE of this pattern.
 *
 * @example
 * ```ts
 * exactLikePattern('100%_off'); // '100\\%\\_off'
 * ```
 */
export function exactLikePattern(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** One condition on one pair of attribute columns. */
function onColumns(
  keys: string,
  values: string,
  key: string,
  op: AttributeOp,
  value: string,
  caseInsensitive: boolean,
): Filter {
  const ci = caseInsensitive ? { caseInsensitive: true } : undefined;
  switch (op) {
    case 'EQ':
      return ci
        ? attributeMatch(keys, values, key, 'like', exactLikePattern(value), ci)
        : attributeEq(keys, values, key, value);
    case 'NEQ':
      return ci
        ? and(
            attributeExists(keys, values, key),
            not(attributeMatch(keys, values, key, 'like', exactLikePattern(value), ci)),
          )
        : attributeCompare(keys, values, key, 'ne', value);
    case 'EXISTS':
      return attributeExists(keys, values, key);
    case 'LT':
    case 'LE':
    case 'GT':
    case 'GE':
      return attributeCompare(keys, values, key, COMPARE_OPS[op], DECIMAL.test(value) ? Number(value) : value);
    default:
      return attributeMatch(keys, values, key, MATCH_MODES[op]!, value, ci);
  }
}

const COLUMN_MATCHES: Readonly<
  Record<MatchMode, (column: string, pattern: string, options?: MatchOptions) => MatchFilter>
> = { prefix: startsWith, suffix: endsWith, contains, like };

/** span_event_view's column holding each enriched attribute its arrays leave out (0.3.0 on). */
const HELD_COLUMNS: ReadonlyMap<string, string> = new Map(SPAN_EVENT_ENRICHED_COLUMNS);

/**
 * One condition on a span_event_view column that holds an enriched attribute (0.3.0 leaves it out of
 * `enriched_attribute_*` when the column's value is non-empty and not a number to the stores' attribute
 * comparisons: `heldByColumn`), on rows of 0.3.0 on (`enriched_in_columns` = 1; older rows keep every enriched
 * attribute in the arrays). There a non-empty column value is the attribute's (the column is '' when the
 * attribute is absent or not a string), so the condition holds exactly when it held on the arrays of 0.2.0
 * (either the column or the arrays has the value); a held value never reads as a number, so a numeric
 * comparison needs no column side (`undefined`).
 */
function onHeldColumn(column: string, op: AttributeOp, value: string, caseInsensitive: boolean): Filter | undefined {
  const ci = caseInsensitive ? { caseInsensitive: true } : undefined;
  const held = and(eq(ENRICHED_IN_COLUMNS, 1), ne(column, ''));
  switch (op) {
    case 'EQ':
      return and(held, ci ? like(column, exactLikePattern(value), ci) : eq(column, value));
    case 'NEQ':
      return and(held, ci ? not(like(column, exactLikePattern(value), ci)) : ne(column, value));
    case 'EXISTS':
      return held;
    case 'LT':
    case 'LE':
    case 'GT':
    case 'GE':
      return DECIMAL.test(value) ? undefined : and(held, { op: COMPARE_OPS[op], column, value });
    default:
      return and(held, COLUMN_MATCHES[MATCH_MODES[op]!](column, value, ci));
  }
}

const bad = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/**
 * One condition on attribute `key` of a view with `attribute_keys`/`attribute_values`: `EQ`, `NEQ` (there
 * with another value), `LT`/`LE`/`GT`/`GE` (as numbers when `value` is a decimal number: `500`, `-0.5`,
 * `1e3`; else as text), `EXISTS` (no value), and string matches (`STARTS_WITH`, `ENDS_WITH`, `CONTAINS`,
 * `LIKE`). `caseInsensitive` folds ASCII letters for `EQ`, `NEQ` and the matches (refused with a
 * comparison). On a view keeping the enrichers' attributes apart (or `view` undefined: span_event_view),
 * an `ht.` key is looked up in `enriched_attribute_*` too (either holds), and one that span_event_view
 * 0.3.0 keeps only in a dedicated column (`ht.api.name` in `api_name`, …) in that column too. Throws
 * `BAD_USER_INPUT` for a missing value.
 *
 * @example
 * ```ts
 * attributeFilter(spanEventView, 'http.response.status_code', 'GE', '500'); // compared as a number
 * attributeFilter(spanEventView, 'url.path', 'CONTAINS', '/Cart', true);
 * ```
 */
export function attributeFilter(
  view: Pick<ViewDefinition, 'columns'> | undefined,
  key: string,
  op: AttributeOp,
  value: string | null | undefined,
  caseInsensitive = false,
): Filter {
  if (op !== 'EXISTS' && value == null) throw bad(`attribute condition ${op} on '${key.slice(0, 80)}' needs a value`);
  if (caseInsensitive && op in COMPARE_OPS) {
    throw bad(`caseInsensitive does not apply to ${op} (attribute '${key.slice(0, 80)}')`);
  }
  const text = value ?? '';
  const client = onColumns('attribute_keys', 'attribute_values', key, op, text, caseInsensitive);
  const enrichedApart = view === undefined || Object.hasOwn(view.columns, 'enriched_attribute_keys');
  if (!key.startsWith(ENRICHED_PREFIX) || !enrichedApart) return client;
  const enriched = onColumns('enriched_attribute_keys', 'enriched_attribute_values', key, op, text, caseInsensitive);
  const column = HELD_COLUMNS.get(key);
  const heldApart = view === undefined || Object.hasOwn(view.columns, ENRICHED_IN_COLUMNS);
  const held = column === undefined || !heldApart ? undefined : onHeldColumn(column, op, text, caseInsensitive);
  return held === undefined ? or(enriched, client) : or(held, enriched, client);
}

/**
 * The filter of one `AttributeCondition` on span_event_view: on `attribute_*`, and for an `ht.` key on
 * `enriched_attribute_*` too (either holds: rows of 0.1.0 kept both in `attribute_*`); `not` negates the
 * whole. Throws `BAD_USER_INPUT` for a missing value.
 *
 * @example
 * ```ts
 * attributeConditionFilter({ key: 'http.route', op: 'EXISTS', not: true }); // not(attributeExists(...))
 * ```
 */
export function attributeConditionFilter(condition: AttributeConditionArg): Filter {
  const filter = attributeFilter(
    undefined,
    condition.key,
    condition.op ?? 'EQ',
    condition.value,
    condition.caseInsensitive === true,
  );
  return condition.not === true ? not(filter) : filter;
}
