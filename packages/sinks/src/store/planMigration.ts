import type { ViewDefinition } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';

/**
 * What a store found for a view's table: its columns with their store types, and its sort key.
 *
 * @example
 * ```ts
 * const existing: ExistingTable = { columns: new Map([['span_id', 'String']]), sortKey: ['tenant_id', 'span_id'] };
 * ```
 */
export interface ExistingTable {
  readonly columns: ReadonlyMap<string, string>;
  /** `undefined` when the store cannot tell. */
  readonly sortKey: readonly string[] | undefined;
}

const normalizeType = (t: string): string => t.replace(/\s+/g, '').toLowerCase();

/**
 * Compares a view with its existing table and returns the columns to add, in view order. Only additive
 * changes migrate; anything else (a column's type changed, a column removed, another sort key) is a
 * `CONFIG_INVALID` `HtError` naming the view, the column and both types, and saying what to do.
 *
 * @example
 * ```ts
 * const add = planMigration(view, existing, expectedTypes, layout.sortKey); // ['new_column']
 * ```
 */
export function planMigration(
  view: ViewDefinition,
  existing: ExistingTable,
  expectedTypes: ReadonlyMap<string, string>,
  sortKey: readonly string[],
): string[] {
  const problems: string[] = [];
  const add: string[] = [];
  for (const [name, expected] of expectedTypes) {
    const found = existing.columns.get(name);
    if (found === undefined) add.push(name);
    else if (normalizeType(found) !== normalizeType(expected)) {
      problems.push(`column '${name}' is ${found} in the table but ${expected} in the view`);
    }
  }
  for (const name of existing.columns.keys()) {
    if (!expectedTypes.has(name)) problems.push(`column '${name}' is in the table but no longer in the view`);
  }
  if (existing.sortKey !== undefined && existing.sortKey.join(',') !== sortKey.join(',')) {
    problems.push(`the table is sorted by (${existing.sortKey.join(', ')}), the view needs (${sortKey.join(', ')})`);
  }
  if (problems.length > 0) {
    throw new HtError(
      'CONFIG_INVALID',
      `view '${view.name}' (version ${view.version}) does not match its existing table: ${problems.join('; ')}. ` +
        'Only added columns migrate automatically: give the changed view a new name, or migrate the table by hand.',
      { context: { view: view.name } },
    );
  }
  return add;
}
