import { HtError } from '@ht/stream-core/errors';
import type { Trace } from '../model/Trace.js';
import { COLUMN_TYPES } from './columns.js';
import type { ColumnName, Columns, DatetimeColumnName, RowOf } from './columns.js';

/**
 * What {@link defineView} accepts.
 *
 * @example
 * ```ts
 * defineView({ name: 'v', version: '1', columns: { tenant_id: { type: 'lowCardinalityString' }, id: { type: 'string' } },
 *   key: ['tenant_id', 'id'], fromTrace: (t) => [{ tenant_id: t.tenantId, id: t.traceId }] });
 * ```
 */
export interface ViewSpec<C extends Columns> {
  /** The table name: lowercase letters, digits and `_`. */
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  /** The columns, in table order (see {@link ColumnType}). */
  readonly columns: C;
  /**
   * The columns that identify a row. Replaying a trace must produce the same keys, so stores
   * deduplicate instead of double counting (e.g. `tenant_id, trace_id, span_id`). Must include a
   * `tenant_id` column of a string type: every view is scoped by tenant.
   */
  readonly key: readonly [ColumnName<C>, ...ColumnName<C>[]];
  /** The `datetime` column stores partition and expire rows by. */
  readonly timeColumn?: DatetimeColumnName<C>;
  /**
   * A hint for stores that sort rows (e.g. `['tenant_id', 'service_name', 'start_time']`): they sort by
   * these columns, then by the key. Name only columns whose values a replay of the same row reproduces
   * (stores that deduplicate on the sort key rely on it). Default: the key alone.
   */
  readonly sortBy?: readonly ColumnName<C>[];
  /** The rows of one trace (fragment). Runs on every enriched trace; must not mutate it. */
  fromTrace(trace: Trace): Iterable<RowOf<C>>;
}

/**
 * A validated view, as {@link defineView} returns it; sinks derive tables from `columns`, `key`,
 * `timeColumn` and `sortBy`. Any `ViewDefinition<C>` is a `ViewDefinition` (of {@link Columns}).
 *
 * @example
 * ```ts
 * await store.ensureTables(plugins.views);
 * ```
 */
