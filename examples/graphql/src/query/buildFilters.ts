import type { ViewDefinition } from '@ht/enricher-sdk';
import { and, not, or } from '@ht/sinks';
import type { Filter } from '@ht/sinks';
import { GraphQLError } from 'graphql';
import { attributeFilter } from './attributeCondition.js';
import type { AttributeOp } from './attributeCondition.js';
import { columnFilter } from './columnFilter.js';
import type { FilterArg } from './filterArg.js';

/**
 * How far `filterBy` may go: groups nested at most `maxDepth` deep, `maxConditions` entries in all
 * (conditions and groups). A deeper or longer filter is refused before any query runs.
 *
 * @example
 * ```ts
 * FILTER_SIZE_LIMITS.maxConditions; // 100
 * ```
 */
export const FILTER_SIZE_LIMITS = Object.freeze({ maxDepth: 5, maxConditions: 100 });

const bad = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

function attributeEntry(view: ViewDefinition, f: FilterArg & { attribute: string }): Filter {
  if (!Object.hasOwn(view.columns, 'attribute_keys') || !Object.hasOwn(view.columns, 'attribute_values')) {
    throw bad(`${view.name} has no attributes (attribute_keys, attribute_values)`);
  }
  const op = f.op ?? 'EQ';
  const caseInsensitive = f.caseInsensitive === true;
  if (op === 'IN') {
    if (f.values == null) throw bad(`IN on attribute '${f.attribute.slice(0, 80)}' takes values`);
    return or(...f.values.map((v) => attributeFilter(view, f.attribute, 'EQ', v, caseInsensitive)));
  }
  return attributeFilter(view, f.attribute, op satisfies AttributeOp, f.value, caseInsensitive);
}

/**
 * Turns `filterBy` into the query model's filters over `view` (all must hold), checking columns, value
 * types and the filter's size ({@link FILTER_SIZE_LIMITS}): column conditions (`columnFilter`), attribute
 * conditions (`attributeFilter`: comparisons, existence, matches), `anyOf` / `allOf` groups, each entry
 * negated by `not`. Values never become SQL text: the store's compilers escape them.
 *
 * @example
 * ```ts
 * buildFilters(spanEventView, [
 *   { key: 'service_name', op: 'EQ', value: 'cart' },
 *   { anyOf: [{ attribute: 'http.route', op: 'STARTS_WITH', value: '/cart' }, { attribute: 'db.system', op: 'EXISTS' }] },
 *   { key: 'span_name', op: 'CONTAINS', value: 'health', caseInsensitive: true, not: true },
 * ]);
 * ```
 */
export function buildFilters(view: ViewDefinition, filterBy: readonly FilterArg[] | null | undefined): Filter[] {
  let entries = 0;
  const build = (f: FilterArg, depth: number): Filter => {
    if (++entries > FILTER_SIZE_LIMITS.maxConditions) {
      throw bad(`filterBy has more than ${FILTER_SIZE_LIMITS.maxConditions} conditions (maxConditions)`);
    }
    const named = [f.key, f.attribute, f.anyOf, f.allOf].filter((x) => x != null).length;
    if (named !== 1) throw bad('a filter names one of key (column), attribute, anyOf or allOf');
    let filter: Filter;
    const group = f.anyOf ?? f.allOf;
    if (group != null) {
      const name = f.anyOf != null ? 'anyOf' : 'allOf';
      if (depth >= FILTER_SIZE_LIMITS.maxDepth) {
        throw bad(`filterBy nests groups deeper than ${FILTER_SIZE_LIMITS.maxDepth} (maxDepth)`);
      }
      if (group.length === 0) throw bad(`${name} needs at least one condition`);
      const inner = group.map((g) => build(g, depth + 1));
      filter = f.anyOf != null ? or(...inner) : and(...inner);
    } else if (f.attribute != null) {
      filter = attributeEntry(view, { ...f, attribute: f.attribute });
    } else {
      filter = columnFilter(view, f.key!, f.op ?? 'EQ', f.value, f.values, f.caseInsensitive === true);
    }
    return f.not === true ? not(filter) : filter;
  };
  return (filterBy ?? []).map((f) => build(f, 0));
}
