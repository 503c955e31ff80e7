/**
 * The value of one attribute, from a pair of parallel key/value string-array columns:
 * `values[indexOf(keys, key)]`, the empty string when the row has no such key. Select it to read it, or
 * put its `as` in `groupBy` to group by the attribute's value.
 *
 * @example
 * ```ts
 * const s: AttributeValueSelection = attributeValue('attribute_keys', 'attribute_values', 'http.method', 'method');
 * const q: Query = { view: 'span_event_view', tenantId: 'default', select: [s, count('calls')], groupBy: ['method'] };
 * ```
 */
export interface AttributeValueSelection {
  readonly kind: 'attributeValue';
  readonly keysColumn: string;
  readonly valuesColumn: string;
  readonly key: string;
  readonly as: string;
}
