import type { ViewDefinition } from '@ht/enricher-sdk';
import { attributeEq, or } from '@ht/sinks';
import type { Filter } from '@ht/sinks';

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
