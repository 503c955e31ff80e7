import type { ViewDefinition } from '@ht/enricher-sdk';
import { attributeCompare, attributeEq, attributeExists, attributeMatch, not, or } from '@ht/sinks';
import type { Filter } from '@ht/sinks';
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
  const client = attributeEq('attribute_keys', 'attribute_values', key, value);
  const enrichedApart = view === undefined || Object.hasOwn(view.columns, 'enriched_attribute_keys');
  if (!key.startsWith(ENRICHED_PREFIX) || !enrichedApart) return client;
  return or(attributeEq('enriched_attribute_keys', 'enriched_attribute_values', key, value), client);
}

/**
 * The operators of an `AttributeCondition` (`TraceFilter.attributeConditions`): equality, inequality (the
 * attribute is there with another value), existence, and string matching (`LIKE` takes `%` and `_`).
 *
 * @example
 * ```ts
 * const op: AttributeOp = 'STARTS_WITH';
 * ```
 */
export type AttributeOp = 'EQ' | 'NEQ' | 'EXISTS' | 'STARTS_WITH' | 'ENDS_WITH' | 'CONTAINS' | 'LIKE';

/**
 * One attribute condition as the schema takes it: `key`, `op` (default `EQ`), `value` (all but `EXISTS`),
 * `not` (negates it).
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
  readonly not?: boolean | null;
}

const MATCH_MODES = { STARTS_WITH: 'prefix', ENDS_WITH: 'suffix', CONTAINS: 'contains', LIKE: 'like' } as const;

/** One condition on one pair of attribute columns. */
function onColumns(keys: string, values: string, key: string, op: AttributeOp, value: string): Filter {
  switch (op) {
    case 'EQ':
      return attributeEq(keys, values, key, value);
    case 'NEQ':
      return attributeCompare(keys, values, key, 'ne', value);
    case 'EXISTS':
      return attributeExists(keys, values, key);
    default:
      return attributeMatch(keys, values, key, MATCH_MODES[op], value);
  }
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
  const op = condition.op ?? 'EQ';
  if (op !== 'EXISTS' && condition.value == null) {
    throw new GraphQLError(`attribute condition ${op} on '${condition.key.slice(0, 80)}' needs a value`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const value = condition.value ?? '';
  const client = onColumns('attribute_keys', 'attribute_values', condition.key, op, value);
  const filter = condition.key.startsWith(ENRICHED_PREFIX)
    ? or(onColumns('enriched_attribute_keys', 'enriched_attribute_values', condition.key, op, value), client)
    : client;
  return condition.not === true ? not(filter) : filter;
}