export interface ViewDefinition<C extends Columns = Columns> {
  readonly kind: 'ht.view';
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly columns: C;
  /** Column names (typed as plain strings so any view fits `ViewDefinition`; checked by `defineView`). */
  readonly key: readonly string[];
  /** A `datetime` column, or `''` when the view has none. */
  readonly timeColumn: string;
  /** Sort hint for stores (see {@link ViewSpec.sortBy}), column names; empty when the view gave none. */
  readonly sortBy: readonly string[];
  fromTrace(trace: Trace): Iterable<RowOf<C>>;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const TENANT_COLUMN = 'tenant_id';
const TENANT_TYPES: readonly unknown[] = ['string', 'lowCardinalityString'];
const RESERVED_PREFIX = '__ht_';

/**
 * Defines a view: a typed table materialized from enriched traces. Column value types follow from the
 * column types, so `fromTrace` rows are checked by the compiler. Throws a `CONFIG_INVALID` `HtError`
 * listing every problem, e.g. a view without a `tenant_id` (string or lowCardinalityString) key column:
 * queries are always scoped to one tenant.
 *
 * @example
 * ```ts
 * export default defineView({
 *   name: 'slow_span_view',
 *   version: '1.0.0',
 *   columns: {
 *     tenant_id: { type: 'lowCardinalityString' },
 *     trace_id: { type: 'string' },
 *     span_id: { type: 'string' },
 *     start_time: { type: 'datetime' },
 *     duration_micros: { type: 'uint64' },
 *   },
 *   key: ['tenant_id', 'trace_id', 'span_id'],
 *   timeColumn: 'start_time',
 *   *fromTrace(trace) {
 *     for (const s of trace.spans) {
 *       const duration = durationMicros(s);
 *       if (duration > 1_000_000) yield { tenant_id: s.tenantId, trace_id: s.traceId, span_id: s.spanId,
 *         start_time: nanosToMicros(s.startTimeUnixNano), duration_micros: duration };
 *     }
 *   },
 * });
 * ```
 */
export function defineView<const C extends Columns>(spec: ViewSpec<C>): ViewDefinition<C> {
  const problems = viewProblems(spec);
  if (problems.length > 0) {
    throw new HtError('CONFIG_INVALID', `invalid view '${String(spec.name)}': ${problems.join('; ')}`);
  }
  const fromTrace = spec.fromTrace.bind(spec);
  return Object.freeze({
    kind: 'ht.view',
    name: spec.name,
    version: spec.version,
    description: spec.description ?? '',
    columns: spec.columns,
    key: [...spec.key],
    timeColumn: spec.timeColumn ?? '',
    sortBy: [...(spec.sortBy ?? [])],
    fromTrace,
  });
}

/** The problems of a view spec or definition (empty when valid); the loader runs it on plugin exports. */
export function viewProblems(spec: unknown): string[] {
  if (typeof spec !== 'object' || spec === null) return ['not an object'];
  const s = spec as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof s['name'] !== 'string' || !IDENTIFIER.test(s['name'])) {
    problems.push('name must be lowercase letters, digits and _ (a table name)');
  }
  if (typeof s['version'] !== 'string' || s['version'] === '') problems.push('version must be a non-empty string');
  const columns = s['columns'];
  if (typeof columns !== 'object' || columns === null || Object.keys(columns).length === 0) {
    problems.push('columns must name at least one column');
    return problems;
  }
  const types = new Map<string, unknown>();
  for (const [name, column] of Object.entries(columns as Record<string, unknown>)) {
    const type = (column as { type?: unknown } | null)?.type;
    types.set(name, type);
    if (!IDENTIFIER.test(name)) problems.push(`column '${name}' must be lowercase letters, digits and _`);
    // Stores name their own helper columns __ht_… next to the view's.
    else if (name.startsWith(RESERVED_PREFIX))
      problems.push(`column '${name}': names starting ${RESERVED_PREFIX} are reserved`);
    if (!(COLUMN_TYPES as readonly unknown[]).includes(type)) {
      problems.push(`column '${name}' has unknown type ${JSON.stringify(type)} (known: ${COLUMN_TYPES.join(', ')})`);
    }
  }
  const key = s['key'];
  if (!Array.isArray(key) || key.length === 0) {
    problems.push('key must list at least one column');
  } else {
    for (const k of key as unknown[])
      if (!types.has(String(k))) problems.push(`key column '${String(k)}' is not a column`);
    if (new Set(key).size !== key.length) problems.push('key lists a column twice');
    problems.push(...tenantKeyProblems(types, key as unknown[]));
  }
  const timeColumn = s['timeColumn'];
  if (timeColumn !== undefined && timeColumn !== '') {
    if (typeof timeColumn !== 'string' || types.get(timeColumn) !== 'datetime') {
      problems.push(`timeColumn ${JSON.stringify(timeColumn)} must name a datetime column`);
    }
  }
  const sortBy = s['sortBy'];
  if (sortBy !== undefined) {
    if (!Array.isArray(sortBy)) problems.push('sortBy must be a list of column names');
    else {
      for (const c of sortBy as unknown[])
        if (!types.has(String(c))) problems.push(`sortBy column '${String(c)}' is not a column`);
      if (new Set(sortBy).size !== sortBy.length) problems.push('sortBy lists a column twice');
    }
  }
  if (typeof s['fromTrace'] !== 'function') problems.push('fromTrace(trace) must be a function');
  return problems;
}

/**
 * Every view is scoped by tenant: queries always filter on `tenant_id`, so the view must have that
 * column, of a string type, and key by it (two tenants' rows with the same trace ids stay two rows).
 */
function tenantKeyProblems(types: ReadonlyMap<string, unknown>, key: readonly unknown[]): string[] {
  const fix = `add ${TENANT_COLUMN}: { type: 'lowCardinalityString' } (the span's tenantId) and list it first in key`;
  if (!types.has(TENANT_COLUMN))
    return [`a view needs a '${TENANT_COLUMN}' column in its key so queries stay within one tenant: ${fix}`];
  const problems: string[] = [];
  const type = types.get(TENANT_COLUMN);
  if (!TENANT_TYPES.includes(type)) {
    problems.push(`column '${TENANT_COLUMN}' must be a string or lowCardinalityString, not ${JSON.stringify(type)}`);
  }
  if (!key.includes(TENANT_COLUMN)) {
    problems.push(`key must include '${TENANT_COLUMN}' so queries stay within one tenant: ${fix}`);
  }
  return problems;
}
